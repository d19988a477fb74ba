import Foundation
import Testing

/// Progress reaches standard error even when it is not a terminal (issue 11, point 7): plain
/// lines, never on standard output. `BUDGETLAB_PROGRESS_SECONDS=0` makes every update a line,
/// so the test needs no long run.
@Suite struct ProgressLineTests {
    @Test func fitWritesProgressLinesToRedirectedStandardError() throws {
        let data = try CLI.temporaryFile(FitCommandTests.history(), name: "history.csv")
        let run = try CLI.run(
            ["fit", data, "--date", "week", "--outcome", "revenue", "--spend", "search,social", "--bootstrap", "4", "--format", "json"],
            environment: ["BUDGETLAB_PROGRESS_SECONDS": "0"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stderr.split(separator: "\n").filter { $0.hasPrefix("fit: ") }
        #expect(lines.contains { $0.hasPrefix("fit: posterior draws ") && $0.contains("%)") })
        #expect(lines.contains { $0.hasPrefix("fit: search on all periods ") })
        #expect(!run.stdout.contains("fit: "))
        #expect((try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))) != nil)  // stdout stays pure JSON
        #expect(!run.stderr.contains("\r"))  // no terminal redraws in a log
    }

    @Test func simulateWritesProgressLinesToRedirectedStandardError() throws {
        let run = try CLI.run(
            ["simulate", "--world", "Scenarios/world-poor-start.yaml", "--seeds", "3", "--months", "2", "--format", "json"],
            environment: ["BUDGETLAB_PROGRESS_SECONDS": "0"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("3/3 (100%)"))
        #expect(!run.stdout.contains("/3 ("))
    }
}
