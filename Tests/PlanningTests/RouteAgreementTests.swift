import BudgetModel
import Optimizer
import Testing
@testable import Planning

/// The column-generation route against the envelope route (the optimiser's own model of
/// upper and lower envelopes, independent code) on small plans with change limits, group
/// shares, carryover and a profit objective: each plan is within its proven gap of the other
/// route's bound, and neither plan beats the other route's bound.
@Suite struct RouteAgreementTests {
    static let base = """
        name: routes agree
        channels:
          - { name: search, group: core, current: 40000, curve: { type: log, beta: 200000, scale: 40000 } }
          - { name: social, group: core, current: 30000, curve: { type: hill, beta: 300000, half_saturation: 60000, shape: 0.7 } }
          - { name: video, current: 30000, curve: { type: exponential, beta: 250000, scale: 60000 } }
        constraints:
          max_change: 0.25
          groups: { core: { min_share: 0.55, max_share: 0.75 } }
        horizon:
          months: 4
          seasonality:
            default: [1.0, 1.3, 0.8, 1.2]
            video: [0.7, 1.0, 1.5, 1.1]
          carryover: { search: 0.3 }
        """

    static let cases: [(String, String)] = [
        ("a horizon total with month bounds", "  budget: { total: 420000, per_month: { min: 80000, max: 130000 } }\n"),
        ("fixed month budgets", "  budget: { per_month: [100000, 120000, 90000, 110000] }\n"),
        ("at most a total, for profit", "  budget: { max: 500000 }\nobjective: { maximize: profit, value_per_outcome: 1.5 }\n"),
    ]

    @Test(arguments: cases.indices)
    func bothRoutesAgree(_ index: Int) throws {
        let scenario = try Scenario.parse(yaml: Self.base + "\n" + Self.cases[index].1)
        let tolerance = 1e-6
        let columns = try Planner(options: OptimizerOptions(tolerance: tolerance)).plan(scenario)
        let horizon = try #require(scenario.horizon)
        var options = OptimizerOptions(tolerance: tolerance)
        options.allowAggregation = false
        let envelope = try Optimizer(options: options).optimize(HorizonExpansion(scenario: scenario, horizon: horizon).flat)
        // Objectives over the flat scenario (carry-in is 0 here, so they are the plans' objectives).
        let mine = columns.objective
        #expect(columns.gap <= tolerance && envelope.gap <= tolerance, "\(Self.cases[index].0)")
        #expect(mine <= envelope.bound * (1 + 1e-9), "\(Self.cases[index].0)")
        #expect(envelope.objective <= columns.bound * (1 + 1e-9), "\(Self.cases[index].0)")
        #expect(abs(mine - envelope.objective) <= 2 * tolerance * abs(envelope.bound), "\(Self.cases[index].0)")
    }
}
