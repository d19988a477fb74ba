/// How far a channel's fitted ROI can be trusted, from two measurements:
///
/// - the **relative width** of its 90% interval, `w = (upper − lower) / ROI`;
/// - the **hold-out ratio** `r` = RMSE of the forecast of the held-out periods / RMSE of the
///   same fit on the periods it learned from (≈ 1 for a model that forecasts as well as it
///   fits; much larger when it fits noise or misses a change).
///
/// | label | rule |
/// |---|---|
/// | strong | w ≤ 0.4 and r ≤ 1.5 |
/// | moderate | w ≤ 1 and r ≤ 2.5 |
/// | weak | otherwise, or ROI ≤ 0, or the channel was left out |
///
/// So "strong" is never given to a fit whose hold-out error is far above its in-sample error,
/// however narrow its interval. Without a hold-out, r is taken as 1.
public enum Evidence: String, Sendable, Equatable {
    case strong, moderate, weak

    public static func label(roi: Double, interval: ClosedRange<Double>, holdoutRatio: Double?) -> Evidence {
        guard roi > 0, roi.isFinite else { return .weak }
        let width = (interval.upperBound - interval.lowerBound) / roi
        let ratio = holdoutRatio ?? 1
        if width <= 0.4 && ratio <= 1.5 { return .strong }
        if width <= 1 && ratio <= 2.5 { return .moderate }
        return .weak
    }
}
