import BudgetModel
import Fitting
import Foundation
import Optimizer

/// `anchored`: learn each channel's *level* (and its drift) from the reports and the total, but
/// take the curves' *shapes* from the starting plan, read as a plan someone chose on purpose
/// (the reverse optimisation of Black–Litterman, which takes the market's portfolio as the
/// prior for expected returns).
///
/// 1. **Warm-up**: ``warmup`` (2) months at the starting mix scaled to the budget, unperturbed:
///    this strategy does not try to learn shapes from small moves, so perturbations only cost.
/// 2. **Anchor** (once, after the warm-up): with ROI_i = Σ reported / Σ spend over the warm-up
///    and x_i the channel's mean spend, the starting plan is optimal when every channel's
///    marginal ROI `e_i · ROI_i` equals one λ, e_i the curve's elasticity at x_i. So
///    `e_i = λ / ROI_i`, clamped to [0.05, 0.95], with λ such that the spend-weighted mean
///    elasticity is ½ (`Σ (x_i/B) e_i = ½`, the prior mean of the default learner):
///    `λ = ½ · B / Σ (x_i / ROI_i)` (B = Σ x_i). For a hill curve of shape 1,
///    `e = K/(x + K)`, so the anchor is `K_i = x_i · e_i / (1 − e_i)`.
/// 3. **Each month**: ``SaturationLearner`` per channel with the prior `ln K ~ N(ln K_i, 0.15²)`
///    (the shape stays near the anchor: single reports at 10% noise cannot tell elasticities
///    apart within the regret this costs) and a wide trend prior (5% a month: effectiveness
///    that drifts is followed within a few months), times the media-mix calibration factor
///    c_i of ``TotalCalibration`` (the total outcome's regression on the reports; 1 until
///    the months outnumber the channels by two); then the optimiser within the rules and the
///    trust region (``LearningCore``).
///
/// Where the starting plan is far from the best one (world-poor-start) the anchor is wrong
/// and this strategy stays near the start: it assumes what it cannot learn cheaply.
public struct AnchoredStrategy: Strategy {
    public let kind = StrategyKind.anchored
    var core: LearningCore
    var totals: [Double] = []
    /// ln K_i per channel, set after the warm-up.
    var anchors: [Double?]? = nil

    /// Months at the starting plan before the anchor is read.
    public static let warmupMonths = 2
    /// τ: the prior standard deviation of ln K around the anchor.
    public static let anchorSD = 0.15
    /// The learner's prior standard deviation of the level's monthly trend.
    public static let trendPrior = 0.05
    /// The spend-weighted mean elasticity the anchors are scaled to.
    public static let meanElasticity = 0.5

    public init(optimizer: Optimizer, trust: Double?, warmupRandom: SplitMix64) {
        core = LearningCore(
            learner: SaturationLearner(), optimizer: optimizer, warmup: Self.warmupMonths, jitter: 0, trust: trust,
            warmupRandom: warmupRandom)
    }

    public mutating func decide(month: Int, context: StrategyContext) throws(SimulationError) -> [Double] {
        if core.isWarmingUp(month) { return core.warmupPlan(context) }
        if anchors == nil { anchors = Self.anchors(spend: core.log.spend, outcome: core.log.outcome) }
        let calibration = TotalCalibration.fit(reports: core.log.outcome, totals: totals)
        let beliefs: [(any CurveBelief)?] = (0..<(core.log.spend.first?.count ?? 0)).map { i in
            var learner = SaturationLearner(slopePrior: Self.trendPrior, priorSD: Self.anchorSD)
            learner.priorLogK = anchors?[i] ?? nil
            let series = core.log.channel(i)
            return learner.learn(spend: series.spend, outcome: series.outcome)
        }
        let curves = core.curves(beliefs) { $0.curve }
        return core.optimize(zip(curves, calibration.factor).map { $0.scaled(by: max($1, 0.05)) }, context)
    }

    public mutating func observe(month: Int, spend: [Double], outcome: [Double], total: Double) {
        core.observe(spend: spend, outcome: outcome)
        totals.append(total)
    }

    /// ln K_i per channel at which hill curves of shape 1 through each channel's ROI make the
    /// plan `spend` (`[month][channel]`, averaged) optimal (see the type's description), over
    /// the channels with spend and outcome; nil for the others (their prior stays the learner's).
    static func anchors(spend: [[Double]], outcome: [[Double]]) -> [Double?] {
        let n = spend.first?.count ?? 0
        let x = (0..<n).map { i in spend.reduce(0) { $0 + $1[i] } }
        let y = (0..<n).map { i in outcome.reduce(0) { $0 + $1[i] } }
        let seen = (0..<n).filter { x[$0] > 0 && y[$0] > 0 }
        guard !seen.isEmpty else { return Array(repeating: nil, count: n) }
        let inverseROI = seen.reduce(0.0) { $0 + x[$1] * x[$1] / y[$1] }
        let lambda = meanElasticity * seen.reduce(0) { $0 + x[$1] } / inverseROI
        let months = Double(spend.count)
        return (0..<n).map { i in
            guard x[i] > 0, y[i] > 0 else { return nil }
            let e = min(max(lambda * x[i] / y[i], 0.05), 0.95)
            return log(x[i] / months * e / (1 - e))
        }
    }
}
