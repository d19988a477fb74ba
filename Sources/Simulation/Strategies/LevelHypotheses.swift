import BudgetModel
import Foundation

/// Whether a channel's level drifts: ``AnchoredStrategy``'s two models of the level ℓ_t = ln β_t
/// of ``SaturationLearner``, weighed channel by channel by the evidence of its reports.
///
/// - **drifting** (the default learner's): the level takes random steps of δ = 0.02 a month
///   and follows a trend with prior `N(0, 0.04²)` a month (ω = 0.005);
/// - **steady**: the level is constant (δ = ω = 0, no trend): every month's report counts
///   towards it alike, so the plan follows the reports' noise less.
///
/// The evidence of model d for a channel's reports under a prior π on ln K (the Kalman
/// filter's prediction errors v_k with variances S_k, σ² each model's own estimate):
///
///     ln Z_d = ln Σ_j π(ln K_j) · exp(−SSE_j(d) / 2σ_d²) − ½ Σ_{k ≥ 1} ln S_k(d),
///
/// and with even prior odds the steady model's weight is `1 / (1 + exp(ln Z_drifting − ln Z_steady))`.
/// (The SSE term is the learner's own, ``SaturationBelief/logLikelihood`` from its last pass;
/// S_k uses the run's final σ², ``SaturationBelief/noiseVariance``: the two differ by one
/// re-estimate of σ², a plug-in approximation either way.)
enum LevelHypotheses {
    /// A level model's (δ, ω, b₀).
    struct Model: Equatable {
        let levelDrift: Double
        let slopeDrift: Double
        let slopePrior: Double
    }

    static let drifting = Model(levelDrift: 0.02, slopeDrift: 0.005, slopePrior: AnchoredStrategy.trendPrior)
    static let steady = Model(levelDrift: 0, slopeDrift: 0, slopePrior: 0)

    /// `ln Z_d` of a belief learned with model d, under `prior`.
    static func logEvidence(_ belief: SaturationBelief, prior: AnchorPrior) -> Double {
        let model = belief.model
        let gains = LevelGains(
            months: model.points.map(\.t), noise: model.noise, drift: model.drift, slopeDrift: model.slopeDrift,
            slopePrior: model.slopePrior)
        return prior.logEvidence(belief) - 0.5 * gains.logDeterminant
    }

    /// The steady model's weight from the two evidences (even prior odds); ½ without evidence.
    static func steadyWeight(drifting: Double, steady: Double) -> Double {
        guard drifting.isFinite, steady.isFinite else { return 0.5 }
        return 1 / (1 + exp(drifting - steady))
    }
}

extension LevelHypotheses {
    /// The steady model's weight for one channel from its beliefs under both models (the same
    /// prior); ½ when either is missing.
    static func steadyWeight(drifting: (any CurveBelief)?, steady: (any CurveBelief)?, prior: AnchorPrior) -> Double {
        guard let d = drifting as? SaturationBelief, let s = steady as? SaturationBelief else { return 0.5 }
        return steadyWeight(drifting: logEvidence(d, prior: prior), steady: logEvidence(s, prior: prior))
    }

    /// The curves of every shape hypothesis twice, drifting then steady, each channel's scaled by
    /// twice its model's weight (at least 10⁻⁶): with half of each hypothesis's weight on each
    /// copy, ``AnchoredStrategy/mixtureDraws(_:weights:)`` then averages
    /// `Σ_h w_h [(1 − p_i) f^drifting_{h,i} + p_i f^steady_{h,i}]`, p_i the steady weight.
    static func split(drifting: [[Curve]], steady: [[Curve]], steadyWeights p: [Double]) -> [[Curve]] {
        drifting.map { c in c.indices.map { c[$0].scaled(by: max(2 * (1 - p[$0]), 1e-6)) } }
            + steady.map { c in c.indices.map { c[$0].scaled(by: max(2 * p[$0], 1e-6)) } }
    }
}
