import BudgetModel
import TestSupport
import Testing

@testable import Fitting

/// The media-mix fit's bookkeeping, on small synthetic data sets.
@Suite struct MMMFitTests {
    /// Without noise the search finds the truth: every ROI within 2%, R² ≈ 1.
    @Test func recoversTruthWithoutNoise() throws {
        let truth = SyntheticMMM(channelCount: 3, periods: 104, noise: 0, mediaShare: 0.5, seed: 11)
        let fit = try MMMFitter.fit(truth.input, options: MMMOptions(bootstrapSamples: 0))
        #expect(fit.r2 > 0.9999)
        for (channel, actual) in zip(fit.channels, truth.channels) {
            #expect(isClose(channel.roi, actual.trueROI, relative: 0.02), "\(channel.name): \(channel.roi) vs \(actual.trueROI)")
            #expect(channel.roiInterval == channel.roi...channel.roi)  // no bootstrap samples
        }
    }

    /// Base, seasonality, controls and the channels add up to the fitted series; a control's
    /// known effect (500 per unit of a promotion flag) is recovered; the monthly curve and the
    /// marginal ROI follow from the fitted response as documented.
    @Test func decompositionControlsAndDerivedCurves() throws {
        let truth = SyntheticMMM(channelCount: 2, periods: 104, noise: 0, mediaShare: 0.5, seed: 12)
        let promo = (0..<104).map { $0 % 9 < 2 ? 1.0 : 0 }
        let input = try MMMInput(
            channels: truth.channels.map(\.name), spend: truth.channels.map(\.spend),
            outcome: zip(truth.outcome, promo).map { $0 + 500 * $1 },
            controlNames: ["promo"], controls: [promo])
        let fit = try MMMFitter.fit(input, options: MMMOptions(bootstrapSamples: 0))
        // 3%, not exact: the shape prior (MMMPosterior) pulls these S-curves (s ≈ 2.3) slightly
        // towards 1, and on noise-free data the search cannot reach the exact fit's narrow optimum.
        #expect(isClose(fit.baseline.controls[0], 500, relative: 0.03))
        #expect(fit.baseline.seasonality.count == 2)
        for t in 0..<104 {
            let parts = fit.decomposition.base[t] + fit.decomposition.seasonality[t] + fit.decomposition.controls[t]
                + fit.channels.reduce(0) { $0 + $1.contribution[t] }
            #expect(isClose(parts, fit.fitted[t], relative: 1e-9))
        }
        let p = MMMInput.weekly / 12
        #expect(isClose(fit.periodsPerMonth, p))
        for (channel, spend) in zip(fit.channels, input.spend) {
            #expect(channel.monthlyCurve == channel.response.monthlyCurve(periodsPerMonth: p))
            let recent = spend.suffix(4).reduce(0, +) / 4  // the last month: round(4.35) weeks
            #expect(isClose(channel.marginalROI, channel.response.longRunMarginal(spendPerPeriod: recent)))
            #expect(isClose(channel.roi, channel.contribution.reduce(0, +) / spend.reduce(0, +)))
        }
        #expect(fit.holdoutPeriods == 8)  // ⌊52.18 / 6⌋ weeks by default
        #expect(fit.holdoutMAPE != nil)
    }

    /// The same seed gives the same bootstrap, whatever the thread scheduling; another seed
    /// gives another.
    @Test func bootstrapIsDeterministicForASeed() throws {
        let input = SyntheticMMM(channelCount: 2, periods: 80, noise: 0.05, seed: 13).input
        let options = MMMOptions(holdoutPeriods: 0, bootstrapSamples: 6, seed: 99, maxEvaluations: 600, bootstrapEvaluations: 150)
        let first = try MMMFitter.fit(input, options: options)
        let second = try MMMFitter.fit(input, options: options)
        var other = options
        other.seed = 100
        let third = try MMMFitter.fit(input, options: other)
        #expect(first.channels.map(\.bootstrapROIs) == second.channels.map(\.bootstrapROIs))
        #expect(first.channels.map(\.roiInterval) == second.channels.map(\.roiInterval))
        #expect(first.channels.map(\.bootstrapROIs) != third.channels.map(\.bootstrapROIs))
        #expect(first.channels.allSatisfy { $0.bootstrapROIs.count == 6 && $0.bootstrapResponses.count == 6 })
        #expect(first.holdoutMAPE == nil)
    }

    @Test func rejectsBadInput() throws {
        #expect(throws: FittingError.self) { try MMMInput(channels: ["a"], spend: [[1, 2]], outcome: [1, 2, 3]) }
        #expect(throws: FittingError.self) { try MMMInput(channels: ["a", "a"], spend: [[1], [1]], outcome: [1]) }
        #expect(throws: FittingError.self) { try MMMInput(channels: ["a"], spend: [[1, -1]], outcome: [1, 2]) }
        #expect(throws: FittingError.noSpend(channel: "a")) { try MMMInput(channels: ["a"], spend: [[0, 0]], outcome: [1, 2]) }
        #expect(throws: FittingError.self) {
            try MMMInput(channels: ["a"], spend: [[1, 2]], outcome: [1, 2], controlNames: ["c"], controls: [])
        }
        let short = try MMMInput(channels: ["a"], spend: [Array(repeating: 1, count: 20)], outcome: Array(repeating: 1, count: 20))
        // 6 baseline columns + 4 per channel + 10 spare = 20 periods to fit, plus the 8 held out.
        #expect(throws: FittingError.tooFewPeriods(needed: 28, got: 20)) { try MMMFitter.fit(short) }
        #expect(throws: FittingError.self) { try MMMFitter.fit(short, options: MMMOptions(bootstrapSamples: -1)) }
        let late = try MMMInput(
            channels: ["a"], spend: [Array(repeating: 0, count: 40) + [5, 5]], outcome: (0..<42).map { Double($0 % 5) })
        #expect(throws: FittingError.self) { try MMMFitter.fit(late) }
    }
}
