import Foundation
import Testing

/// `budgetlab import` end to end on the hand-built files in Scenarios/import/.
@Suite struct ImportCommandTests {
    @Test func robynScenarioOptimisesToTheBruteForceOptimum() throws {
        let scenario = try CLI.freshPath("robyn.yaml")
        let run = try CLI.run(["import", "robyn", "Scenarios/import/robyn-model.json", "--data", "Scenarios/import/robyn-data.csv", "--output", scenario])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("tv_S") && run.stdout.contains("hill"))
        let plan = try CLI.run(["optimize", scenario, "--format", "json"])
        #expect(plan.status == 0, "\(plan.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])
        let total = try #require(json["total_outcome"] as? Double)
        // The monthly curves from Robyn's formulas (one-off Python, see RobynTests): a hill(β, K, α)
        // per channel; budget = Σ current = 9,711.0119…; best split by a grid of 200,000 steps.
        func hill(_ x: Double, _ beta: Double, _ k: Double, _ s: Double) -> Double { x <= 0 ? 0 : beta / (1 + pow(k / x, s)) }
        let budget = 7247.02380952381 + 2463.988095238095
        var best = 0.0
        for step in 0...200_000 {
            let x = budget * Double(step) / 200_000
            best = max(best, hill(x, 217410.7142857143, 4613.18359375, 2) + hill(budget - x, 86964.28571428571, 2186.9472457142856, 0.8))
        }
        #expect(abs(total - best) / best < 2e-4, "optimize \(total), grid \(best)")
    }

    @Test func drawsAreWrittenIntoTheScenario() throws {
        let scenario = try CLI.freshPath("pymc.yaml")
        let run = try CLI.run([
            "import", "pymc", "Scenarios/import/pymc-saturation-curves.csv", "--channel-scale", "tv=10000,search=5000",
            "--current", "tv=40000,search=25000", "--output", scenario,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let yaml = try String(contentsOfFile: scenario, encoding: .utf8)
        // Two channels, each with its point curve and 4 draws (2 chains × 2 draws).
        #expect(yaml.components(separatedBy: "    draws:").count - 1 == 2)
        #expect(yaml.components(separatedBy: "{ type: points").count - 1 == 10)
        #expect(try CLI.run(["validate", scenario]).status == 0)
        // The draws reach the optimiser: the plan reports an interval over them.
        let plan = try CLI.run(["optimize", scenario, "--format", "json"])
        #expect(plan.status == 0, "\(plan.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])
        let uncertainty = try #require(json["uncertainty"] as? [String: Any])
        #expect(uncertainty["draws"] as? Int == 4)
    }

    @Test func badInputExitsTwoAndNamesTheRow() throws {
        let file = try CLI.temporaryFile("channel,spend,outcome\ntv,0,0\ntv,100,-5\n", name: "table.csv")
        let run = try CLI.run(["import", "table", file, "--budget", "100"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("row 3: column 'outcome': negative outcome"), "\(run.stderr)")
        let missing = try CLI.run(["import", "robyn", "Scenarios/import/robyn-model.json"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("robyn needs --data"))
    }
}
