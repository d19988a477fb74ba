import BudgetModel
import Fitting
import Optimizer
import Testing
@testable import Simulation

/// The `media-mix` strategy's parts: the total-outcome calibration and the several-month plan.
@Suite struct MediaMixTests {
    /// A generator with known truth: three channels whose reports are (1 + bias) times their
    /// true outcome, a total = baseline with a trend + Σ true outcomes (+ small noise). The
    /// regression recovers c = 1/(1 + bias) for each channel.
    @Test func calibrationRecoversTheBiasFromTheTotal() {
        var random = SplitMix64(seed: 7)
        let bias = [0.3, 0.0, -0.2]
        var reports: [[Double]] = []
        var totals: [Double] = []
        for t in 0..<24 {
            let truth = (0..<3).map { i in 100_000 * (1 + 0.3 * random.nextGaussian()) + 20_000 * Double(i) }
            reports.append(truth.indices.map { truth[$0] * (1 + bias[$0]) })
            totals.append(50_000 + 1_000 * Double(t) + truth.reduce(0, +) + 500 * random.nextGaussian())
        }
        let fit = TotalCalibration.fit(reports: reports, totals: totals)
        for i in 0..<3 {
            #expect(abs(fit.factor[i] - 1 / (1 + bias[i])) < 0.02)
            #expect(fit.spread[i] < 0.02)
        }
        // Too few months: the prior (reports believed).
        let early = TotalCalibration.fit(reports: Array(reports.prefix(2)), totals: Array(totals.prefix(2)))
        #expect(early.factor == [1, 1, 1] && early.spread == [0.3, 0.3, 0.3])
    }

    /// An S-shaped channel at the foot of its curve, under ±30% a month: its marginal return at
    /// 10 (3βx²K³/(x³ + K³)² ≈ 0.28) is below the concave channel's (40/(20 + 90) ≈ 0.36), yet climbing pays over four months. The four-month plan's first month must
    /// match the best of every four-month path on a grid (brute force, independent of the
    /// optimiser), and the one-month plan must go the other way.
    @Test func lookaheadClimbsWhereTheOneMonthPlanRetreats() throws {
        let yaml = """
        name: climb
        budget: { total: 100 }
        constraints: { max_change: 0.3 }
        channels:
          - { name: steady, current: 90, curve: { type: log, beta: 40, scale: 20 } }
          - { name: s, current: 10, curve: { type: hill, beta: 200, half_saturation: 60, shape: 3 } }
        """
        let scenario = try Scenario.parse(yaml: yaml)
        let curves = scenario.channels.map(\.curve)
        let months = 4
        // Brute force: s's spend each month on a grid of steps within ±30% of the month before.
        func value(_ path: [Double]) -> Double {
            path.reduce(0) { $0 + curves[0].outcome(100 - $1) + curves[1].outcome($1) }
        }
        var best = (value: -Double.infinity, first: 0.0)
        func search(_ path: [Double]) {
            if path.count == months {
                let v = value(path)
                if v > best.value { best = (v, path[0]) }
                return
            }
            let last = path.last ?? 10
            for k in 0...20 {
                let x = last * (0.7 + 0.6 * Double(k) / 20)
                if x <= 100 { search(path + [x]) }
            }
        }
        search([])
        #expect(best.first > 12.9)  // climbing at the limit (13) is best
        let optimizer = Optimizer(options: OptimizerOptions(tolerance: 1e-5))
        let ahead = try #require(LookaheadPlan(months: months, optimizer: optimizer).plan(rules: scenario, curves: curves, draws: []))
        #expect(abs(ahead[1] - best.first) < 0.02 * best.first)
        let one = try #require(LookaheadPlan(months: 1, optimizer: optimizer).plan(rules: scenario, curves: curves, draws: []))
        #expect(one[1] < 10)
    }

    /// world-biased.yaml (Douyin reports 30% more than it causes): reading the reports alone,
    /// `optimizer` keeps Douyin over-funded; `media-mix` sees the bias in the total outcome and
    /// ends closer to the oracle's Douyin spend (the best plan on the true curves).
    @Test func mediaMixSeesTheBiasThatTheReportsHide() throws {
        let world = try exampleWorld("world-biased.yaml", months: 10)
        let result = try simulate(world, [.optimizer, .mediaMix, .oracle], seeds: 1)
        let douyin = { (kind: StrategyKind) in result.runs(kind)[0].spend.last![0] }
        let best = result.oracle.spend.last![0]
        #expect(douyin(.optimizer) > best * 1.1)
        #expect(abs(douyin(.mediaMix) - best) < abs(douyin(.optimizer) - best) / 2)
        #expect(result.meanExpected(.mediaMix) > result.meanExpected(.optimizer))
    }
}
