import Foundation
import TestSupport
import Testing

@testable import Fitting

/// The hold-out calibration of the posterior draws: a likelihood tempered by
/// T = max(1, r²·(m − p)/(m + p)).
@Suite struct TemperingTests {
    /// r = 1.5 on m = 100 periods with p = 20 parameters: T = 2.25·80/120 = 1.5. r = 1.1 is
    /// less than a correct 20-parameter model is expected to show (r² ≈ 120/80), so T = 1; no
    /// hold-out, or as many parameters as periods, leaves the posterior alone.
    @Test func temperatureFromHoldoutRatio() {
        #expect(isClose(MMMFitter.samplingTemperature(holdoutRatio: 1.5, rows: 100, parameters: 20), 1.5))
        #expect(MMMFitter.samplingTemperature(holdoutRatio: 1.1, rows: 100, parameters: 20) == 1)
        #expect(MMMFitter.samplingTemperature(holdoutRatio: nil, rows: 100, parameters: 20) == 1)
        #expect(MMMFitter.samplingTemperature(holdoutRatio: .infinity, rows: 100, parameters: 20) == 1)
        #expect(MMMFitter.samplingTemperature(holdoutRatio: 3, rows: 20, parameters: 20) == 1)
    }

    /// Tempering divides the likelihood term (n/2)·ln S by T and leaves the priors: at the
    /// same parameters, score(T) − prior = ((n/2)·ln S) / T, with S from the exact solve.
    @Test func temperingScalesOnlyTheLikelihood() throws {
        let truth = SyntheticMMM(channelCount: 2, periods: 80, noise: 0.05, mediaShare: 0.5, seed: 3)
        let design = MMMDesign(truth.input, harmonics: 1)
        let problem = try ProjectedProblem(design: design, rows: 80, outcome: truth.input.outcome, ridge: 1e-3)
        let posterior = MMMPosterior(problem: problem, experiments: [], shapePenalty: 1)
        let parameters = [
            MediaParameters(carryover: 0.4, saturation: 1.3, shape: 1.8, delay: 0),
            MediaParameters(carryover: 0.2, saturation: 0.7, shape: 0.8, delay: 1.5),
        ]
        let media = design.media(parameters)
        let prior = parameters.reduce(0) { $0 + MMMPosterior.priorPenalty($1, shapePenalty: 1) + $1.delay }
        let sumOfSquares = posterior.solve(parameters, columns: media.columns, halfSaturations: media.halfSaturations).objective
        let likelihood = 40 * log(sumOfSquares)
        for temperature in [1.0, 2.25, 4] {
            let score = posterior.tempered(temperature).score(parameters, columns: media.columns, halfSaturations: media.halfSaturations)
            #expect(isClose(score - prior, likelihood / temperature, relative: 1e-12))
        }
    }
}
