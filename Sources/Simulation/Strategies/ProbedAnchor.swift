import Foundation

/// The anchor of ``AnchorPrior`` read from a month in which some channels were probed away
/// from the starting plan (``CombinedStrategy``'s month 0).
enum ProbedAnchor {
    /// ln K_i of the hill curves (shape 1) through each channel's month (spend p_i, reported
    /// outcome y_i) at which the **starting plan** s is optimal; nil for a channel without
    /// spend, outcome or starting spend.
    ///
    /// A hill curve through (p, y) with half-saturation K is `f(x) = β x/(x + K)`,
    /// `β = y (p + K)/p`, with marginal return at s `f'(s) = y (p + K) K / (p (s + K)²)`,
    /// increasing in K for p < 2s (the probe at most doubles). With e = K/(s + K) its
    /// elasticity at s, each channel's e_i(λ) solves `f_i'(s_i) = λ` (bisection, clamped to
    /// [0.05, 0.95] as ``AnchorPrior/anchors(spend:outcome:)``), and λ is set by bisection so
    /// that the spend-weighted mean elasticity `Σ s_i e_i / Σ s_i` is ½. Then
    /// `K_i = s_i e_i/(1 − e_i)`. When p = s this is ``AnchorPrior/anchors(spend:outcome:)``'s
    /// `e_i = λ/ROI_i` (where no clamp binds): the same anchor, with the probe's shift of each
    /// channel's return along its own curve taken out.
    static func anchors(spend p: [Double], outcome y: [Double], start s: [Double]) -> [Double?] {
        let n = min(p.count, y.count, s.count)
        let seen = (0..<n).filter { p[$0] > 0 && y[$0] > 0 && s[$0] > 0 && p[$0].isFinite && y[$0].isFinite && s[$0].isFinite }
        guard !seen.isEmpty else { return Array(repeating: nil, count: p.count) }
        func marginal(_ i: Int, _ e: Double) -> Double {
            let k = s[i] * e / (1 - e)
            return y[i] * (p[i] + k) * k / (p[i] * (s[i] + k) * (s[i] + k))
        }
        func elasticity(_ i: Int, _ lambda: Double) -> Double {
            var (low, high) = (lowest, highest)
            if lambda <= marginal(i, low) { return low }
            if lambda >= marginal(i, high) { return high }
            for _ in 0..<60 {
                let mid = 0.5 * (low + high)
                if marginal(i, mid) < lambda { low = mid } else { high = mid }
            }
            return 0.5 * (low + high)
        }
        let total = seen.reduce(0) { $0 + s[$1] }
        func meanElasticity(_ lambda: Double) -> Double { seen.reduce(0) { $0 + s[$1] * elasticity($1, lambda) } / total }
        var low = log(seen.map { marginal($0, lowest) }.min()!)
        var high = log(seen.map { marginal($0, highest) }.max()!)
        for _ in 0..<80 {
            let mid = 0.5 * (low + high)
            if meanElasticity(exp(mid)) < 0.5 { low = mid } else { high = mid }
        }
        let lambda = exp(0.5 * (low + high))
        return (0..<p.count).map { i in
            guard seen.contains(i) else { return nil }
            let e = elasticity(i, lambda)
            return log(s[i] * e / (1 - e))
        }
    }

    static let lowest = AnchorPrior.elasticityRange.lowerBound
    static let highest = AnchorPrior.elasticityRange.upperBound
}
