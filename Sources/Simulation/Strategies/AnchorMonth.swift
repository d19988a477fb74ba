import BudgetModel
import Foundation

/// The month ``AnchoredStrategy``'s hypothesis A is read from, and its anchor re-read as the
/// months show each channel's expected report there.
///
/// A says the starting plan was optimal for the ROIs the planner expected. One month's reports
/// estimate those with the reports' noise (10% in the example worlds: about 0.2 in ln K_i for
/// an elasticity near ½, wider than A's own prior of 0.15). Where a channel's level is steady,
/// every later month estimates the same expected report; where it drifts, only the month
/// itself does. So each month the report y_i is replaced by
///
///     ỹ_i = p_i · f̂_i(x_i) + (1 − p_i) · y_i,
///
/// x_i the month's spend, f̂_i the channel's curve learned under A's prior with a **steady**
/// level (its expected report at x_i, from all months so far), and p_i the steady level's
/// posterior weight (``LevelHypotheses``), and the anchor is read again from (x, ỹ). Units: x
/// and y in the world's currency per month; the anchors are ln K_i (K in currency per month).
struct AnchorMonth: Sendable, Equatable {
    /// The month's spend per channel.
    let spend: [Double]
    /// The month's reported outcome per channel.
    let outcome: [Double]
    /// The starting plan when the month was probed away from it (``ProbedAnchor``); nil when
    /// the month was spent at the starting plan itself (``AnchorPrior/anchors(spend:outcome:)``).
    let start: [Double]?

    /// ln K_i per channel from the month as reported.
    var anchors: [Double?] { anchors(reading: outcome) }

    /// ln K_i per channel from the month with each report replaced by
    /// `p_i · steadyFit_i(x_i) + (1 − p_i) · y_i` (a channel without a steady fit keeps y_i).
    func anchors(steadyFit: [Curve?], steadyWeights p: [Double]) -> [Double?] {
        var reading = outcome
        for i in reading.indices where i < steadyFit.count && i < p.count {
            guard let curve = steadyFit[i] else { continue }
            let expected: Double = curve.outcome(spend[i])
            guard expected.isFinite, expected > 0 else { continue }
            reading[i] = p[i] * expected + (1 - p[i]) * outcome[i]
        }
        return anchors(reading: reading)
    }

    private func anchors(reading: [Double]) -> [Double?] {
        guard let start else { return AnchorPrior.anchors(spend: [spend], outcome: [reading]) }
        return ProbedAnchor.anchors(spend: spend, outcome: reading, start: start)
    }
}
