import BudgetModel
import Fitting
import Optimizer
import Testing
@testable import Simulation

/// How `media-mix` spends to learn: the warm-up probe, the learning floor, and the calibration's
/// honesty when it has few months.
@Suite struct MediaMixLearningTests {
    static let yaml = """
        name: probe
        budget: { total: 1000 }
        constraints: { max_change: 0.25 }
        channels:
          - { name: big, current: 700, curve: { type: log, beta: 400, scale: 200 } }
          - { name: mid, current: 200, curve: { type: log, beta: 300, scale: 100 } }
          - { name: small, current: 100, curve: { type: hill, beta: 900, half_saturation: 400, shape: 3 } }
        """

    static func strategy(trust: Double = 0.3, seed: UInt64 = 3) -> MediaMixStrategy {
        MediaMixStrategy(
            optimizer: Optimizer(options: OptimizerOptions(tolerance: 1e-5)), warmup: 3, jitter: 0.1, trust: trust,
            warmupRandom: SplitMix64(seed: seed, stream: 3), drawRandom: SplitMix64(seed: seed, stream: 6))
    }

    /// Every warm-up month: the channels below the average starting share (mid 20%, small 10%
    /// < 1/3) get last month's spend × 1.25 (the world's change limit is tighter than the trust
    /// region's 0.3), and `big` gets the rest of the budget.
    @Test func warmupProbesTheSmallChannelsUpwards() throws {
        let rules = try Scenario.parse(yaml: Self.yaml)
        var strategy = Self.strategy()
        let start = [700.0, 200, 100]
        let month0 = strategy.warmupProbePlan(
            context: StrategyContext(month: 0, budget: 1000, rules: rules, previous: start, startingPlan: start))
        #expect(abs(month0[1] - 250) < 1e-9 && abs(month0[2] - 125) < 1e-9 && abs(month0[0] - 625) < 1e-9)
        var next = rules
        let previous = [650.0, 230, 120]
        for i in 0..<3 { next.channels[i].current = previous[i] }
        // A budget of 1,100: last month's spends are first scaled to it (× 1.1).
        let month1 = strategy.warmupProbePlan(
            context: StrategyContext(month: 1, budget: 1100, rules: next, previous: previous, startingPlan: start))
        #expect(abs(month1[1] - 230 * 1.1 * 1.25) < 1e-9)
        #expect(abs(month1[2] - 120 * 1.1 * 1.25) < 1e-9)
        #expect(abs(month1[0] - (1100 - 1.1 * 1.25 * 350)) < 1e-9)
    }

    /// The floor: a channel whose draws disagree at twice its largest spend (a hill whose
    /// half-saturation is anywhere from 200 to 2,000) keeps half its starting spend; a channel
    /// whose draws agree (the same curve ± 1%) has none; a channel already below its floor keeps
    /// last month's spend.
    @Test func learningFloorHoldsOnlyUnsettledChannels() throws {
        var rules = try Scenario.parse(yaml: Self.yaml)
        var strategy = Self.strategy()
        let spent = [700.0, 200, 40]
        for _ in 0..<4 { strategy.observe(month: 0, spend: spent, outcome: [100, 100, 1], total: 201) }
        for i in 0..<3 { rules.channels[i].current = spent[i] }
        let settled = (0..<30).map { k in Curve.log(beta: 400 * (1 + 0.01 * Double(k % 3 - 1)), scale: 200) }
        let wide = (0..<30).map { k in Curve.hill(beta: 900, halfSaturation: 200 + 60 * Double(k), shape: 3) }
        let context = StrategyContext(month: 4, budget: 1000, rules: rules, previous: spent, startingPlan: [700, 200, 100])
        let floors = strategy.learningFloors(draws: [settled, wide, wide], context: context)
        #expect(floors[0] == 0)
        #expect(abs(floors[1] - 100) < 1e-9)  // half of 200
        #expect(abs(floors[2] - 40) < 1e-9)   // half of 100 is above last month's 40
    }

    /// A world whose total is exactly the sum of the true outcomes, seen for n + 2 = 5 months
    /// (as many as the regression's unknowns): the residuals are zero whatever c is, so the
    /// calibration must not claim to know c (it did, with σ² at its floor); from 8 months on,
    /// the bias (+30%) is pinned down.
    @Test func calibrationIsNotSureWithoutDegreesOfFreedom() {
        var random = SplitMix64(seed: 11)
        var reports: [[Double]] = []
        var totals: [Double] = []
        for _ in 0..<8 {
            let truth = (0..<3).map { _ in 100_000 * (1 + 0.3 * random.nextGaussian()) }
            reports.append([truth[0] * 1.3, truth[1], truth[2]])
            totals.append(50_000 + truth.reduce(0, +))
        }
        let young = TotalCalibration.fit(reports: Array(reports.prefix(5)), totals: Array(totals.prefix(5)))
        #expect(young.spread.allSatisfy { $0 > 0.05 })
        let grown = TotalCalibration.fit(reports: reports, totals: totals)
        #expect(abs(grown.factor[0] - 1 / 1.3) < 0.01 && grown.spread[0] < 0.01)
    }
}

/// world-threshold.yaml against its known truth: after the warm-up's probe, the months that
/// media-mix decides from its beliefs keep climbing Xiaohongshu's S-curve with the oracle (the
/// best sequence on the true curves: +30% a month from 40,000), where `optimizer`'s concave
/// belief cuts it.
@Suite struct MediaMixThresholdTests {
    @Test func mediaMixKeepsClimbingAfterTheWarmup() throws {
        let world = try exampleWorld("world-threshold.yaml", months: 6)
        let result = try simulate(world, [.optimizer, .mediaMix, .oracle], seeds: 1)
        let xiaohongshu = 2
        for t in 3..<6 {
            let best = result.oracle.spend[t][xiaohongshu]
            #expect(result.runs(.mediaMix)[0].spend[t][xiaohongshu] > 0.95 * best)
            #expect(result.runs(.optimizer)[0].spend[t][xiaohongshu] < 0.8 * best)
        }
        #expect(result.meanExpected(.mediaMix) > result.meanExpected(.optimizer))
    }
}
