import BudgetModel
import Fitting
import Foundation
import Testing
@testable import Simulation

/// ``LevelHypotheses``: the evidence for a constant against a drifting level of a channel.
@Suite struct LevelHypothesesTests {
    /// A constant level (δ = ω = b₀ = 0) observed n months in a row: with a diffuse first month
    /// the level's variance after k months is σ²/k, so the k-th prediction has variance
    /// `S_k = σ²(1 + 1/k)` and `Σ_{k=1}^{n−1} ln S_k = (n − 1) ln σ² + ln n` (by hand, not the
    /// filter's recursion).
    @Test func constantLevelDeterminantByHand() {
        let sigma2 = 0.01, n = 12
        let gains = LevelGains(months: Array(0..<n), noise: sigma2, drift: 0, slopeDrift: 0, slopePrior: 0)
        #expect(abs(gains.logDeterminant - (Double(n - 1) * log(sigma2) + log(Double(n)))) < 1e-6)
    }

    /// Known truth: a hill channel (K = 100) whose spend moves ±20% around 100 for 24 months
    /// with log-normal report noise 0.1. With a constant level the steady model must win (its
    /// weight above ½) in every one of five seeds; with a level falling 5% a month it must lose
    /// (below 0.1).
    @Test func evidenceTellsASteadyLevelFromADrift() {
        for seed in UInt64(1)...5 {
            for drift in [0.0, -0.05] {
                var random = SplitMix64(seed: seed)
                var spend: [Double] = []
                var outcome: [Double] = []
                for t in 0..<24 {
                    let x: Double = 100 * random.nextUniform(in: 0.8...1.2)
                    let level: Double = 300 * exp(drift * Double(t))
                    let noise: Double = exp(0.1 * random.nextGaussian() - 0.005)
                    spend.append(x)
                    outcome.append(level * x / (x + 100) * noise)
                }
                let prior = AnchorPrior(centre: nil, sd: AnchoredStrategy.agnosticSD)
                func belief(_ model: LevelHypotheses.Model) -> (any CurveBelief)? {
                    SaturationLearner(
                        levelDrift: model.levelDrift, slopeDrift: model.slopeDrift, slopePrior: model.slopePrior, priorSD: prior.sd
                    ).learn(spend: spend, outcome: outcome)
                }
                let p = LevelHypotheses.steadyWeight(
                    drifting: belief(LevelHypotheses.drifting), steady: belief(LevelHypotheses.steady), prior: prior)
                if drift == 0 { #expect(p > 0.5, "seed \(seed)") } else { #expect(p < 0.1, "seed \(seed)") }
            }
        }
    }

    /// The split draws average to the mixture: with steady weights p = (0.25, 1) and two shape
    /// hypotheses of weights (0.6, 0.4), the mean over the four draws of channel 0 at x is
    /// `Σ_h w_h [(1 − p) f^d_h + p f^s_h]` evaluated directly.
    @Test func splitDrawsAverageToTheMixture() {
        let drifting = [[Curve.linear(roi: 1), .linear(roi: 2)], [.linear(roi: 3), .linear(roi: 4)]]
        let steady = [[Curve.linear(roi: 5), .linear(roi: 6)], [.linear(roi: 7), .linear(roi: 8)]]
        let w = [0.6, 0.4]
        let draws = AnchoredStrategy.mixtureDraws(
            LevelHypotheses.split(drifting: drifting, steady: steady, steadyWeights: [0.25, 1]), weights: (w + w).map { $0 / 2 })
        let mean0 = draws[0].reduce(0) { $0 + $1.outcome(10) } / Double(draws[0].count)
        #expect(abs(mean0 - (0.6 * (0.75 * 10 + 0.25 * 50) + 0.4 * (0.75 * 30 + 0.25 * 70))) < 1e-9)
        let mean1 = draws[1].reduce(0) { $0 + $1.outcome(10) } / Double(draws[1].count)
        #expect(abs(mean1 - (0.6 * 60 + 0.4 * 80)) < 1e-4)
    }
}
