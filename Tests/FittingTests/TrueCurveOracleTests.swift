import TestSupport
import Testing

@testable import Fitting

/// ``KnownTruth/trueCurveScales(options:experiments:)``: the oracle with the generator's own
/// curves (any recipe), the noise floor of the always-on and lift-test targets.
@Suite struct TrueCurveOracleTests {
    /// Without noise (and with a negligible ridge) the linear solve on the true contributions
    /// returns each channel's true coefficient, 1, on the recipes outside the fitted family too
    /// (logistic saturation with an always-on channel, the confounded one with its control,
    /// Weibull-shaped carryover, a drifting effect).
    @Test(arguments: [KnownTruth.Recipe.geometricLogistic, .confounded, .weibull, .drift])
    func exactWithoutNoise(recipe: KnownTruth.Recipe) throws {
        let truth = KnownTruth(recipe: recipe, seed: 2, noise: 0)
        let scales = try #require(truth.trueCurveScales(options: MMMOptions(ridge: 1e-12)))
        for (scale, channel) in zip(scales, truth.channels) {
            #expect(isClose(scale, 1, relative: 1e-6), "\(recipe) \(channel.name): \(scale)")
        }
    }

    /// On the hill recipes it agrees with the other oracle (``KnownTruth/oracleROIs(options:)``,
    /// which rebuilds the curves with the fitter's own adstock and hill code from the true
    /// parameters): scale = oracle ROI / true ROI, on noisy data.
    @Test func agreesWithTheFittersOracleOnHillRecipes() throws {
        for recipe in [KnownTruth.Recipe.hillConcave, .hillS] {
            let truth = KnownTruth(recipe: recipe, seed: 5)
            let scales = try #require(truth.trueCurveScales())
            let rois = try #require(truth.oracleROIs())
            for i in truth.channels.indices {
                #expect(isClose(scales[i], rois[i] / truth.channels[i].roi, relative: 1e-5), "\(recipe) channel \(i)")
            }
        }
    }

    /// A lift test whose measurement is the true lift and whose standard error is 10⁻⁴ of it
    /// outweighs the noisy history: the tested channel's coefficient is 1 within 0.1%, where
    /// without the test the noise leaves it further off.
    @Test func preciseLiftTestPinsTheTestedChannel() throws {
        let truth = KnownTruth(recipe: .confounded, seed: 1)
        let channel = truth.channels[0]
        let weeks = 60..<68
        let change = -0.2 * weeks.reduce(0) { $0 + channel.spend[$1] }
        let lift = channel.lift(weeks, change, 0.2)
        let test = MMMExperiment(channel: channel.name, periods: weeks, spendChange: change, lift: lift, standardError: 1e-4 * abs(lift), share: 0.2)
        let without = try #require(truth.trueCurveScales())[0]
        let with = try #require(truth.trueCurveScales(experiments: [test]))[0]
        #expect(abs(without - 1) > 0.01, "without the test: \(without)")
        #expect(isClose(with, 1, relative: 1e-3), "with the test: \(with)")
    }
}
