import BudgetModel
import Optimizer
import TestSupport
import Testing
@testable import Simulation

/// The oracle is the best possible: checked against an independent optimum and against every
/// strategy's expected outcome.
@Suite struct OracleTests {
    /// Three concave channels, one drifting, with seasonality, and only the budget rule: each
    /// month's best plan equalises marginal returns on that month's true curves (KKT), which
    /// TestSupport finds by bisection, independently of the optimiser.
    @Test func monthlyOracleEqualisesMarginalReturns() throws {
        let yaml = """
            name: three
            budget: { total: 300000 }
            channels:
              - { name: a, current: 100000, curve: { type: hill, beta: 500000, half_saturation: 120000, shape: 1 } }
              - { name: b, current: 100000, curve: { type: exponential, beta: 300000, scale: 80000 } }
              - { name: c, current: 100000, curve: { type: log, beta: 150000, scale: 50000 } }
            """
        let dynamics = WorldDynamics(seasonality: [1, 1.2], drift: ["b": -0.1], noise: .logNormal(sigma: 0.1))
        let world = try world(yaml, months: 4, dynamics: dynamics)
        let plan = try OraclePlan.plan(for: world, tolerance: 1e-6)
        #expect(plan.method == .monthly)
        for t in 0..<4 {
            let curves = (0..<3).map { world.curve(channel: $0, month: t) }
            let reference = equalMarginalAllocation(
                marginals: curves.map { curve in { curve.marginal($0) } }, bounds: Array(repeating: (0, 300000), count: 3), budget: 300000)
            let best = curves.indices.reduce(0) { $0 + curves[$1].outcome(reference.x[$1]) }
            let oracle = curves.indices.reduce(0) { $0 + curves[$1].outcome(plan.spend[t][$1]) }
            #expect(relativeGap(achieved: oracle, best: best) < 1e-5, "month \(t): \(oracle) vs \(best)")
            for i in 0..<3 { #expect(abs(plan.spend[t][i] - reference.x[i]) < 0.01 * 300000) }
        }
    }

    /// No strategy's expected total outcome beats the oracle's in any replicate (beyond the
    /// oracle's proven gap): noise cannot help in expectation, and the oracle plans all months.
    @Test(arguments: ["world-poor-start.yaml", "world-drift.yaml"])
    func noStrategyBeatsTheOracle(_ file: String) throws {
        let world = try exampleWorld(file, months: 10)
        let strategies: [StrategyKind] = [.frozen, .ruleOfThumb, .proportional, .optimizer, .explorer, .oracle]
        let result = try simulate(world, strategies, seeds: 2)
        #expect(result.oracle.method == .horizon)
        let ceiling = result.oracleExpectedOutcome * (1 + result.oracle.gap) + 1e-6
        for replicate in result.replicates {
            for run in replicate.runs {
                #expect(run.expectedOutcome <= ceiling, "\(run.strategy) beats the oracle in seed \(replicate.seed)")
            }
        }
        let summary = SimulationSummary(result)
        #expect(summary.ranking.first?.name == "oracle")
        #expect(summary.strategies.allSatisfy { $0.regret >= -1e-4 })
    }

    /// The horizon plan (one LP over all months) is at least as good as planning month by month,
    /// each month optimal given the last (computed here with the optimiser directly), and on this
    /// world no better than the tolerance: month-by-month planning, which larger worlds use, is
    /// as good as the best sequence here.
    @Test func horizonBeatsMyopicPlanning() throws {
        let world = try exampleWorld("world-poor-start.yaml", months: 8)
        let horizon = try OraclePlan.plan(for: world, tolerance: 1e-6)
        #expect(horizon.method == .horizon)
        var previous = world.startingPlan
        var myopic = 0.0
        for t in 0..<world.months {
            let result = try Optimizer(options: OptimizerOptions(tolerance: 1e-6)).optimize(
                world.rules(month: t, previous: previous, curves: world.trueCurves(month: t)))
            myopic += result.totalOutcome
            previous = result.spend
        }
        let total = horizon.spend.indices.reduce(0) { $0 + world.expectedOutcome(horizon.spend[$1], month: $1).reduce(0, +) }
        #expect(total >= myopic * (1 - 1e-6))
        #expect(myopic >= total * (1 - 1e-5))
        #expect(OraclePlan.isFeasible(horizon.spend, in: world))
    }

    /// 60 months of six channels (360 channel-months), once declared infeasible by GLPK: one LP,
    /// every month's rules kept, proven within the tolerance.
    @Test func horizonOracleAtSize() throws {
        let world = try exampleWorld("world-poor-start.yaml", months: 60)
        let plan = try OraclePlan.plan(for: world)
        #expect(plan.method == .horizon)
        #expect(plan.gap <= 1e-5)
        #expect(OraclePlan.isFeasible(plan.spend, in: world))
    }
}
