import Foundation
import Testing

/// The subcommands end to end, on the bundled examples.
@Suite struct CommandTests {
    static let examples = [
        "Scenarios/b2c-consumer-brand.yaml", "Scenarios/b2b-information-service.yaml",
        "Scenarios/small-business.yaml", "Scenarios/textbook-advertising-mix.yaml",
    ]

    @Test func helpListsSubcommands() throws {
        let run = try CLI.run(["--help"])
        #expect(run.status == 0)
        for command in ["optimize", "evaluate", "whatif", "sweep", "validate"] { #expect(run.stdout.contains(command)) }
        let version = try CLI.run(["--version"])
        #expect(version.status == 0 && !version.stdout.isEmpty)
    }

    @Test(arguments: examples)
    func optimizeEveryExample(file: String) throws {
        let run = try CLI.run(["optimize", file, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["status"] as? String == "optimal")
        let channels = try #require(json["channels"] as? [[String: Any]])
        let spend = channels.compactMap { $0["spend"] as? Double }.reduce(0, +)
        #expect(abs(spend - (json["total_spend"] as? Double ?? -1)) < 1e-6 * max(spend, 1))
        #expect((json["constraints"] as? [[String: Any]])?.isEmpty == false)
        #expect(try CLI.run(["validate", file]).status == 0)
    }

    @Test func textbookExampleHasTheKnownAnswer() throws {
        let run = try CLI.run(["optimize", "Scenarios/textbook-advertising-mix.yaml", "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(abs((json["total_outcome"] as? Double ?? 0) - 17_000_000) < 1e-3)
        let constraints = try #require(json["constraints"] as? [[String: Any]])
        let price = { (name: String) in constraints.first { $0["name"] as? String == name }?["shadow_price"] as? Double }
        #expect(abs((price("budget") ?? 0) - 3) < 1e-9)
        #expect(abs((price("linear planning_budget") ?? 0) - 5) < 1e-9)
    }

    @Test func outputFileIsWrittenAndStdoutStaysEmpty() throws {
        let output = try CLI.freshPath("plan.csv")
        let run = try CLI.run(["optimize", "Scenarios/small-business.yaml", "--format", "csv", "--output", output])
        #expect(run.status == 0 && run.stdout.isEmpty)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("douyin_local"))
    }

    @Test func evaluateCurrentPlanAndAnOptimizedPlan() throws {
        let current = try CLI.run(["evaluate", "Scenarios/small-business.yaml", "--format", "json"])
        #expect(current.status == 0, "\(current.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(current.stdout.utf8)) as? [String: Any])
        // Today's plan breaks the min_roi rule of the small-business example.
        #expect(json["feasible"] as? Bool == false)
        #expect((json["gap_to_optimum"] as? Double ?? 0) > 0)

        // The optimiser's own output, read back as a plan, obeys every rule and has no gap to speak of.
        let planFile = try CLI.freshPath("plan.json")
        _ = try CLI.run(["optimize", "Scenarios/small-business.yaml", "--format", "json", "--output", planFile])
        let optimal = try CLI.run(["evaluate", "Scenarios/small-business.yaml", "--plan", planFile, "--format", "json"])
        let back = try #require(try JSONSerialization.jsonObject(with: Data(optimal.stdout.utf8)) as? [String: Any])
        #expect(back["feasible"] as? Bool == true)
        #expect(abs(back["gap_to_optimum"] as? Double ?? 1) < 1e-3)
    }

    @Test func whatIfMoreBudgetNeverHurts() throws {
        let run = try CLI.run(["whatif", "Scenarios/b2c-consumer-brand.yaml", "--budget", "+20%", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let base = try #require(json["base"] as? [String: Any])
        let changed = try #require(json["changed"] as? [String: Any])
        #expect(abs((changed["total_spend"] as? Double ?? 0) - 1.2 * (base["total_spend"] as? Double ?? 0)) < 1e-3)
        #expect((changed["objective"] as? Double ?? 0) > (base["objective"] as? Double ?? 0))
        let bad = try CLI.run(["whatif", "Scenarios/b2c-consumer-brand.yaml", "--set", "nosuch.max=5"])
        #expect(bad.status == 2 && bad.stdout.isEmpty && bad.stderr.contains("nosuch"))
    }

    @Test func sweepWritesFrontierAndChart() throws {
        let chart = try CLI.freshPath("frontier.svg")
        let run = try CLI.run(["sweep", "Scenarios/small-business.yaml", "--budget", "50%..150%", "--steps", "5", "--format", "json", "--chart", chart])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let points = try #require(json["points"] as? [[String: Any]])
        #expect(points.count == 5)
        let objectives = points.compactMap { $0["objective"] as? Double }
        // More budget never hurts (each level is proven within 0.01%, so allow that much).
        #expect(zip(objectives, objectives.dropFirst()).allSatisfy { $0 <= $1 * (1 + 2e-4) })
        #expect(try String(contentsOfFile: chart, encoding: .utf8).hasPrefix("<svg") || (try String(contentsOfFile: chart, encoding: .utf8)).contains("<svg"))
    }
}
