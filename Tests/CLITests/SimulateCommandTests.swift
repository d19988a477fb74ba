import Foundation
import Testing

/// `simulate` and `compare` end to end on the bundled known-truth world.
@Suite struct SimulateCommandTests {
    @Test func simulateFollowsTheContract() throws {
        let details = try CLI.freshPath("details.csv")
        let run = try CLI.run([
            "simulate", "--world", "Scenarios/world-poor-start.yaml", "--months", "8", "--seeds", "3",
            "--strategies", "frozen,optimizer,oracle", "--format", "json", "--details", details,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let strategies = try #require(json["strategies"] as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: strategies.compactMap { s in (s["name"] as? String).map { ($0, s) } })
        #expect(Set(byName.keys) == ["frozen", "optimizer", "oracle"])
        for strategy in strategies {
            for key in ["total_outcome", "total_spend", "regret"] { #expect(strategy[key] is Double, "\(key)") }
            #expect(strategy["violations"] as? Int == 0)
        }
        #expect(abs(byName["oracle"]?["regret"] as? Double ?? 1) < 1e-12)
        // The poor starting mix: learning beats keeping it.
        #expect((byName["optimizer"]?["regret"] as? Double ?? 1) < (byName["frozen"]?["regret"] as? Double ?? 0))
        let csv = try String(contentsOfFile: details, encoding: .utf8)
        #expect(csv.split(separator: "\n").count > 1 + 3 * 8)  // header + strategy × month × channel rows

        // The same seed gives the same numbers.
        let again = try CLI.run([
            "simulate", "--world", "Scenarios/world-poor-start.yaml", "--months", "8", "--seeds", "3",
            "--strategies", "frozen,optimizer,oracle", "--format", "json",
        ])
        let first = strategies.map { $0["total_outcome"] as? Double }
        let second = (try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
            .flatMap { $0["strategies"] as? [[String: Any]] }?.map { $0["total_outcome"] as? Double }
        #expect(first == second)
    }

    @Test func compareWritesMarkdownAndSelfContainedHTML() throws {
        let directory = try CLI.freshPath("report")
        let run = try CLI.run(["compare", "--world", "Scenarios/world-drift.yaml", "--months", "6", "--seeds", "3", "--report", directory])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: "\(directory)/report.html", encoding: .utf8)
        #expect(html.contains("<svg") && html.hasSuffix("</html>\n") || html.contains("</html>"))
        #expect(!html.contains("http://") || html.contains("http://www.w3.org/2000/svg"))
        #expect(!html.contains("https://") && !html.contains("<script src"))
        let markdown = try String(contentsOfFile: "\(directory)/report.md", encoding: .utf8)
        #expect(markdown.contains("oracle"))
    }

    @Test func badInputExitsTwo() throws {
        let run = try CLI.run(["simulate", "--world", "Scenarios/world-poor-start.yaml", "--drift", "nosuch=-0.1"])
        #expect(run.status == 2 && run.stdout.isEmpty && run.stderr.contains("nosuch"))
        let missing = try CLI.run(["simulate", "--world", "/nonexistent.yaml"])
        #expect(missing.status == 2 && missing.stdout.isEmpty)
    }
}
