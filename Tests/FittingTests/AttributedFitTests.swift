import BudgetModel
import Foundation
import TestSupport
import Testing

@testable import Fitting

/// Attributed curve fits on data generated from known curves.
@Suite struct AttributedFitTests {
    /// Two years of weekly spend between 100 and 3,000, trending up so the hold-out (the last
    /// 13 weeks) reaches spends the training data rarely saw.
    static func spend(seed: UInt64) -> [Double] {
        var rng = SplitMix64(seed: seed)
        return (0..<104).map { t in (100 + 2000 * rng.nextUniform()) * (0.6 + Double(t) / 104) }
    }

    static func outcome(_ curve: Curve, _ spend: [Double], noise: Double, seed: UInt64) -> [Double] {
        var rng = SplitMix64(seed: seed &+ 1000)
        return spend.map { curve.outcome($0) * (1 + noise * rng.nextGaussian()) }
    }

    @Test func recoversHillWithoutNoise() throws {
        let truth = Curve.hill(beta: 500, halfSaturation: 1000, shape: 1.8)
        let spend = Self.spend(seed: 1)
        let fit = try AttributedFitter.fit(spend: spend, outcome: Self.outcome(truth, spend, noise: 0, seed: 1), holdout: 13)
        #expect(fit.family == .hill)
        guard case let .hill(beta, k, s) = fit.curve else {
            Issue.record("expected a hill curve, got \(fit.curve)")
            return
        }
        #expect(isClose(beta, 500, relative: 1e-4) && isClose(k, 1000, relative: 1e-4) && isClose(s, 1.8, relative: 1e-4))
        #expect(fit.r2 > 0.999_999)
        #expect(isClose(fit.candidates.first { $0.family == .hill }?.holdoutMAPE, 0, absolute: 1e-4))
        let outcome = Self.outcome(truth, spend, noise: 0, seed: 1)
        #expect(isClose(fit.roi, outcome.reduce(0, +) / spend.reduce(0, +)))
        #expect(isClose(fit.marginalROI, fit.curve.marginal(spend.suffix(3).reduce(0, +) / 3)))
    }

    @Test func recoversExponentialWithoutNoise() throws {
        let truth = Curve.exponential(beta: 800, scale: 1500)
        let spend = Self.spend(seed: 2)
        let fit = try AttributedFitter.fit(spend: spend, outcome: Self.outcome(truth, spend, noise: 0, seed: 2), holdout: 13)
        #expect(fit.family == .exponential)
        guard case let .exponential(beta, scale) = fit.curve else {
            Issue.record("expected an exponential curve, got \(fit.curve)")
            return
        }
        #expect(isClose(beta, 800, relative: 1e-5) && isClose(scale, 1500, relative: 1e-5))
    }

    /// With 5% multiplicative noise the fitted curve stays within 5% of the truth over the
    /// observed spend range, and the hold-out picks the S-shaped hill, which no concave type
    /// can follow at low spend.
    @Test(arguments: [UInt64(3), 4, 5])
    func recoversNoisyHillAndPicksItByHoldout(seed: UInt64) throws {
        let truth = Curve.hill(beta: 500, halfSaturation: 1000, shape: 2.5)
        let spend = Self.spend(seed: seed)
        let fit = try AttributedFitter.fit(spend: spend, outcome: Self.outcome(truth, spend, noise: 0.05, seed: seed), holdout: 13)
        #expect(fit.family == .hill)
        for x in [500.0, 1000, 2000, 3000] {
            #expect(isClose(fit.curve.outcome(x), truth.outcome(x), relative: 0.05))
        }
        let hill = try #require(fit.candidates.first { $0.family == .hill })
        for other in fit.candidates where other.family != .hill {
            #expect((hill.holdoutRMSE ?? .infinity) < (other.holdoutRMSE ?? 0))
        }
    }

    /// Without noise the hold-out tells a log curve (unbounded) from the others exactly.
    @Test func picksLogWithoutNoise() throws {
        let truth = Curve.log(beta: 300, scale: 200)
        let spend = Self.spend(seed: 6)
        let fit = try AttributedFitter.fit(spend: spend, outcome: Self.outcome(truth, spend, noise: 0, seed: 6), holdout: 13)
        #expect(fit.family == .log)
        #expect(isClose(fit.curve.outcome(2000), truth.outcome(2000), relative: 1e-5))
    }

    /// With noise, a hill of shape ≈ 0.8 follows a log curve to within the noise over the
    /// observed spends, so the hold-out may pick either (it picks hill for some seeds): what
    /// matters, and what is checked, is that the chosen curve tracks the truth.
    @Test(arguments: [UInt64(6), 7, 8])
    func noisyLogCurveIsTracked(seed: UInt64) throws {
        let truth = Curve.log(beta: 300, scale: 200)
        let spend = Self.spend(seed: seed)
        let fit = try AttributedFitter.fit(spend: spend, outcome: Self.outcome(truth, spend, noise: 0.02, seed: seed), holdout: 13)
        #expect(fit.family == .log || fit.family == .hill)
        for x in [300.0, 1000, 2000, 3000] {
            #expect(isClose(fit.curve.outcome(x), truth.outcome(x), relative: 0.02))
        }
    }

    @Test func rejectsBadInput() {
        #expect(throws: FittingError.self) { try AttributedFitter.fit(spend: [1, 2], outcome: [1], holdout: 0) }
        #expect(throws: FittingError.self) {
            try AttributedFitter.fit(spend: [1, -2, 3, 4, 5, 6], outcome: [1, 2, 3, 4, 5, 6], holdout: 0)
        }
        #expect(throws: FittingError.tooFewPeriods(needed: 7, got: 6)) {
            try AttributedFitter.fit(spend: [1, 2, 3, 4, 5, 6], outcome: [1, 2, 3, 4, 5, 6], holdout: 2)
        }
        #expect(throws: FittingError.self) { try AttributedFitter.fit(spend: [0, 0, 0, 0, 0, 1], outcome: [0, 0, 0, 0, 0, 1], holdout: 1) }
    }
}
