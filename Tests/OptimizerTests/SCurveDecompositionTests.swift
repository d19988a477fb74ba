import BudgetModel
import Foundation
import Optimizer
import TestSupport
import Testing

/// S-shaped channels through their concave hulls (the aggregated path's Lagrangian bound)
/// against the MILP and a dynamic programme.
@Suite struct SCurveDecompositionTests {
    /// `count` seeded S-shaped hills (shape 1.5–3), caps 1,000, budget 100 per channel, and a
    /// core group (every third channel) held to 30–50% of spend when `group` is set.
    private func scenario(_ count: Int, seed: UInt64, group: Bool) -> Scenario {
        var state = seed
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        let channels = (0..<count).map { i in
            Channel(
                name: "s\(i)", groups: group && i % 3 == 0 ? ["core"] : [], max: 1000,
                curve: .hill(beta: 100 + 100 * next(), halfSaturation: 40 + 60 * next(), shape: 1.5 + 1.5 * next()))
        }
        return Scenario(
            name: "s", budget: .total(100 * Double(count)), channels: channels,
            groupRules: group ? [GroupRule(group: "core", minShare: 0.3, maxShare: 0.5)] : [])
    }

    private func decomposition(_ scenario: Scenario) throws -> OptimizationResult {
        var options = OptimizerOptions()
        options.aggregationThreshold = 1
        return try Optimizer(options: options).optimize(scenario)
    }

    /// On 20 channels with a group rule the two methods prove bounds on one optimum: each
    /// bound is at least the other's plan, and the hull's plan is within its own proven gap of
    /// the MILP's (near-exact) optimum.
    @Test func agreesWithMILPOnTwentyChannels() throws {
        let problem = scenario(20, seed: 3, group: true)
        var exactOptions = OptimizerOptions()
        exactOptions.allowAggregation = false
        let milp = try Optimizer(options: exactOptions).optimize(problem)
        let hull = try decomposition(problem)
        #expect(milp.method == .milp)
        #expect(problem.violations(of: hull.spend).isEmpty)
        #expect(hull.bound >= milp.objective * (1 - 1e-9))
        #expect(milp.bound >= hull.objective * (1 - 1e-9))
        let shortfall = (milp.objective - hull.objective) / milp.objective
        #expect(shortfall <= hull.gap + 1e-7)
        #expect(shortfall <= 0.01, "hull plan \(hull.objective) vs MILP \(milp.objective)")
    }

    /// Budget only, 6 channels: the dynamic programme on a 1,500-step grid is a true plan, so
    /// the hull's bound must be at least its value; and the hull's plan is at most its bound.
    @Test func boundHoldsAgainstDynamicProgramme() throws {
        let problem = scenario(6, seed: 11, group: false)
        let hull = try decomposition(problem)
        let grid = gridOptimum(
            outcomes: problem.channels.map { c in { c.curve.outcome($0) } }, caps: problem.channels.map { $0.max! },
            budget: problem.budget!.amount, steps: 1500)
        #expect(hull.bound >= grid.value * (1 - 1e-12))
        #expect(hull.objective <= hull.bound)
        #expect(abs(hull.totalSpend - problem.budget!.amount) <= 1e-6 * problem.budget!.amount)
        #expect(problem.violations(of: hull.spend).isEmpty)
        // The plan loses at most the reported gap against the DP's plan.
        #expect((grid.value - hull.objective) / grid.value <= hull.gap + 1e-9)
    }

    /// Budget only, 40 channels: the hull's bound is at least the DP's grid optimum, and its
    /// plan is within 0.1% of it.
    @Test func fortyChannelsNearTheGridOptimum() throws {
        let problem = scenario(40, seed: 5, group: false)
        let hull = try decomposition(problem)
        let grid = gridOptimum(
            outcomes: problem.channels.map { c in { c.curve.outcome($0) } }, caps: problem.channels.map { $0.max! },
            budget: problem.budget!.amount, steps: 800)
        #expect(hull.bound >= grid.value * (1 - 1e-12))
        #expect(hull.objective >= grid.value * (1 - 1e-3), "hull \(hull.objective) vs grid \(grid.value), gap \(hull.gap)")
    }

    /// At the default size the path proves 0.01% with a group rule.
    @Test func provenAtDefaultSize() throws {
        let problem = scenario(150, seed: 8, group: true)
        let result = try Optimizer().optimize(problem)
        #expect(result.isProven, "gap \(result.gap)")
        #expect(problem.violations(of: result.spend).isEmpty)
    }
}
