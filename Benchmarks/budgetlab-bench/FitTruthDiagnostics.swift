import Fitting
import Foundation

/// Diagnostics of the fit-truth workload: the oracle's errors, and with `FIT_TRUTH_VERBOSE`
/// set, one line per channel and per lift-test fit on stderr (fitted against true parameters),
/// for finding where errors come from (docs/fitting-results.md, "Where the error comes from").
extension FitTruthWorkload {
    static var verbose: Bool { ProcessInfo.processInfo.environment["FIT_TRUTH_VERBOSE"] != nil }

    /// Absolute ROI errors |oracle / truth − 1| per channel, empty outside the fitted family
    /// (``KnownTruth/oracleROIs(options:)``); printed when verbose.
    static func oracleErrors(_ truth: KnownTruth, options: MMMOptions) -> [Double] {
        guard let oracle = truth.oracleROIs(options: options) else { return [] }
        let errors = zip(oracle, truth.channels).map { $0 / $1.roi - 1 }
        if verbose {
            let text = errors.map { String(format: "%+.0f%%", 100 * $0) }.joined(separator: " ")
            FileHandle.standardError.write(Data("  oracle \(truth.recipe.rawValue) seed \(truth.seed): \(text)\n".utf8))
        }
        return errors.map(abs)
    }

    /// One channel: fitted and true ROI, posterior median and interval, label, marginal ROIs,
    /// fitted θ, δ, s, κ, the channel's share of the outcome and the generator's parameters.
    static func describe(_ fitted: MMMFit.Channel, _ actual: KnownTruth.Channel, in truth: KnownTruth) {
        let r = fitted.response
        FileHandle.standardError.write(Data(String(
            format: "  %@ seed %d %@%@: roi %.2f true %.2f (%+.0f%%) med %.2f [%.2f, %.2f] %@; mROI %.2f true %.2f; θ %.2f δ %.1f k %.2f s %.2f κ %.2f share %.2f | truth %@\n",
            truth.recipe.rawValue, Int(truth.seed), fitted.name, actual.alwaysOn ? " (always on)" : "", fitted.roi, actual.roi,
            100 * (fitted.roi / actual.roi - 1), median(fitted.bootstrapROIs), fitted.roiInterval.lowerBound, fitted.roiInterval.upperBound,
            fitted.evidence.rawValue, fitted.marginalROI, actual.marginalROI, r.carryover, r.delay, r.weibullShape, r.shape,
            r.halfSaturation / max(meanAdstock(r, actual.spend), .leastNormalMagnitude),
            actual.contribution.reduce(0, +) / truth.outcome.reduce(0, +), actual.parameterSummary).utf8))
    }

    /// One lift-test fit: the always-on channel without and with the test, and how far the
    /// measured lift is from the true one.
    static func describeLift(seed: UInt64, truth channel: KnownTruth.Channel, plain a: MMMFit.Channel, tested b: MMMFit.Channel, measured: Double, lift: Double) {
        FileHandle.standardError.write(Data(String(
            format: "  lift seed %d: true roi %.2f; without %.2f (θ %.2f s %.2f); with %.2f (θ %.2f s %.2f δ %.1f) med %.2f [%.2f, %.2f]; measured lift off by %+.0f%% | truth %@\n",
            Int(seed), channel.roi, a.roi, a.response.carryover, a.response.shape, b.roi, b.response.carryover, b.response.shape, b.response.delay,
            median(b.bootstrapROIs), b.roiInterval.lowerBound, b.roiInterval.upperBound, 100 * (measured / lift - 1), channel.parameterSummary).utf8))
    }

    /// Mean adstock of a fitted response on the channel's spend (κ = K / this).
    static func meanAdstock(_ response: MediaResponse, _ spend: [Double]) -> Double {
        let adstock = response.adstock(spend)
        return adstock.reduce(0, +) / Double(max(adstock.count, 1))
    }
}
