import Foundation
import Testing

/// `fit` on degenerate data and with experiments, end to end.
@Suite struct FitDataCommandTests {
    /// The `fit` test history with two more columns: `dead`, a channel that spends only in the
    /// last 4 weeks (inside the 8-week hold-out), and `event`, a control that is 1 only then.
    static func history(extremeCell: String? = nil) -> String {
        let lines = FitCommandTests.history().split(separator: "\n").map(String.init)
        var result = [lines[0] + ",dead,event"]
        for (t, line) in lines.dropFirst().enumerated() {
            var row = line + (t >= 100 ? ",900,1" : ",0,0")
            if t == 30, let extremeCell {
                var fields = row.split(separator: ",").map(String.init)
                fields[2] = extremeCell
                row = fields.joined(separator: ",")
            }
            result.append(row)
        }
        return result.joined(separator: "\n") + "\n"
    }

    static let columns = ["--date", "week", "--outcome", "revenue", "--spend", "search,social,dead", "--control", "price,event", "--bootstrap", "8"]

    /// The cases: an event only in the hold-out and a channel the data cannot inform
    /// are dropped with notes naming them; the scenario leaves the channel out (never `beta: 0`)
    /// and the optimiser accepts it.
    @Test func uninformativeColumnsAreDroppedAndTheScenarioIsValid() throws {
        let data = try CLI.temporaryFile(Self.history(), name: "history.csv")
        let scenario = try CLI.freshPath("fitted.yaml")
        let run = try CLI.run(["fit", data] + Self.columns + ["--output", scenario])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("control 'event' dropped: all zero in the first 96 periods"))
        #expect(run.stderr.contains("channel 'dead' left out"))
        let written = try String(contentsOfFile: scenario, encoding: .utf8)
        #expect(!written.contains("beta: 0\n") && !written.contains("name: dead"))
        #expect(written.contains("channel 'dead' is left out of the scenario"))
        let optimized = try CLI.run(["optimize", scenario])
        #expect(optimized.status == 0, "\(optimized.stderr)")
    }

    @Test func extremeCellIsAnErrorNamingRowAndColumnUnlessAllowed() throws {
        let data = try CLI.temporaryFile(Self.history(extremeCell: "1e-300"), name: "history.csv")
        let run = try CLI.run(["fit", data] + Self.columns)
        #expect(run.status == 2 && run.stdout.isEmpty)
        #expect(run.stderr.contains("spend of 'search' in the row dated 2022-08-01"), "\(run.stderr)")
        let allowed = try CLI.run(["fit", data] + Self.columns + ["--allow-extreme-values"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
    }

    @Test func experimentsCSVIsUsedAndChecked() throws {
        let data = try CLI.temporaryFile(Self.history(), name: "history.csv")
        let tests = try CLI.temporaryFile(
            "channel,start,end,spend_change,lift,standard_error\nsearch,2023-03-06,2023-04-30,-4000,-9000,1500\n", name: "tests.csv")
        let run = try CLI.run(["fit", data] + Self.columns + ["--experiments", tests, "--format", "markdown"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("search 2023-03-06…2023-04-30"))
        let unknown = try CLI.temporaryFile(
            "channel,start,end,spend_change,lift,standard_error\ntv,2023-03-06,2023-04-30,-4000,-9000,1500\n", name: "bad.csv")
        let bad = try CLI.run(["fit", data] + Self.columns + ["--experiments", unknown])
        #expect(bad.status == 2 && bad.stderr.contains("experiment on 'tv': no such channel"), "\(bad.stderr)")
    }
}
