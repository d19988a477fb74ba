import Foundation

/// Whether ``CombinedStrategy`` goes on probing the small channels upwards after month 0: only
/// where month 0's reports do not support the starting plan.
///
/// Month 0's reports give the anchor (``ProbedAnchor``: the hill curves of shape 1 through each
/// channel's report at which the starting plan s is optimal, each channel's elasticity at s,
/// `e_i = K_i/(s_i + K_i)`, clamped to [0.05, 0.95]) and so the Bayes factor of
/// ``ShapeHypotheses/logPriors`` for "the plan was chosen well" (A) against "it was not":
///
///     B = (1/H) Σ_h Π_i N(d_{h,i}; 0, τ₀²) / N(d_{h,i}; 0, τ₀² + s²),   d_{h,i} = ln K_i − c_{h,i},
///
/// the agnostic centres c_{h,i} read at the starting spends. The probe goes on (months 1–2)
/// when
/// - **B < 1**: the ROIs are further apart than a well-chosen plan's (the start looks poor, so
///   its small channels may be underfunded and moving them is worth what it costs); or
/// - **some channel's elasticity is at the upper clamp** (e_i = 0.95): its average return is at
///   or below the common marginal return, which a concave curve at the optimum cannot give
///   (its elasticity is below 1) but the foot of an S does (marginal above average). A plan
///   that passes A's test can hide such a channel when it is small (one channel adds at most
///   `½ ln(1 + s²/τ₀²)` to ln B).
///
/// Otherwise the start passes, and months 1–2 are `anchored`'s plan: where the start is already
/// near the best plan (world-drift) more probing only costs.
enum ProbeRule {
    /// ln B from the anchors (ln K_i at the starting spends, nil where unknown) and the
    /// starting spends s: A's prior weight of ``ShapeHypotheses/logPriors`` (two-sided) over
    /// the agnostic hypotheses' together.
    static func logBayesFactor(anchors: [Double?], start: [Double]) -> Double {
        let centres = ShapeHypotheses.poolings.map { ShapeHypotheses.centres([start], pooling: $0) }
        let priors = ShapeHypotheses.logPriors(
            anchors: anchors, centres: centres, agnosticSD: AnchoredStrategy.agnosticSD, marginalSD: AnchoredStrategy.marginalSD)
        return priors[0] - ShapeHypotheses.logSumExp(Array(priors.dropFirst()))
    }

    /// Whether some channel's anchor puts its elasticity at s, `K/(s + K)`, at the upper clamp.
    static func hasSteepChannel(anchors: [Double?], start: [Double]) -> Bool {
        zip(anchors, start).contains { anchor, s in
            guard let anchor, s > 0 else { return false }
            let k = exp(anchor)
            return k / (s + k) >= AnchorPrior.elasticityRange.upperBound - 1e-9
        }
    }

    /// Whether to go on probing after month 0.
    static func probes(anchors: [Double?], start: [Double]) -> Bool {
        logBayesFactor(anchors: anchors, start: start) < 0 || hasSteepChannel(anchors: anchors, start: start)
    }
}
