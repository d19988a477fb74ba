import Foundation

/// Which number a fit reports as each channel's ROI (``MMMOptions/pointEstimate``).
public enum PointEstimate: String, Sendable, CaseIterable {
    /// The ROI of the posterior mode (the search's best curves): the default.
    case mode
    /// The median of the ROI over draws of the untempered posterior (the point fit's own
    /// model: no hold-out tempering, drift only where the point fit has it), the Bayes
    /// estimate under absolute-error loss.
    case posteriorMedian = "posterior-median"
    /// The mean of the ROI over those draws (Bayes estimate under squared-error loss).
    case posteriorMean = "posterior-mean"

    /// The summary of `rois` this estimate reports; nil for ``mode`` or no draws.
    func summary(_ rois: [Double]) -> Double? {
        guard !rois.isEmpty else { return nil }
        switch self {
        case .mode: return nil
        case .posteriorMedian: return Metrics.quantile(rois, 0.5)
        case .posteriorMean: return rois.reduce(0, +) / Double(rois.count)
        }
    }
}

extension MMMFit.Channel {
    /// This channel with its size scaled so that its ROI is `roi`: β (and the contribution,
    /// marginal ROI and monthly curve that follow from it) times roi / ``roi``; the curve's
    /// carryover, saturation and shape stay those of the mode. The interval is widened to
    /// contain the new point if needed. Unchanged when the current ROI is not positive.
    func rescaled(toROI target: Double, periodsPerMonth p: Double) -> MMMFit.Channel {
        guard roi > 0, target.isFinite, target >= 0 else { return self }
        let factor = target / roi
        var channel = self
        channel.response.beta *= factor
        channel.contribution = contribution.map { $0 * factor }
        channel.roi = target
        channel.marginalROI = marginalROI * factor
        channel.monthlyCurve = channel.response.monthlyCurve(periodsPerMonth: p)
        channel.roiInterval = min(roiInterval.lowerBound, target)...max(roiInterval.upperBound, target)
        return channel
    }
}
