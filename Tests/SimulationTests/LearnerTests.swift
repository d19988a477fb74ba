import BudgetModel
import Fitting
import Testing
@testable import Simulation

/// The curve learners recover curves they can represent exactly.
@Suite struct LearnerTests {
    static let spends: [Double] = [80, 100, 120, 90, 140, 110, 70, 130, 100, 150]

    /// Noiseless data from y = 1000·x/(x + 60): the posterior centres near K = 60 (the prior,
    /// centred at the mean spend ≈ 107, and the assumed 0.2 prior noise pull a little) and the
    /// best guess reproduces the curve over the spends seen and beyond.
    @Test func saturationLearnerRecoversAHillCurve() throws {
        let outcome = Self.spends.map { 1000 * $0 / ($0 + 60) }
        let belief = try #require(SaturationLearner().learn(spend: Self.spends, outcome: outcome))
        guard case let .hill(beta, k, shape) = belief.curve else { Issue.record("expected a hill curve"); return }
        #expect(shape == 1)
        #expect(abs(k / 60 - 1) < 0.15 && abs(beta / 1000 - 1) < 0.1)
        for x in [50.0, 100, 200] { #expect(abs(belief.curve.outcome(x) / (1000 * x / (x + 60)) - 1) < 0.05) }
    }

    /// A level that falls 5% a month at a steady spend: the trend is learned, so next month's
    /// prediction is the last level times 0.95, not an average of the past.
    @Test func saturationLearnerFollowsADrift() throws {
        let months = 18
        let spend = (0..<months).map { 100 * (1 + 0.1 * sin(Double($0))) }
        let outcome = spend.indices.map { 1000 * pow(0.95, Double($0)) * spend[$0] / (spend[$0] + 100) }
        let belief = try #require(SaturationLearner().learn(spend: spend, outcome: outcome))
        let truth = 1000 * pow(0.95, Double(months)) * 100 / 200
        #expect(abs(belief.curve.outcome(100) / truth - 1) < 0.03)
    }

    /// Noiseless power-curve data: the regression finds the exponent (the prior at 0.5 pulls a
    /// little) and the curve.
    @Test func elasticityLearnerRecoversAPowerCurve() throws {
        let outcome = Self.spends.map { 30 * pow($0, 0.4) }
        let belief = try #require(ElasticityLearner(forgetting: 1).learn(spend: Self.spends, outcome: outcome))
        guard case let .power(beta, exponent) = belief.curve else { Issue.record("expected a power curve"); return }
        #expect(abs(exponent - 0.4) < 0.03)
        #expect(abs(belief.curve.outcome(100) / (30 * pow(100, 0.4)) - 1) < 0.05, "β = \(beta)")
    }

    /// Thompson draws scatter around the best guess, reproducibly for a seed.
    @Test func samplesScatterAroundTheBelief() throws {
        var rng = SplitMix64(seed: 3)
        let outcome = Self.spends.map { 1000 * $0 / ($0 + 60) * exp(0.1 * rng.nextGaussian()) }
        let belief = try #require(SaturationLearner().learn(spend: Self.spends, outcome: outcome))
        var a = SplitMix64(seed: 9), b = SplitMix64(seed: 9)
        let draws = (0..<200).map { _ in belief.sample(using: &a).outcome(100) }
        #expect(draws == (0..<200).map { _ in belief.sample(using: &b).outcome(100) })
        let mean = draws.reduce(0, +) / 200
        #expect(abs(mean / belief.curve.outcome(100) - 1) < 0.1)
        #expect(Set(draws).count > 100)
    }

    /// No month with spend and outcome: no belief.
    @Test func noDataNoBelief() {
        #expect(SaturationLearner().learn(spend: [0, 0], outcome: [5, 5]) == nil)
        #expect(ElasticityLearner().learn(spend: [10], outcome: [0]) == nil)
    }

    /// The attributed learner wraps Fitting's AttributedFitter (5 months or more).
    @Test func attributedLearnerUsesTheFittingModule() throws {
        let outcome = Self.spends.map { 500 * (1 - exp(-$0 / 90)) }
        let belief = try #require(AttributedLearner().learn(spend: Self.spends, outcome: outcome))
        let fit = try AttributedFitter.fit(spend: Self.spends, outcome: outcome, holdout: 0)
        #expect(belief.curve == fit.curve)
        #expect(abs(belief.curve.outcome(100) / (500 * (1 - exp(-100.0 / 90))) - 1) < 0.01)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
