import BudgetModel
import Fitting
import Optimizer
import Testing
@testable import Simulation

/// `media-mix` on channels without a change limit: the warm-up probe's step, the trust region
/// measured from every spend seen, and the several-month plan's first month given as a range.
@Suite struct MediaMixRangeTests {
    /// MediaMixLearningTests' world without its ±25%, from 800/120/80: the channels below the
    /// average share (120 and 80) double (`rules`: 240 and 160, together under half the budget;
    /// `big` the rest, 600); with the step of the trust region (`trust`) they get × 1.3 (156 and
    /// 104, `big` 740). With ±25% both give × 1.25 (150, 100, 750).
    @Test func probeDoublesWithoutAChangeLimit() throws {
        var free = try Scenario.parse(yaml: MediaMixLearningTests.yaml)
        free.maxChange = nil
        let limited = try Scenario.parse(yaml: MediaMixLearningTests.yaml)
        let start = [800.0, 120, 80]
        func month0(_ rules: Scenario, _ step: MediaMixSettings.ProbeStep) -> [Double] {
            var strategy = MediaMixStrategy(
                optimizer: Optimizer(options: OptimizerOptions(tolerance: 1e-5)), warmup: 3, jitter: 0.1, trust: 0.3,
                warmupRandom: SplitMix64(seed: 3, stream: 3), drawRandom: SplitMix64(seed: 3, stream: 6),
                settings: MediaMixSettings(probeStep: step))
            return strategy.warmupProbePlan(context: StrategyContext(month: 0, budget: 1000, rules: rules, previous: start, startingPlan: start))
        }
        let close = { (a: [Double], b: [Double]) in zip(a, b).allSatisfy { abs($0 - $1) < 1e-9 } }
        #expect(close(month0(free, .rules), [600, 240, 160]))
        #expect(close(month0(free, .trust), [740, 156, 104]))
        #expect(close(month0(limited, .rules), [750, 150, 100]) && close(month0(limited, .trust), [750, 150, 100]))
    }

    /// Spends seen 40, 100 and 70, last month's rescaled to 50, w = 0.3: from 0.7 · 50 = 35 to
    /// 1.3 · 100 = 130. Rescaled above everything seen (120): from 84 to 156. Nothing seen: ±w
    /// of last month's.
    @Test func seenRangeReachesTheLargestSpendSeen() {
        let range = MediaMixStrategy.seenRange(spends: [40, 100, 70], current: 50, step: 0.3)
        #expect(abs(range.lowerBound - 35) < 1e-12 && abs(range.upperBound - 130) < 1e-12)
        let above = MediaMixStrategy.seenRange(spends: [40, 100, 70], current: 120, step: 0.3)
        #expect(abs(above.lowerBound - 84) < 1e-12 && abs(above.upperBound - 156) < 1e-12)
        #expect(MediaMixStrategy.seenRange(spends: [], current: 50, step: 0.5) == 25...75)
    }

    /// Two concave channels, budget 100, ±30% a month around a = 10, b = 90: a's marginal
    /// return (1000/(100 + x) ≥ 7.1 up to x = 40) is far above b's (100/(100 + x) ≤ 0.63), so
    /// every plan gives a as much as it may. Within ±30%, a gets 13 (its upper limit). Given
    /// the range 5…40 for a's first month, a gets 100 − 63 = 37: b cannot go below 0.7 · 90.
    @Test func firstMonthRangeReplacesTheChangeLimit() throws {
        let rules = try Scenario.parse(yaml: """
            name: range
            budget: { total: 100 }
            constraints: { max_change: 0.3 }
            channels:
              - { name: a, current: 10, curve: { type: log, beta: 1000, scale: 100 } }
              - { name: b, current: 90, curve: { type: log, beta: 100, scale: 100 } }
            """)
        let curves = rules.channels.map(\.curve)
        let plan = LookaheadPlan(months: 3, optimizer: Optimizer(options: OptimizerOptions(tolerance: 1e-5)))
        let limited = try #require(plan.plan(rules: rules, curves: curves, draws: []))
        #expect(abs(limited[0] - 13) < 0.01 && abs(limited[1] - 87) < 0.01)
        let ranged = try #require(plan.plan(rules: rules, curves: curves, draws: [], firstMonth: [5...40, nil]))
        #expect(abs(ranged[0] - 37) < 0.01 && abs(ranged[1] - 63) < 0.01)
    }
}
