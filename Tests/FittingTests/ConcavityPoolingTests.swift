import Foundation
import TestSupport
import Testing

@testable import Fitting

/// The pooled concavity prior (``MMMOptions/concavityPooling``): the channels' concave parts
/// min(sᵢ, 1) share an unknown mean, `Σᵢ (min(sᵢ, 1) − m̄)² / (2τ²)`, m̄ their mean; a shape
/// above 1 (an S-curve) counts as 1, so no channel is pulled into a threshold by the others.
@Suite struct ConcavityPoolingTests {
    /// By hand: shapes (0.6, 1.8, 0.8) have concave parts (0.6, 1, 0.8), mean 0.8, squared
    /// deviations 0.04 + 0.04 + 0 = 0.08, so 0.08 / (2·0.15²) = 1.777… nats. Raising the S-curve
    /// from 1.8 to 2.9 changes nothing; an S-curve among concave channels at 1 costs nothing.
    @Test func penaltyByHand() throws {
        let truth = SyntheticMMM(channelCount: 3, periods: 80, noise: 0.05, mediaShare: 0.5, seed: 3)
        let design = MMMDesign(truth.input, harmonics: 1)
        let problem = try ProjectedProblem(design: design, rows: 80, outcome: truth.input.outcome, ridge: 1e-3)
        let on = MMMPosterior(problem: problem, experiments: [], shapePenalty: 1, concavityPooling: 0.15)
        let off = MMMPosterior(problem: problem, experiments: [], shapePenalty: 1)
        func difference(_ shapes: [Double]) -> Double {
            let parameters = shapes.map { MediaParameters(carryover: 0.3, saturation: 1, shape: $0) }
            let media = design.media(parameters)
            return on.score(parameters, columns: media.columns, halfSaturations: media.halfSaturations)
                - off.score(parameters, columns: media.columns, halfSaturations: media.halfSaturations)
        }
        #expect(isClose(difference([0.6, 1.8, 0.8]), 0.08 / 0.045, relative: 1e-9))
        #expect(isClose(difference([0.6, 2.9, 0.8]), 0.08 / 0.045, relative: 1e-9))
        #expect(abs(difference([1, 2.5, 1])) < 1e-9)
    }

    /// The concave-hill recipe, seed 3 (five channels, true shapes 0.5–1): adding the prior to
    /// the objective cannot widen the spread of the concave parts at the optimum (if f(a) ≤ f(p)
    /// and f(p) + g(p) ≤ f(a) + g(a), then g(p) ≤ g(a)), and the default is on (τ = 0.15).
    @Test func defaultPoolsConcaveShapes() throws {
        let truth = KnownTruth(recipe: .hillConcave, seed: 3)
        var options = MMMOptions(holdoutPeriods: 0, bootstrapSamples: 0, maxEvaluations: 1500)
        #expect(options.concavityPooling == 0.15)
        let pooled = try MMMFitter.fit(truth.input, options: options)
        options.concavityPooling = nil
        let alone = try MMMFitter.fit(truth.input, options: options)
        func spread(_ fit: MMMFit) -> Double {
            let parts = fit.channels.map { min($0.response.shape, 1) }
            let mean = parts.reduce(0, +) / Double(parts.count)
            return parts.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        }
        #expect(spread(pooled) <= spread(alone) + 1e-9)
    }
}
