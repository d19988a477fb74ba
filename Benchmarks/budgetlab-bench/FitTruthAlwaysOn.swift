import Fitting
import Foundation

/// The noise floor of the always-on targets: the always-on channels' marginal ROI error, and
/// the confounded channel's ROI error with its lift test, when the fit is handed every
/// channel's true curve and estimates only the linear part (``KnownTruth/trueCurveScales(options:experiments:)``).
/// No non-linear search, so it takes well under a second.
extension FitTruthWorkload {
    /// The lift test of ``liftTest(seeds:options:)`` on the confounded recipe's always-on
    /// channel: 8 weeks dark in a fifth of the market, 22–30 weeks before the end, measured
    /// with a standard error of 10% of the true lift (noise drawn from stream 77 of the seed).
    static func liftExperiment(_ truth: KnownTruth) -> (test: MMMExperiment, trueLift: Double) {
        let channel = truth.channels[0]
        let n = channel.spend.count
        let weeks = (n - 30)..<(n - 22)
        let change = -0.2 * weeks.reduce(0) { $0 + channel.spend[$1] }
        var rng = SplitMix64(seed: truth.seed, stream: 77)
        let lift = channel.lift(weeks, change, 0.2)
        let se = 0.1 * abs(lift)
        let test = MMMExperiment(channel: channel.name, periods: weeks, spendChange: change, lift: lift + se * rng.nextGaussian(), standardError: se, share: 0.2)
        return (test, lift)
    }

    /// The noise of the generated data: `FIT_TRUTH_NOISE` (a share of the mean outcome), 5% by default.
    static var noise: Double { ProcessInfo.processInfo.environment["FIT_TRUTH_NOISE"].flatMap(Double.init) ?? 0.05 }

    /// Prints the oracle's table for the always-on channels of `recipes` over `seeds`.
    static func alwaysOnOracle(seeds: ClosedRange<UInt64>, recipes: [KnownTruth.Recipe], options: MMMOptions) {
        let alwaysOnRecipes = recipes.filter { $0 == .geometricLogistic || $0 == .confounded }
        guard !alwaysOnRecipes.isEmpty else { return }
        print("| always-on channels with their true curves given (oracle) | channels | median abs error | within 15% | within 10% |")
        print("| :-- | --: | --: | --: | --: |")
        var all: [Double] = []
        for recipe in alwaysOnRecipes {
            var errors: [Double] = []
            for seed in seeds {
                let truth = KnownTruth(recipe: recipe, seed: seed, noise: noise)
                guard let scales = truth.trueCurveScales(options: options) else { continue }
                for (scale, channel) in zip(scales, truth.channels) where channel.alwaysOn {
                    errors.append(abs(scale - 1))
                    if verbose { FileHandle.standardError.write(Data(String(format: "  oracle always-on %@ seed %d: mROI %+.0f%%\n", recipe.rawValue, Int(seed), 100 * (scale - 1)).utf8)) }
                }
            }
            all += errors
            print(oracleLine("\(recipe.rawValue): marginal ROI", errors))
        }
        print(oracleLine("**both**: marginal ROI", all))
        guard alwaysOnRecipes.contains(.confounded) else { return }
        let tested = seeds.compactMap { seed -> Double? in
            let truth = KnownTruth(recipe: .confounded, seed: seed, noise: noise)
            return truth.trueCurveScales(options: options, experiments: [liftExperiment(truth).test]).map { abs($0[0] - 1) }
        }
        print(oracleLine("confounded with one lift test (SE 10%): ROI", tested))
    }

    static func oracleLine(_ label: String, _ errors: [Double]) -> String {
        "| \(label) | \(errors.count) | \(percent(median(errors))) | \(percent(share(errors, 0.15))) | \(percent(share(errors, 0.10))) |"
    }
}

extension FitTruthWorkload {
    /// With `FIT_TRUTH_VERBOSE`: the ROI error of a fit with a lift test split into three
    /// factors, fitted over true: the modelled lift (how closely the fit follows the test), the
    /// share of the test weeks' contribution that the test loses (1 / lift fraction: the curve
    /// below usual spend and the carryover), and the whole data's contribution over the test
    /// weeks' (the extrapolation from the test weeks: the curve's elasticity across weeks).
    /// The product of the three is fitted ROI / true ROI.
    static func describeLiftFactors(seed: UInt64, truth channel: KnownTruth.Channel, fitted: MMMFit.Channel, test: MMMExperiment, trueLift: Double) {
        var changed = channel.spend
        for t in test.periods { changed[t] = max(0, changed[t] + test.spendChange / (test.share * Double(test.periods.count))) }
        let before = fitted.response.contributions(channel.spend)
        let after = fitted.response.contributions(changed)
        let fittedLift = test.share * test.periods.reduce(0) { $0 + after[$1] - before[$1] }
        let fittedWindow = test.share * test.periods.reduce(0) { $0 + before[$1] }
        let trueWindow = test.share * test.periods.reduce(0) { $0 + channel.contribution[$1] }
        let fittedAll = before.reduce(0, +) * test.share
        let trueAll = channel.contribution.reduce(0, +) * test.share
        let liftFactor = fittedLift / trueLift
        let fractionFactor = (trueLift / trueWindow) / (fittedLift / fittedWindow)
        let extrapolation = (fittedAll / fittedWindow) / (trueAll / trueWindow)
        FileHandle.standardError.write(Data(String(
            format: "  lift factors seed %d: roi %+.0f%% = lift %+.0f%% (measured %+.0f%%) × 1/fraction %+.0f%% (fit %.2f, true %.2f) × extrapolation %+.0f%%; κ %.2f\n",
            Int(seed), 100 * (liftFactor * fractionFactor * extrapolation - 1), 100 * (liftFactor - 1), 100 * (test.lift / trueLift - 1),
            100 * (fractionFactor - 1), fittedLift / fittedWindow, trueLift / trueWindow, 100 * (extrapolation - 1),
            fitted.response.halfSaturation / max(meanAdstock(fitted.response, channel.spend), .leastNormalMagnitude)).utf8))
    }
}

extension FitTruthWorkload {
    /// With `FIT_TRUTH_VERBOSE`: an always-on channel's marginal ROI at recent spend from the
    /// point fit and as the median over the posterior draws, against the truth.
    static func describeAlwaysOn(_ fitted: MMMFit.Channel, _ actual: KnownTruth.Channel, in truth: KnownTruth) {
        let recent = actual.spend.suffix(4).reduce(0, +) / Double(min(4, actual.spend.count))
        let draws = fitted.bootstrapResponses.map { $0.longRunMarginal(spendPerPeriod: recent) }.sorted()
        let low = draws.isEmpty ? Double.nan : draws[draws.count / 20]
        let high = draws.isEmpty ? Double.nan : draws[draws.count - 1 - draws.count / 20]
        FileHandle.standardError.write(Data(String(
            format: "  always-on %@ seed %d: mROI %+.0f%%, posterior median %+.0f%% [%.2f, %.2f] true %.2f\n",
            truth.recipe.rawValue, Int(truth.seed), 100 * (fitted.marginalROI / actual.marginalROI - 1),
            100 * (median(draws) / actual.marginalROI - 1), low, high,
            actual.marginalROI).utf8))
    }
}
