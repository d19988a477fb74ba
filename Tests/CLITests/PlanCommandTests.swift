import Foundation
import Testing

/// `budgetlab plan` end to end: the contract's JSON keys, the chart, actuals, and exit codes.
@Suite struct PlanCommandTests {
    static let small = """
        name: two channels, three months
        currency: CNY
        budget: { total: 1000 }
        channels:
          - { name: a, group: core, current: 500, curve: { type: log, beta: 3000, scale: 400 } }
          - { name: b, current: 500, curve: { type: exponential, beta: 2000, scale: 500 } }
        constraints:
          max_change: 0.3
          groups: { core: { min_share: 0.4 } }
        horizon:
          start: 2027-05
          months: 3
          seasonality: { b: [0.5, 1.0, 2.0] }
        """

    @Test func jsonFollowsTheContract() throws {
        let file = try CLI.temporaryFile(Self.small)
        let chart = try CLI.freshPath("plan.svg")
        let run = try CLI.run(["plan", file, "--format", "json", "--chart", chart])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        for key in ["status", "objective", "bound", "gap", "total_spend", "total_outcome", "months", "constraints"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let months = try #require(object["months"] as? [[String: Any]])
        #expect(months.map { $0["month"] as? String } == ["2027-05", "2027-06", "2027-07"])
        let channels = try #require(months[0]["channels"] as? [[String: Any]])
        for key in ["name", "spend", "outcome", "marginal_roi"] { #expect(channels[0][key] != nil, "missing channels.\(key)") }
        for key in ["budget", "spend", "outcome"] { #expect(months[0][key] is Double || months[0][key] is Int, "missing months.\(key)") }
        let constraints = try #require(object["constraints"] as? [[String: Any]])
        #expect(constraints.contains { $0["name"] as? String == "b max_change up" && $0["month"] as? String == "2027-06" })
        // b is four times as effective in month 3 as in month 1.
        let b = months.map { (($0["channels"] as? [[String: Any]])?[1]["spend"] as? Double) ?? 0 }
        #expect(b[2] > b[0])
        let svg = try String(contentsOfFile: chart, encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") && svg.contains("data-month=\"2027-07\""))
    }

    @Test func tableAndActuals() throws {
        let file = try CLI.temporaryFile(Self.small)
        let actuals = try CLI.temporaryFile("month,channel,spend,outcome\n2027-05,a,520,1100\n2027-05,b,480,\n", name: "actuals.csv")
        let run = try CLI.run(["plan", file, "--actuals", actuals])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("2027-05 (actual)"))
        #expect(run.stdout.contains("Spend by month and channel"))
    }

    @Test func exitCodes() throws {
        let noHorizon = try CLI.run(["plan", "Scenarios/b2c-consumer-brand.yaml"])
        #expect(noHorizon.status == 2 && noHorizon.stdout.isEmpty)
        #expect(noHorizon.stderr.contains("no 'horizon:' section"))
        let bad = try CLI.temporaryFile(Self.small.replacingOccurrences(of: "b: [0.5, 1.0, 2.0]", with: "b: [0.5, 1.0]"))
        let invalid = try CLI.run(["plan", bad])
        #expect(invalid.status == 2 && invalid.stderr.contains("horizon.seasonality.b"))
        let tight = try CLI.temporaryFile(Self.small.replacingOccurrences(of: "max_change: 0.3", with: "max_change: 0.3\n  linear: [{ name: cap, terms: { a: 1 }, max: 100 }]"))
        let infeasible = try CLI.run(["plan", tight, "--format", "json"])
        #expect(infeasible.status == 3 && infeasible.stdout.isEmpty)
        #expect(infeasible.stderr.contains("cap in 2027-0"), "\(infeasible.stderr)")
    }

    /// The bundled examples stay valid: the annual plan and its actuals file.
    @Test func bundledExampleIsValid() throws {
        let run = try CLI.run(["validate", "Scenarios/annual-plan-b2c.yaml"])
        #expect(run.status == 0, "\(run.stderr)")
        let actuals = try String(contentsOfFile: CLI.root.appendingPathComponent("Scenarios/data/annual-plan-b2c-actuals.csv").path, encoding: .utf8)
        #expect(actuals.hasPrefix("month,channel,spend,outcome\n2027-01,"))
    }
}
