import Foundation
import TestSupport
import Testing

@testable import Fitting

/// ``MMMOptions/pointEstimate``: the reported ROI as the mode (default) or a summary of draws
/// of the untempered posterior, the mode's curve rescaled to it.
@Suite struct PointEstimateTests {
    /// By hand: the median of (5, 1, 2) is 2, their mean 8/3; the mode summarises nothing.
    @Test func summariesByHand() {
        #expect(PointEstimate.posteriorMedian.summary([5, 1, 2]) == 2)
        #expect(isClose(PointEstimate.posteriorMean.summary([5, 1, 2]) ?? 0, 8.0 / 3, relative: 1e-12))
        #expect(PointEstimate.mode.summary([5, 1, 2]) == nil)
        #expect(PointEstimate.posteriorMedian.summary([]) == nil)
        #expect(MMMOptions().pointEstimate == .mode)
    }

    /// A rescaled channel is one curve throughout: its ROI is Σ contribution / Σ spend of the
    /// rescaled response recomputed from the spend, its marginal ROI the response's long-run
    /// slope at recent spend, and the interval contains the new point.
    @Test func rescaledChannelIsConsistent() throws {
        let world = SyntheticMMM(channelCount: 2, periods: 104, noise: 0.05, mediaShare: 0.5, seed: 4)
        let options = MMMOptions(holdoutPeriods: 0, bootstrapSamples: 8, maxEvaluations: 800)
        let fit = try MMMFitter.fit(world.input, options: options)
        for (i, channel) in fit.channels.enumerated() {
            let spend = world.input.spend[i]
            let target = 1.7 * channel.roi
            let rescaled = channel.rescaled(toROI: target, periodsPerMonth: fit.periodsPerMonth)
            let recomputed = rescaled.response.contributions(spend).reduce(0, +) / spend.reduce(0, +)
            #expect(isClose(recomputed, target, relative: 1e-9))
            #expect(isClose(rescaled.contribution.reduce(0, +) / spend.reduce(0, +), target, relative: 1e-9))
            let recent = spend.suffix(4).reduce(0, +) / 4
            #expect(isClose(rescaled.marginalROI, rescaled.response.longRunMarginal(spendPerPeriod: recent), relative: 1e-9))
            #expect(rescaled.roiInterval.contains(target))
            #expect(rescaled.response.carryover == channel.response.carryover && rescaled.response.shape == channel.response.shape)
        }
    }

    /// With the posterior median, the fit keeps the mode's curves (same carryover, saturation
    /// and shape as the default fit of the same data and seed), changes only their sizes, and
    /// every ROI is inside its own interval and equal to its curve's Σ contribution / Σ spend.
    @Test func posteriorMedianKeepsTheModesCurves() throws {
        let world = SyntheticMMM(channelCount: 2, periods: 104, noise: 0.05, mediaShare: 0.5, seed: 5)
        var options = MMMOptions(holdoutPeriods: 0, bootstrapSamples: 8, maxEvaluations: 800)
        let mode = try MMMFitter.fit(world.input, options: options)
        options.pointEstimate = .posteriorMedian
        options.pointEstimateDraws = 8
        let bayes = try MMMFitter.fit(world.input, options: options)
        for i in bayes.channels.indices {
            let (a, b) = (mode.channels[i], bayes.channels[i])
            #expect(a.response.carryover == b.response.carryover && a.response.shape == b.response.shape)
            #expect(a.response.halfSaturation == b.response.halfSaturation)
            #expect(b.roiInterval.contains(b.roi))
            let spend = world.input.spend[i]
            #expect(isClose(b.response.contributions(spend).reduce(0, +) / spend.reduce(0, +), b.roi, relative: 1e-6))
        }
    }
}
