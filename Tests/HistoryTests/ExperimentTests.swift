import Foundation
import Testing

@testable import History

/// Lift tests from a dataset file's `experiments:` list and from a CSV, and the periods they cover.
@Suite struct ExperimentTests {
    @Test func readsExperimentsFromYAMLAndCSV() throws {
        let yaml = """
            file: a.csv
            date: week
            outcome: revenue
            spend: [tv, search]
            experiments:
              - {channel: tv, start: 2023-03-06, end: 2023-04-30, spend_change: -40000, lift: -120000, standard_error: 15000, share: 0.2}
              - channel: search
                start: 2023-06-05
                end: 2023-06-18
                spend_change: 5000
                lift: 9000
                standard_error: 3000
            """
        let file = try DatasetFile.parse(yaml: yaml, file: "set.yaml")
        #expect(file.experiments == [
            Experiment(channel: "tv", start: Day(year: 2023, month: 3, day: 6)!, end: Day(year: 2023, month: 4, day: 30)!,
                       spendChange: -40000, lift: -120000, standardError: 15000, share: 0.2),
            Experiment(channel: "search", start: Day(year: 2023, month: 6, day: 5)!, end: Day(year: 2023, month: 6, day: 18)!,
                       spendChange: 5000, lift: 9000, standardError: 3000),
        ])
        let path = NSTemporaryDirectory() + "experiments-\(UUID().uuidString).csv"
        try "channel,start,end,spend_change,lift,standard_error\ntv,2023-03-06,2023-04-30,-40000,-120000,15000\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try ExperimentFile.load(csv: path) == [
            Experiment(channel: "tv", start: Day(year: 2023, month: 3, day: 6)!, end: Day(year: 2023, month: 4, day: 30)!,
                       spendChange: -40000, lift: -120000, standardError: 15000),
        ])
    }

    @Test func badExperimentsNameTheProblem() throws {
        func message(_ item: String) -> String {
            do {
                _ = try DatasetFile.parse(yaml: "file: a.csv\ndate: d\noutcome: o\nspend: [tv]\nexperiments:\n  - \(item)\n", file: "set.yaml")
                return ""
            } catch { return "\(error)" }
        }
        #expect(message("{channel: tv, start: 2023-03-06, end: 2023-04-30, spend_change: -4, lift: -1}").contains("standard_error"))
        #expect(message("{channel: tv, start: 2023-03-06, end: 2023-04-30, spend_change: -4, lift: -1, standard_error: 0}")
            .contains("standard_error must be a number > 0"))
        #expect(message("{channel: tv, start: 2023-05-06, end: 2023-04-30, spend_change: -4, lift: -1, standard_error: 1}")
            .contains("before start"))
        #expect(message("{channel: tv, start: 2023-03-06, end: 2023-04-30, spend_change: -4, lift: -1, standard_error: 1, size: 3}")
            .contains("unknown key 'size'"))
    }

    /// Weekly periods starting Mondays: a test from Wednesday of week 2 to Tuesday of week 4
    /// overlaps weeks 1, 2 and 3 (0-based); one after the data covers none.
    @Test func periodsOverlappingTheTest() {
        let start = Day(year: 2023, month: 1, day: 2)!
        let data = Dataset(
            frequency: .weekly, periods: (0..<10).map { start.advanced(by: 7 * $0) }, channels: ["tv"],
            spend: [Array(repeating: 1, count: 10)], outcome: Array(repeating: 1, count: 10))
        let test = Experiment(channel: "tv", start: start.advanced(by: 9), end: start.advanced(by: 22), spendChange: 1, lift: 1, standardError: 1)
        #expect(test.periods(in: data) == 1..<4)
        let late = Experiment(channel: "tv", start: start.advanced(by: 100), end: start.advanced(by: 110), spendChange: 1, lift: 1, standardError: 1)
        #expect(late.periods(in: data) == nil)
    }
}
