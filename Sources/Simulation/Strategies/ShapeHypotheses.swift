import Foundation

/// The hypotheses about the curves' shapes that ``AnchoredStrategy`` weighs, and their prior
/// weights: **A**, the starting plan was chosen well (``AnchorPrior/anchors``), and the
/// agnostic hypotheses **α**, which say nothing about the plan and differ only in how much a
/// channel's spend tells about its saturation.
///
/// Under hypothesis α the prior of channel i's half-saturation is
///
///     ln K_i ~ N(α·ln x̄_i + (1 − α)·ln K̄, τ₀²),   ln K̄ = mean_i ln x̄_i,
///
/// x̄_i the channel's geometric mean spend over the months seen. α = 1: each channel sits at its
/// own half-saturation (elasticity ½ at its usual spend: spend matched to the channel's scale);
/// α = 0: all channels share one half-saturation K̄ (the plan's spends say nothing about the
/// shapes: a channel given more money is further up its curve); α = ½ in between.
enum ShapeHypotheses {
    /// The α of the agnostic hypotheses, in the order ``AnchoredStrategy`` lists them (after A).
    static let poolings: [Double] = [1, 0.5, 0]

    /// The mean log spend of each channel over the months with spend (nil: none).
    static func meanLogSpends(_ spend: [[Double]]) -> [Double?] {
        let n = spend.first?.count ?? 0
        return (0..<n).map { i in
            let logs = spend.compactMap { i < $0.count && $0[i] > 0 && $0[i].isFinite ? log($0[i]) : nil }
            return logs.isEmpty ? nil : logs.reduce(0, +) / Double(logs.count)
        }
    }

    /// Hypothesis α's prior centres of ln K_i (nil for a channel without spend).
    static func centres(_ spend: [[Double]], pooling alpha: Double) -> [Double?] {
        let own = meanLogSpends(spend)
        let seen = own.compactMap { $0 }
        guard !seen.isEmpty else { return own }
        let common = seen.reduce(0, +) / Double(seen.count)
        return own.map { $0.map { alpha * $0 + (1 - alpha) * common } }
    }

    /// The log prior weights (up to one constant) of A and of the agnostic hypotheses with prior
    /// centres `centres[h]`, from how far apart the starting plan's ROIs are (its anchors).
    ///
    /// A channel's log ROI is its log marginal ROI less its log elasticity. If the plan was
    /// chosen well the marginal ROIs are all λ and the ROIs differ only by the elasticities: the
    /// anchor then deviates from an agnostic prior's centre by `d_{h,i} = ln K_i^A − c_{h,i} ~
    /// N(0, τ₀²)`, that prior's own spread. If it was not, the log marginal ROIs scatter too, by
    /// s (``AnchoredStrategy/marginalSD``), and `d_{h,i} ~ N(0, τ₀² + s²)`. A and "not A" are
    /// equally likely a priori, and so are the H agnostic hypotheses; the ROIs are read as
    /// evidence for A against "not A" (averaged over h), not for one h against another (a poor
    /// plan's marginal ROIs tend to fall with its spends, which this linear picture does not
    /// model):
    ///
    ///     ln P_A = ln[(1/H) Σ_h Π_i N(d_{h,i}; 0, τ₀²) / N(d_{h,i}; 0, τ₀² + s²)],   ln P_h = −ln H,
    ///
    /// over the channels with an anchor and a centre. Each channel adds to the log ratio
    /// `½ ln(1 + s²/τ₀²) − d² s² / (2τ₀²(τ₀² + s²))` (with τ₀ = s = ½: `0.347 − d²`): a plan
    /// whose ROIs all need elasticities near ½ to be optimal favours A, one that needs 0.2 for
    /// one channel and 0.86 for another does not. With s = 0 the odds are even.
    ///
    /// `oneSided`: the ROIs may refute A but never confirm it, `ln P_A ≤ 0` (A's prior weight at
    /// most ½): ROIs far apart rule a plan out, but a poor plan's ROIs can be alike too (when
    /// its elasticities differ as much as its marginal ROIs, in opposite directions), so alike
    /// ROIs are no evidence that it was chosen well.
    static func logPriors(
        anchors: [Double?], centres: [[Double?]], agnosticSD: Double, marginalSD: Double, oneSided: Bool = false
    ) -> [Double] {
        let count = log(Double(max(centres.count, 1)))
        let (t2, s2) = (agnosticSD * agnosticSD, marginalSD * marginalSD)
        let ratios = centres.map { h in
            zip(anchors, h).reduce(0.0) { total, pair in
                guard let anchor = pair.0, let centre = pair.1 else { return total }
                let d = anchor - centre
                return total + 0.5 * log1p(s2 / t2) - d * d * s2 / (2 * t2 * (t2 + s2))
            }
        }
        let logOdds = logSumExp(ratios) - count
        return [oneSided ? min(logOdds, 0) : logOdds] + centres.map { _ in -count }
    }

    /// Posterior probabilities from log prior weights and log evidences (each up to a constant
    /// shared by all hypotheses).
    static func posterior(logPriors: [Double], logEvidence: [Double]) -> [Double] {
        let logs = zip(logPriors, logEvidence).map { $0 + $1 }
        let top = logs.max() ?? 0
        let raw = logs.map { $0.isFinite ? exp($0 - top) : 0 }
        let total = raw.reduce(0, +)
        return total > 0 ? raw.map { $0 / total } : logs.map { _ in 1 / Double(max(logs.count, 1)) }
    }

    /// `ln Σ exp(v)` without overflow (−∞ for an empty list).
    static func logSumExp(_ values: [Double]) -> Double {
        guard let top = values.max(), top.isFinite else { return values.max() ?? -.infinity }
        return top + log(values.reduce(0) { $0 + exp($1 - top) })
    }
}
