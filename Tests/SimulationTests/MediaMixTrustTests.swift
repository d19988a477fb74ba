import BudgetModel
import Fitting
import Optimizer
import Testing
@testable import Simulation

/// `media-mix`'s warm-up when the probe would take more than half the budget, and its trust
/// region grown by the evidence.
@Suite struct MediaMixTrustTests {
    /// world-biased's shape: 300/150/150, ±30%. Probing both small channels by 30% (195 each)
    /// would give them 390 of 600, over the cap of 300; the warm-up must still perturb every
    /// channel (before the fix it played the exact starting plan: the capped probe put the small
    /// channels back at 150 each and Douyin got the rest, 300).
    @Test func cappedProbeKeepsThePerturbations() throws {
        let rules = try Scenario.parse(yaml: """
            name: biased shape
            budget: { total: 600 }
            constraints: { max_change: 0.3 }
            channels:
              - { name: douyin, current: 300, curve: { type: log, beta: 400, scale: 200 } }
              - { name: baidu, current: 150, curve: { type: log, beta: 300, scale: 100 } }
              - { name: tmall, current: 150, curve: { type: log, beta: 300, scale: 100 } }
            """)
        let start = [300.0, 150, 150]
        for seed in UInt64(1)...6 {
            var strategy = MediaMixLearningTests.strategy(seed: seed)
            let plan = strategy.warmupProbePlan(
                context: StrategyContext(month: 0, budget: 600, rules: rules, previous: start, startingPlan: start))
            // The perturbed plan, from the same stream: 600 · share · (1 + 0.1·(2u − 1)).
            var random = SplitMix64(seed: seed, stream: 3)
            let perturbed = start.map { 600 * $0 / 600 * (1 + 0.1 * (2 * random.nextUniform() - 1)) }
            let planned = perturbed[1] + perturbed[2]
            if planned >= 300 {
                // No room under the cap: the small channels keep their perturbed spends.
                #expect(abs(plan[1] - perturbed[1]) < 1e-9 && abs(plan[2] - perturbed[2]) < 1e-9)
            } else {
                // Their increases towards 195 are scaled so that together they get exactly 300.
                let kept = (300 - planned) / (390 - planned)
                #expect(abs(plan[1] - (perturbed[1] + kept * (195 - perturbed[1]))) < 1e-9)
                #expect(abs(plan[2] - (perturbed[2] + kept * (195 - perturbed[2]))) < 1e-9)
            }
            #expect(abs(plan.reduce(0, +) - 600) < 1e-9)
            #expect(abs(plan[1] - 150) > 1e-6 || abs(plan[2] - 150) > 1e-6)
        }
    }

    /// Draws that differ only by scale (β from 50 to 150 on x^0.5) agree on every ratio
    /// f(x(1 ± w))/f(x) = √(1 ± w): the region grows to the largest step, 0.75. Concave hills
    /// whose half-saturation K runs from 20 to 2,000, at x = 100, disagree: at 1.5x the ratio
    /// 1.5(K + 100)/(K + 150) runs from 1.06 to 1.47, so the base region (0.3) stays. A channel
    /// without draws keeps the base.
    @Test func trustGrowsOnlyWhereTheDrawsAgree() {
        let scaled = (0..<30).map { k in Curve.power(beta: 50 + Double(k) * 100 / 29, exponent: 0.5) }
        let unsure = (0..<30).map { k in Curve.hill(beta: 1000, halfSaturation: 20 + Double(k) * 1980 / 29, shape: 1) }
        let trust = MediaMixStrategy.evidenceTrust(draws: [scaled, unsure, []], previous: [100, 100, 100], base: 0.3, agreement: 0.05)
        #expect(trust == [0.75, 0.3, 0.3])
        // By hand for `unsure` at w = 0.5: ratio (1.5(K + 100))/(K + 150) from 1.5·120/170 = 1.06
        // (K = 20) to 1.5·2100/2150 = 1.47 (K = 2,000).
        let low = 1.5 * 120 / 170.0, high = 1.5 * 2100 / 2150.0
        #expect(abs(Curve.hill(beta: 1, halfSaturation: 20, shape: 1).outcome(150) / Curve.hill(beta: 1, halfSaturation: 20, shape: 1).outcome(100) - low) < 1e-12)
        #expect(high - low > 0.3)
        #expect(!MediaMixStrategy.agrees(unsure, from: 100, to: 150, within: 0.05))
        #expect(MediaMixStrategy.agrees(scaled, from: 100, to: 25, within: 1e-9))
    }
}
