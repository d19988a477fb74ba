import TestSupport
import Testing

@testable import Fitting

/// The known-truth generators and a small, fast subset of the `fit-truth` benchmark (a few
/// seeds, loose thresholds; the full benchmark with its targets is in docs/fitting-results.md).
@Suite struct KnownTruthTests {
    /// Smaller budgets than the defaults keep a debug run short.
    static let options = MMMOptions(bootstrapSamples: 40, seed: 1, maxEvaluations: 1500, bootstrapEvaluations: 400)

    /// The truth is the generator's own: average ROI = Σ contribution / Σ spend, equal to the
    /// ROI of the latest curve except for the drifting channel, a zero change lifts
    /// nothing, a pause loses outcome, and every recipe stays within its stated shape.
    @Test(arguments: KnownTruth.Recipe.allCases)
    func generatorsStateTheirTruth(recipe: KnownTruth.Recipe) {
        let truth = KnownTruth(recipe: recipe, seed: 5)
        #expect((104...208).contains(truth.outcome.count) && (2...6).contains(truth.channels.count))
        for channel in truth.channels {
            #expect(isClose(channel.averageROI, channel.contribution.reduce(0, +) / channel.spend.reduce(0, +)))
            let drifts = recipe == .drift && channel.name == "channel1"
            #expect(drifts ? abs(channel.roi / channel.averageROI - 1) > 0.1 : isClose(channel.roi, channel.averageROI), "\(recipe) \(channel.name)")
            #expect((0.7...4.3).contains(channel.averageROI), "\(recipe) \(channel.name) ROI \(channel.averageROI)")
            #expect(channel.lift(40..<48, 0, 1) == 0)
            #expect(channel.lift(40..<48, -channel.spend[40..<48].reduce(0, +), 1) <= 0)
            // A go-dark test in a fifth of the market loses a fifth of the contribution.
            let dark = channel.lift(40..<48, -0.2 * channel.spend[40..<48].reduce(0, +), 0.2)
            #expect(dark < 0 && dark >= -0.2 * channel.contribution[40..<48].reduce(0, +) - 1e-9)
            #expect(channel.spend.allSatisfy { $0 >= 0 } && (channel.alwaysOn ? channel.spend.allSatisfy { $0 > 0 } : channel.spend.contains(0)))
        }
        #expect(truth.controlNames == (recipe == .confounded ? ["demand"] : []))
    }

    /// Without noise, the fit recovers the generator's truth where its model family contains
    /// it (geometric adstock + concave hill): every ROI within 5% (not exact: with no noise the
    /// exact fit is a very narrow optimum of the log-likelihood, and the priors pull a little).
    @Test func noiseFreeFitRecoversTheGeneratorsTruth() throws {
        let truth = KnownTruth(recipe: .hillConcave, seed: 2, noise: 0)
        var options = Self.options
        options.bootstrapSamples = 0
        options.maxEvaluations = 6000
        let fit = try MMMFitter.fit(truth.input, options: options)
        for (fitted, actual) in zip(fit.channels, truth.channels) {
            #expect(isClose(fitted.roi, actual.roi, relative: 0.05), "\(fitted.name): \(fitted.roi) vs \(actual.roi)")
        }
    }

    /// Without noise, a delayed peak (the Weibull recipe, seed 2: a 13-lag Weibull density
    /// peaking 1–3 weeks after the spend, computed by the generator) is recovered best by the
    /// Weibull kernel (median ROI error under 15%; its kernel is the density at l + 1, not the
    /// generator's at l, and the test's search budget is a quarter of the default), then by
    /// the delayed geometric kernel (under 25%: a delayed decay jumps to its peak instead of
    /// rising to it), then by plain geometric carryover (the delay forbidden by a prohibitive
    /// prior).
    @Test func delayedPeaksNeedTheDelay() throws {
        let truth = KnownTruth(recipe: .weibull, seed: 2, noise: 0)
        var options = Self.options
        options.bootstrapSamples = 0
        func medianError(_ options: MMMOptions) throws -> Double {
            let fit = try MMMFitter.fit(truth.input, options: options)
            let errors = zip(fit.channels, truth.channels).map { abs($0.roi / $1.roi - 1) }.sorted()
            return errors[errors.count / 2]
        }
        options.carryoverKernel = .weibull
        let pooled = try medianError(options)
        // The kernels are compared with each channel's shape fitted on its own (no concavity
        // pooling, the default since the seventh session); the default fit is held to the same bound.
        options.concavityPooling = nil
        let weibull = try medianError(options)
        options.carryoverKernel = .delayedGeometric
        let delayed = try medianError(options)
        options.delayPenalty = 1e6
        let geometric = try medianError(options)
        #expect(pooled < 0.15, "Weibull with pooled concavity \(pooled)")
        #expect(weibull < 0.15 && weibull < delayed, "Weibull \(weibull), with delay \(delayed)")
        #expect(delayed < 0.25 && delayed < geometric, "with delay \(delayed), without \(geometric)")
    }

    /// Without noise, the drifting channel (seed 3: its effect changes by 30–60% over the
    /// data) earns a drift term, and its ROI is the latest curve's: within 10% of the
    /// generator's latest ROI, and nearer to it than to the average over the data.
    @Test func driftingChannelReportsItsLatestEffect() throws {
        let truth = KnownTruth(recipe: .drift, seed: 3, noise: 0)
        var options = Self.options
        options.bootstrapSamples = 0
        let fit = try MMMFitter.fit(truth.input, options: options)
        let (fitted, actual) = (fit.channels[0].roi, truth.channels[0])
        #expect(isClose(fitted, actual.roi, relative: 0.1), "fitted \(fitted), latest \(actual.roi), average \(actual.averageROI)")
        #expect(abs(fitted - actual.roi) < abs(fitted - actual.averageROI))
        #expect(fit.notes.contains { $0.contains("channel1") && $0.contains("effect changed") })
    }

