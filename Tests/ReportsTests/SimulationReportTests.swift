import BudgetModel
import Foundation
@testable import Reports
import Simulation
import Testing

/// A small simulation run for real, shared by the simulation and comparison report tests:
/// three channels, a core share rule and a change limit, 6 months, 3 replicates.
enum SimulationFixture {
    static let yaml = """
        name: Report "test" <world> & co
        currency: CNY
        budget: { total: 300000 }
        channels:
          - { name: douyin, group: core, current: 150000, curve: { type: hill, beta: 600000, half_saturation: 150000, shape: 1 } }
          - { name: baidu, group: core, current: 50000, curve: { type: log, beta: 200000, scale: 60000 } }
          - { name: xhs, current: 100000, curve: { type: exponential, beta: 250000, scale: 50000 } }
        constraints:
          groups: { core: { min_share: 0.6, max_share: 0.7 } }
          max_change: 0.3
        """

    static let result: SimulationResult = {
        // swiftlint:disable:next force_try
        let world = try! World(scenario: Scenario.parse(yaml: yaml), dynamics: WorldDynamics(drift: ["xhs": -0.02]), months: 6)
        let options = SimulationOptions(strategies: [.frozen, .ruleOfThumb, .proportional, .optimizer, .explorer, .oracle], seeds: 3)
        // swiftlint:disable:next force_try
        return try! Simulator(world: world, options: options).run()
    }()

    static var summary: SimulationSummary { SimulationSummary(result) }

    static func json() throws -> [String: Any] {
        let text = SimulationReport.render(summary, format: .json)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }
}

@Suite struct SimulationReportTests {
    /// The contract: `strategies[]` with name, total_outcome, total_spend, regret, violations.
    @Test func jsonFollowsTheContract() throws {
        let object = try SimulationFixture.json()
        let strategies = try #require(object["strategies"] as? [[String: Any]])
        #expect(strategies.map { $0["name"] as? String } == ["frozen", "rule-of-thumb", "proportional", "optimizer", "explorer", "oracle"])
        for strategy in strategies {
            for key in ["total_outcome", "total_spend", "regret"] { #expect(strategy[key] is Double || strategy[key] is Int, "\(key)") }
            #expect(strategy["violations"] as? Int == 0)
        }
        let oracle = try #require(strategies.last)
        #expect(oracle["regret"] as? Double == 0 || oracle["regret"] as? Int == 0)
        let monthly = try #require(strategies[0]["monthly"] as? [String: Any])
        #expect((monthly["spend"] as? [[Double]])?.count == 6 && (monthly["spend"] as? [[Double]])?.first?.count == 3)
    }

    /// `compare --from` reads the JSON back to the same summary, number for number.
    @Test func jsonReadsBackExactly() throws {
        let summary = SimulationFixture.summary
        let text = SimulationReport.render(summary, format: .json)
        let decoded = try SimulationSummary.decode(json: Data(text.utf8), file: "sim.json")
        #expect(decoded == summary)
        #expect(throws: SimulationError.self) { try SimulationSummary.decode(json: Data(#"{"strategies": []}"#.utf8), file: "x.json") }
    }

    @Test func tableAndCSV() throws {
        let summary = SimulationFixture.summary
        let table = SimulationReport.render(summary, format: .table)
        #expect(table.contains("Simulation: Report \"test\" <world> & co"))
        for strategy in summary.strategies { #expect(table.contains(strategy.name)) }
        let csv = SimulationReport.render(summary, format: .csv)
        // The monthly table: one row per strategy, month and channel.
        let monthlyRows = csv.split(separator: "\n").filter { $0.hasPrefix("optimizer,") }
        #expect(monthlyRows.count == 6 * 3)
        #expect(csv.contains("Strategy,Month,Channel,Spend,Outcome"))
    }

    /// Every replicate's months: seeds × strategies × months × channels rows.
    @Test func detailsHaveEveryRow() {
        let details = SimulationReport.details(SimulationFixture.result)
        let lines = details.split(separator: "\n")
        #expect(lines.first == "seed,strategy,month,channel,spend,outcome,expected_outcome")
        #expect(lines.count == 1 + 3 * 6 * 6 * 3)
        let row = lines[1].split(separator: ",")
        let run = SimulationFixture.result.replicates[0].runs[0]
        #expect(row[0] == "1" && row[1] == "frozen" && row[2] == "1" && row[3] == "douyin")
        #expect(Double(row[4]) == run.spend[0][0] && Double(row[5]) == run.outcome[0][0])
    }
}
