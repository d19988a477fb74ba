import Foundation
import History
import Testing

@Suite struct DatasetFileTests {
    @Test func readsEveryKeyOfAWideFile() throws {
        let yaml = """
            file: data/robyn.csv
            format: wide
            date: DATE
            outcome: revenue
            spend: [tv_S, ooh_S]
            controls: [competitor_sales_B]
            attributed: {tv_S: tv_A, ooh_S: ooh_A}
            frequency: weekly
            week_ending: true
            on_missing: zero
            on_unsorted: sort
            """
        let file = try DatasetFile.parse(yaml: yaml, file: "set.yaml", directory: "/projects/mmm")
        #expect(file.csvPath == "/projects/mmm/data/robyn.csv")
        #expect(file.mapping == .wide(
            date: "DATE", outcome: "revenue", spend: ["tv_S", "ooh_S"], controls: ["competitor_sales_B"],
            attributed: ["tv_S": "tv_A", "ooh_S": "ooh_A"]))
        #expect(file.options == LoadOptions(onMissing: .zero, onUnsorted: .sort, frequency: .weekly, weekAnchor: .end))
    }

    @Test func readsALongFileWithDefaults() throws {
        let yaml = "file: /data/long.csv\nformat: long\ndate: day\noutcome: sales\nchannel: medium\nspend: cost\nattributed: sales\n"
        let file = try DatasetFile.parse(yaml: yaml, directory: "/elsewhere")
        #expect(file.csvPath == "/data/long.csv")  // absolute paths stay
        #expect(file.mapping == .long(date: "day", outcome: "sales", channel: "medium", spend: "cost", attributed: "sales"))
        #expect(file.options == LoadOptions())
    }

    @Test func unknownKeyNamesItsPathAndLine() {
        #expect(throws: HistoryError(
            file: "set.yaml", keyPath: "spnd", line: 4,
            message: "unknown key 'spnd'; expected one of: file, format, date, outcome, spend, channel, controls, "
                + "attributed, frequency, week_ending, on_missing, on_unsorted, on_duplicate_dates, outcome_multiplier, experiments")) {
            try DatasetFile.parse(yaml: "file: a.csv\ndate: d\noutcome: o\nspnd: [a]\n", file: "set.yaml")
        }
        do {
            _ = try DatasetFile.parse(yaml: "file: a.csv\ndate: d\noutcome: o\nspnd: [a]\n", file: "set.yaml")
        } catch {
            #expect(error.description.hasPrefix("set.yaml:4: spnd: unknown key 'spnd'"))
        }
    }

    /// (YAML, key path, message start).
    static let errors: [(String, String, String)] = [
        ("date: d\noutcome: o\nspend: [a]", "", "missing required key 'file'"),
        ("file: a.csv\ndate: d\noutcome: o\nspend: [a]\nattributed: {b: x}", "attributed.b", "'b' is not a spend column"),
        ("file: a.csv\ndate: d\noutcome: o\nspend: [a, b]\nattributed: {a: x}", "attributed", "give an attributed column for every channel"),
        ("file: a.csv\ndate: d\noutcome: o\nspend: [a]\non_missing: fill", "on_missing", "expected one of error, zero, skip"),
        ("file: a.csv\ndate: d\noutcome: o\nspend: [a]\nfrequency: yearly", "frequency", "expected one of daily, weekly, monthly"),
        ("file: a.csv\ndate: d\noutcome: o\nspend: [a]\nweek_ending: yes", "week_ending", "expected true or false"),
        ("file: a.csv\ndate: d\noutcome: o\nspend: [a]\nchannel: c", "channel", "'channel' goes with 'format: long'"),
        ("file: a.csv\nformat: long\ndate: d\noutcome: o\nchannel: c\nspend: [a]", "spend", "with 'format: long', spend is one column name"),
        ("file: a.csv\nformat: tall\ndate: d\noutcome: o\nspend: [a]", "format", "expected one of wide, long"),
        ("file: a.csv\ndate: d\noutcome: o\nspend: [a, {x: 1}]", "spend[1]", "expected text"),
    ]

    @Test(arguments: errors) func keyErrors(_ yaml: String, _ path: String, _ message: String) {
        do {
            _ = try DatasetFile.parse(yaml: yaml, file: "set.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "set.yaml" && (error.keyPath ?? "") == path)
            #expect(error.message.hasPrefix(message), "\(error)")
        }
    }

    @Test func mappingConflictsAreReported() {
        #expect(throws: HistoryError(file: "set.yaml", column: "a", message: "used both as spend and as control")) {
            try DatasetFile.parse(yaml: "file: a.csv\ndate: d\noutcome: o\nspend: [a]\ncontrols: [a]", file: "set.yaml")
        }
    }

    @Test func loadResolvesTheCSVBesideTheYAML() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("data"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "date,tv,radio,sales\n2024-01-07,1,2,3\n2024-01-14,4,,6\n"
            .write(to: folder.appendingPathComponent("data/history.csv"), atomically: true, encoding: .utf8)
        let yamlPath = folder.appendingPathComponent("set.yaml").path
        try "file: data/history.csv\ndate: date\noutcome: sales\nspend: [tv, radio]\non_missing: zero\nweek_ending: true\n"
            .write(toFile: yamlPath, atomically: true, encoding: .utf8)
        let file = try DatasetFile.load(path: yamlPath)
        #expect(file.csvPath == folder.appendingPathComponent("data/history.csv").standardizedFileURL.path)
        let data = try file.loadDataset()
        #expect(data.spend == [[1, 4], [2, 0]] && data.weekAnchor == .end)
        #expect(data.notes == ["filled 1 missing value with 0 in radio (row 3)"])
    }
}