    /// Seeds 1–3 of the PyMC-style recipe: pulsed channels within 20% of the truth, and at
    /// least half of all 90% intervals contain it (the benchmark's target is 85–95% over 120).
    @Test func pulsedChannelsAreRecovered() throws {
        var covered = 0
        var count = 0
        for seed in UInt64(1)...3 {
            let truth = KnownTruth(recipe: .geometricLogistic, seed: seed)
            let fit = try MMMFitter.fit(truth.input, options: Self.options)
            for (fitted, actual) in zip(fit.channels, truth.channels) {
                if !actual.alwaysOn {
                    #expect(isClose(fitted.roi, actual.roi, relative: 0.2), "seed \(seed) \(fitted.name): \(fitted.roi) vs \(actual.roi)")
                }
                #expect(fitted.roiInterval.contains(fitted.roi))
                covered += fitted.roiInterval.contains(actual.roi) ? 1 : 0
                count += 1
            }
        }
        #expect(2 * covered >= count)
    }

    /// A lift test on the confounded always-on channel (8 weeks dark in a fifth of the market)
    /// moves its ROI towards the truth in proportion to its precision: a precise test (SE 10%
    /// of the lift) lands within 15% and closer than the fit without it; a vague one (SE 100
    /// times the lift) changes almost nothing.
    @Test func liftTestPullsTowardsTheTruth() throws {
        let truth = KnownTruth(recipe: .confounded, seed: 2)
        let channel = truth.channels[0]
        let n = channel.spend.count
        let weeks = (n - 30)..<(n - 22)
        let change = -0.2 * channel.spend[weeks].reduce(0, +)
        let lift = channel.lift(weeks, change, 0.2)
        func fit(se: Double?) throws -> Double {
            var input = truth.input
            if let se { input.experiments = [MMMExperiment(channel: channel.name, periods: weeks, spendChange: change, lift: lift, standardError: se, share: 0.2)] }
            return try MMMFitter.fit(input, options: Self.options).channels[0].roi
        }
        let without = try fit(se: nil)
        let precise = try fit(se: 0.1 * abs(lift))
        let vague = try fit(se: 100 * abs(lift))
        #expect(abs(precise / channel.roi - 1) < 0.15, "with test \(precise), true \(channel.roi)")
        #expect(abs(precise - channel.roi) < abs(without - channel.roi))
        #expect(abs(vague - without) < 0.05 * without)
    }

    /// The benchmark's oracle (the linear part solved with the true curves given) is exact
    /// without noise (ROIs within 1%), is not offered outside the fitted family, and with the
    /// benchmark's 5% noise its median error on seed 1 of the concave recipe is within 15%.
    @Test func oracleIsExactWithoutNoise() throws {
        for recipe in [KnownTruth.Recipe.hillConcave, .hillS] {
            let truth = KnownTruth(recipe: recipe, seed: 3, noise: 0)
            let oracle = try #require(truth.oracleROIs())
            for (roi, channel) in zip(oracle, truth.channels) {
                #expect(isClose(roi, channel.roi, relative: 0.01), "\(recipe) \(channel.name): \(roi) vs \(channel.roi)")
            }
        }
        #expect(KnownTruth(recipe: .weibull, seed: 1).oracleROIs() == nil)
        #expect(KnownTruth(recipe: .geometricLogistic, seed: 1).oracleROIs() == nil)
        let noisy = KnownTruth(recipe: .hillConcave, seed: 1)
        let errors = try #require(noisy.oracleROIs()).enumerated().map { abs($1 / noisy.channels[$0].roi - 1) }.sorted()
        #expect(errors[errors.count / 2] < 0.15, "oracle errors \(errors)")
    }

    /// A lift test enters the fit in the generator's units and window: at the true carryover,
    /// saturation and effect size, the fit's modelled lift `g·β·Σ_test (hill(A′) − hill(A))`
    /// equals the generator's measured lift of the same geo test (a fifth of the market, spend
    /// cut by its whole amount there for 8 weeks, weeks after the test not counted), to 10⁻⁶.
    @Test func modelledLiftMatchesTheGeneratorsLift() throws {
        let truth = KnownTruth(recipe: .hillConcave, seed: 4)
        let design = MMMDesign(truth.input, harmonics: 2)
        for (index, channel) in truth.channels.enumerated() {
            let effect = try #require(channel.effect)
            guard case let .hill(k, s) = effect.saturation else { Issue.record("not a hill"); return }
            let weeks = 60..<68
            let change = -0.2 * weeks.reduce(0) { $0 + channel.spend[$1] }
            let test = MMMExperiment(channel: channel.name, periods: weeks, spendChange: change, lift: 0, standardError: 1, share: 0.2)
            let parameters = truth.channels.map { _ in MediaParameters(carryover: effect.weights[1], saturation: 1, shape: s) }
            var halfSaturations = [Double](repeating: 1, count: truth.channels.count)
            halfSaturations[index] = k
            let modelled = effect.beta[0] * design.liftColumns([(index, test)], parameters: parameters, halfSaturations: halfSaturations)[0]
            let measured = channel.lift(weeks, change, 0.2)
            #expect(measured < 0 && isClose(modelled, measured, relative: 1e-6), "\(channel.name): modelled \(modelled), generator \(measured)")
        }
    }
}
