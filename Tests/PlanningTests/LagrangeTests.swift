import BudgetModel
import Optimizer
import TestSupport
import Testing
@testable import Planning

/// Concave curves, seasonality and only a horizon total: the problem separates into
/// channel-months with curves m_t·f_i, so the best plan equalises m_t·f_i'(x) over all of them
/// (KKT), found here by bisection on λ (TestSupport), independently of the planner.
@Suite struct LagrangeTests {
    static let yaml = """
        name: three channels, six months
        channels:
          - { name: a, curve: { type: hill, beta: 500000, half_saturation: 120000, shape: 1 } }
          - { name: b, curve: { type: exponential, beta: 300000, scale: 80000 } }
          - { name: c, curve: { type: log, beta: 150000, scale: 50000 } }
        horizon:
          months: 6
          budget: { total: 1800000 }
          seasonality:
            default: [1.0, 1.3, 0.8, 0.9, 1.5, 1.1]
            c: [0.6, 0.7, 1.4, 1.2, 0.9, 1.0]
          events:
            - { name: festival, month: 5, multipliers: { b: 1.6 } }
        """

    @Test func matchesTheEqualMarginalReturnSolution() throws {
        let scenario = try Scenario.parse(yaml: Self.yaml)
        let result = try Planner(options: OptimizerOptions(tolerance: 1e-6)).plan(scenario)
        let seasons: [[Double]] = [[1.0, 1.3, 0.8, 0.9, 1.5, 1.1], [1.0, 1.3, 0.8, 0.9, 1.5 * 1.6, 1.1], [0.6, 0.7, 1.4, 1.2, 0.9, 1.0]]
        var marginals: [(Double) -> Double] = []
        var outcomes: [(Double) -> Double] = []
        for t in 0..<6 {
            for i in 0..<3 {
                let curve = scenario.channels[i].curve
                let m = seasons[i][t]
                marginals.append { m * curve.marginal($0) }
                outcomes.append { m * curve.outcome($0) }
            }
        }
        let reference = equalMarginalAllocation(marginals: marginals, bounds: Array(repeating: (0, 1_800_000), count: 18), budget: 1_800_000)
        let best = zip(outcomes, reference.x).reduce(0) { $0 + $1.0($1.1) }
        #expect(abs(result.totalOutcome - best) / best <= 1e-4)
        #expect(result.totalOutcome <= best * (1 + 1e-9))
        for t in 0..<6 {
            for i in 0..<3 {
                // Spend is pinned less tightly than outcome near the optimum (the objective is flat there).
                #expect(abs(result.spend[t][i] - reference.x[t * 3 + i]) <= 1e-3 * 1_800_000, "month \(t + 1), channel \(i)")
            }
            #expect(isClose(result.months[t].marginalValue, reference.lambda, relative: 1e-3), "λ in month \(t + 1)")
        }
        #expect(isClose(result.totalSpend, 1_800_000, relative: 1e-9))
        #expect(result.gap <= 1e-6)
    }
}
