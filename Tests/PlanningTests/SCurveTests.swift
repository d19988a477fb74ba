import BudgetModel
import Optimizer
import TestSupport
import Testing
@testable import Planning

/// S-shaped curves over months with only a horizon total: separable into channel-months, so a
/// dynamic programme over a fine grid (TestSupport) finds the global optimum independently.
/// The planner (a MILP) must match it, where a local method would stop at a worse plan.
@Suite struct SCurveTests {
    @Test func matchesTheGridOptimum() throws {
        let yaml = """
            name: S-curves over three months
            channels:
              - { name: video, curve: { type: hill, beta: 400000, half_saturation: 60000, shape: 2.5 } }
              - { name: kol, curve: { type: hill, beta: 300000, half_saturation: 40000, shape: 2.0 } }
            horizon:
              months: 3
              budget: { total: 240000 }
              seasonality:
                default: [0.8, 1.0, 1.4]
                kol: [1.2, 0.9, 0.7]
            """
        let scenario = try Scenario.parse(yaml: yaml)
        let result = try Planner(options: OptimizerOptions(tolerance: 1e-6)).plan(scenario)
        #expect(result.method == .milp)
        let seasons: [[Double]] = [[0.8, 1.0, 1.4], [1.2, 0.9, 0.7]]
        var outcomes: [(Double) -> Double] = []
        for t in 0..<3 {
            for i in 0..<2 {
                let curve = scenario.channels[i].curve
                let m = seasons[i][t]
                outcomes.append { m * curve.outcome($0) }
            }
        }
        let grid = gridOptimum(outcomes: outcomes, caps: Array(repeating: 240_000, count: 6), budget: 240_000, steps: 2400)
        // The grid optimum is a feasible plan, so the planner must reach it (within its gap),
        // and the grid (step 100) is within a hair of the continuous optimum.
        #expect(result.totalOutcome >= grid.value * (1 - 1e-6))
        #expect(result.totalOutcome <= grid.value * (1 + 1e-3))
        #expect(result.gap <= 1e-6)
    }
}
