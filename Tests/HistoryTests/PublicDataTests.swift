import Foundation
import History
import TestSupport
import Testing

/// Smoke tests on the public example datasets in `shared/data`, which sits beside the
/// repository (`../../../shared/data` from this file's folder). Skipped when absent.
@Suite struct PublicDataTests {
    static let dataFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/data").standardizedFileURL

    static func path(_ name: String) -> String { dataFolder.appendingPathComponent(name).path }

    static func present(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }

    static let robyn = "robyn/dt_simulated_weekly.csv"
    static let meridian = "meridian/national_all_channels.csv"
    static let stan = "mmm_stan/case_study_data.csv"

    @Test(.enabled(if: present(robyn), "shared/data/robyn/dt_simulated_weekly.csv is not beside the repository"))
    func robynSimulatedWeekly() throws {
        let mapping = ColumnMapping.wide(
            date: "DATE", outcome: "revenue", spend: ["tv_S", "ooh_S", "print_S", "search_S", "facebook_S"],
            controls: ["competitor_sales_B"])
        let data = try Dataset.load(path: Self.path(Self.robyn), mapping: mapping)
        #expect(data.frequency == .weekly && data.periods.count == 208 && data.channels.count == 5)
        #expect(data.periods.first == Day(parsing: "2015-11-23") && data.periods.last == Day(parsing: "2019-11-11"))
        #expect(data.notes.isEmpty)
        try checkMonthly(data)
        let monthly = data.monthly()
        // First week 2015-11-23 covers Nov 23–29 and the next starts Nov 30: 8 of 30 November days.
        // The last week 2019-11-11 covers Nov 11–17: 17 of 30 days.
        #expect(monthly.partialMonths.map(\.description) == ["2015-11", "2019-11"])
        #expect(monthly.coverage.first == 8.0 / 30 && monthly.coverage.last == 17.0 / 30)
        #expect(monthly.droppingPartialEnds().months.count == monthly.months.count - 2)

        // `events` is categorical ("na" or an event name), so not a usable control: the first
        // event name is reported even when missing values ("na") are zero-filled.
        let events = ColumnMapping.wide(date: "DATE", outcome: "revenue", spend: ["tv_S"], controls: ["events"])
        let path = Self.path(Self.robyn)
        #expect(throws: HistoryError(file: path, row: 132, column: "events", message: "not a number: 'event1'")) {
            try Dataset.load(path: path, mapping: events, options: LoadOptions(onMissing: .zero))
        }
    }

    @Test(.enabled(if: present(meridian), "shared/data/meridian/national_all_channels.csv is not beside the repository"))
    func meridianNational() throws {
        let mapping = ColumnMapping.wide(
            date: "time", outcome: "conversions", spend: (0..<5).map { "Channel\($0)_spend" },
            controls: ["competitor_sales_control", "sentiment_score_control"])
        let data = try Dataset.load(path: Self.path(Self.meridian), mapping: mapping)
        #expect(data.frequency == .weekly && data.periods.count == 156 && data.channels.count == 5)
        #expect(data.control("sentiment_score_control")?.contains { $0 < 0 } == true)  // controls may be negative
        try checkMonthly(data)
    }

    @Test(.enabled(if: present(stan), "shared/data/mmm_stan/case_study_data.csv is not beside the repository"))
    func mmmStanCaseStudy() throws {
        let spend = ["dm", "inst", "nsp", "auddig", "audtr", "vidtr", "viddig", "so", "on", "sem"].map { "mdsp_\($0)" }
        let mapping = ColumnMapping.wide(
            date: "wk_strt_dt", outcome: "sales", spend: spend, controls: ["me_ics_all", "me_gas_dpg"])
        let data = try Dataset.load(path: Self.path(Self.stan), mapping: mapping)
        #expect(data.frequency == .weekly && data.periods.count == 209 && data.channels.count == 10)
        #expect(data.periods.first == Day(parsing: "2014-08-03"))
        try checkMonthly(data)
    }

    /// Monthly totals keep every unit of spend and outcome; every month's coverage is in (0, 1].
    private func checkMonthly(_ data: Dataset) throws {
        let monthly = data.monthly()
        for channel in data.channels.indices {
            let total = data.spend[channel].reduce(0, +)
            #expect(isClose(monthly.spend[channel].reduce(0, +), total, relative: 1e-12))
        }
        #expect(isClose(monthly.outcome.reduce(0, +), data.outcome.reduce(0, +), relative: 1e-12))
        #expect(monthly.coverage.allSatisfy { $0 > 0 && $0 <= 1 })
        #expect(zip(monthly.months, monthly.months.dropFirst()).allSatisfy { $0.next == $1 })
    }
}
