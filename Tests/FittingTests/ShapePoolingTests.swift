import Foundation
import TestSupport
import Testing

@testable import Fitting

/// The pooled shape prior: sᵢ ~ N(μ, τ²) with a flat μ integrated out.
@Suite struct ShapePoolingTests {
    /// `−ln ∫ Πᵢ N(sᵢ; μ, τ²) dμ`, by the trapezoid rule over μ ∈ [−10, 10] (independent of
    /// the closed form under test).
    static func negativeLogMarginal(_ shapes: [Double], tau: Double) -> Double {
        let steps = 40_000
        let h = 20.0 / Double(steps)
        var sum = 0.0
        for k in 0...steps {
            let mu = -10 + Double(k) * h
            let density = shapes.reduce(1.0) { $0 * exp(-($1 - mu) * ($1 - mu) / (2 * tau * tau)) / (tau * (2 * Double.pi).squareRoot()) }
            sum += (k == 0 || k == steps ? 0.5 : 1) * density
        }
        return -log(sum * h)
    }

    /// Differences of the penalty between shape vectors equal differences of the numerically
    /// integrated marginal (the two differ by a constant that depends on n and τ only).
    @Test func penaltyIsTheMarginalOverTheCommonMean() {
        let tau = 0.3
        let vectors: [[Double]] = [[1, 1, 1], [0.6, 1.0, 1.7], [2.5, 0.5, 0.9], [0.7, 0.75, 0.8]]
        let reference = vectors[0]
        for shapes in vectors.dropFirst() {
            let closed = MMMPosterior.poolingPenalty(shapes, tau: tau) - MMMPosterior.poolingPenalty(reference, tau: tau)
            let numeric = Self.negativeLogMarginal(shapes, tau: tau) - Self.negativeLogMarginal(reference, tau: tau)
            #expect(isClose(closed, numeric, relative: 1e-6))
        }
        // Hand-computed: shapes 0.6, 1.0, 1.7 (mean 1.1) have squared deviations 0.25 + 0.01 +
        // 0.36 = 0.62, so 0.62 / (2·0.09) = 3.444….
        #expect(isClose(MMMPosterior.poolingPenalty([0.6, 1.0, 1.7], tau: tau), 0.62 / 0.18, relative: 1e-12))
    }

    /// Nothing to pool: one channel, equal shapes, or no τ.
    @Test func nothingToPool() {
        #expect(MMMPosterior.poolingPenalty([2.2], tau: 0.3) == 0)
        #expect(MMMPosterior.poolingPenalty([1.4, 1.4], tau: 0.3) == 0)
        #expect(MMMPosterior.poolingPenalty([0.5, 3], tau: nil) == 0)
    }

    /// The fit's score includes the pooling term: the same parameters score higher by exactly
    /// the penalty with pooling on than off.
    @Test func scoreAddsThePenalty() throws {
        let truth = SyntheticMMM(channelCount: 2, periods: 80, noise: 0.05, mediaShare: 0.5, seed: 3)
        let design = MMMDesign(truth.input, harmonics: 1)
        let problem = try ProjectedProblem(design: design, rows: 80, outcome: truth.input.outcome, ridge: 1e-3)
        let parameters = [
            MediaParameters(carryover: 0.4, saturation: 1.3, shape: 1.8, delay: 0),
            MediaParameters(carryover: 0.2, saturation: 0.7, shape: 0.8, delay: 1.5),
        ]
        let media = design.media(parameters)
        let off = MMMPosterior(problem: problem, experiments: [], shapePenalty: 1)
        let on = MMMPosterior(problem: problem, experiments: [], shapePenalty: 1, shapePooling: 0.3)
        let difference = on.score(parameters, columns: media.columns, halfSaturations: media.halfSaturations)
            - off.score(parameters, columns: media.columns, halfSaturations: media.halfSaturations)
        // Shapes 1.8 and 0.8: deviations ±0.5, (0.25 + 0.25) / (2·0.09) = 2.777….
        #expect(isClose(difference, 0.5 / 0.18, relative: 1e-9))
        #expect(isClose(on.drifting([0]).score(parameters, columns: media.columns, halfSaturations: media.halfSaturations)
            - off.drifting([0]).score(parameters, columns: media.columns, halfSaturations: media.halfSaturations), 0.5 / 0.18, relative: 1e-9))
    }
}
