import BudgetModel
import Fitting
import Foundation
import Optimizer

/// `anchored`: learn each channel's *level* (and its drift) from the reports and the total, and
/// weigh two hypotheses about the curves' *shapes*: that the starting plan was chosen well
/// (the reverse optimisation of Black–Litterman, which takes the market's portfolio as the prior
/// for expected returns), or that nothing is known about them. The evidence of the months seen
/// decides between them.
///
/// 1. **One month at the starting plan** (scaled to the budget, unperturbed).
/// 2. **The anchor** (``AnchorPrior``, read once from that month): the half-saturation K_i at
///    which hill curves (shape 1) through each channel's ROI make the starting plan optimal.
/// 3. **Each month**, per channel, two ``SaturationLearner`` beliefs on the same data (level
///    with a trend, prior `N(0, 0.04²)` a month): **A**, `ln K ~ N(ln K_i, 0.15²)`, the shape
///    near the anchor; **0**, `ln K ~ N(ln x̄, 0.5²)` (x̄ the geometric mean spend: elasticity ½
///    at the usual spend). Their weight is the posterior probability of A over the whole plan,
///    from equal prior odds: `w = 1/(1 + exp(−Σ_i ln(Z_{A,i}/Z_{0,i})))`, Z the evidence of
///    channel i's reports under each prior (``AnchorPrior/logEvidence``).
/// 4. Every curve is multiplied by the channel's calibration factor c_i of ``TotalCalibration``
///    (the total outcome's regression on the reports; 1 until the months outnumber the
///    channels by two), and the plan maximises the expected outcome over the two hypotheses,
///    `Σ_i w·f_{A,i}(x_i) + (1 − w)·f_{0,i}(x_i)`, within the rules and the trust region
///    (``LearningCore``; the risk-aware optimiser with `risk: mean` over the two curves scaled
///    by 2w and 2(1 − w)).
///
/// Where the start is good (world-drift) the two priors explain the reports about equally well
/// and the plan moves half as far as the agnostic beliefs alone would; where the start is poor
/// (world-poor-start) the first moves contradict the anchor's shapes and w falls below 0.1
/// within about five months.
public struct AnchoredStrategy: Strategy {
    public let kind = StrategyKind.anchored
    var core: LearningCore
    var totals: [Double] = []
    /// ln K_i per channel, read after the first month.
    var anchors: [Double?]? = nil
    /// The weight of hypothesis A in each decided month (for tests and tracing).
    private(set) var weights: [Double] = []

    /// Months at the starting plan before the anchor is read.
    public static let warmupMonths = 1
    /// τ_A: the prior standard deviation of ln K around the anchor.
    public static let anchorSD = 0.15
    /// τ_0: the prior standard deviation of ln K around ln x̄ (hypothesis 0).
    public static let agnosticSD = 0.5
    /// The learners' prior standard deviation of the level's monthly trend.
    public static let trendPrior = 0.04

    public init(optimizer: Optimizer, trust: Double?, warmupRandom: SplitMix64) {
        core = LearningCore(
            learner: SaturationLearner(), optimizer: optimizer, warmup: Self.warmupMonths, jitter: 0, trust: trust,
            warmupRandom: warmupRandom)
        core.risk = .mean
    }

    public mutating func decide(month: Int, context: StrategyContext) throws(SimulationError) -> [Double] {
        if core.isWarmingUp(month) { return core.warmupPlan(context) }
        if anchors == nil { anchors = AnchorPrior.anchors(spend: core.log.spend, outcome: core.log.outcome) }
        let anchored = beliefs { i in AnchorPrior(centre: anchors?[i] ?? nil, sd: Self.anchorSD) }
        let agnostic = beliefs { _ in AnchorPrior(centre: nil, sd: Self.agnosticSD) }
        let w = weight(agnostic)
        weights.append(w)
        let calibration = TotalCalibration.fit(reports: core.log.outcome, totals: totals)
        let factors = calibration.factor.map { max($0, 0.05) }
        let curvesA = zip(core.curves(anchored) { $0.curve }, factors).map { $0.scaled(by: $1) }
        let curves0 = zip(core.curves(agnostic) { $0.curve }, factors).map { $0.scaled(by: $1) }
        return core.optimize(w >= 0.5 ? curvesA : curves0, context, draws: Self.mixtureDraws(curvesA, curves0, weight: w))
    }

    public mutating func observe(month: Int, spend: [Double], outcome: [Double], total: Double) {
        core.observe(spend: spend, outcome: outcome)
        totals.append(total)
    }

    /// Two draws per channel whose mean is `w·a_i + (1 − w)·b_i`: a_i scaled by 2w and b_i by
    /// 2(1 − w) (each at least 10⁻⁶ of itself), so that the risk-aware optimiser with
    /// `risk: mean` maximises the expected outcome over the two hypotheses.
    static func mixtureDraws(_ a: [Curve], _ b: [Curve], weight w: Double) -> [[Curve]] {
        a.indices.map { [a[$0].scaled(by: max(2 * w, 1e-6)), b[$0].scaled(by: max(2 * (1 - w), 1e-6))] }
    }

    /// One belief per channel under the prior `prior(i)`.
    private func beliefs(_ prior: (Int) -> AnchorPrior) -> [(any CurveBelief)?] {
        (0..<(core.log.spend.first?.count ?? 0)).map { i in
            var learner = SaturationLearner(slopePrior: Self.trendPrior, priorSD: prior(i).sd)
            learner.priorLogK = prior(i).centre
            let series = core.log.channel(i)
            return learner.learn(spend: series.spend, outcome: series.outcome)
        }
    }

    /// The posterior probability of hypothesis A from equal prior odds, the evidence summed over
    /// the channels that have an anchor (their grid and likelihood from hypothesis 0's learner).
    private func weight(_ agnostic: [(any CurveBelief)?]) -> Double {
        var logOdds = 0.0
        for i in agnostic.indices {
            guard let belief = agnostic[i] as? SaturationBelief, let anchor = anchors?[i] ?? nil else { continue }
            logOdds += AnchorPrior(centre: anchor, sd: Self.anchorSD).logEvidence(belief)
                - AnchorPrior(centre: nil, sd: Self.agnosticSD).logEvidence(belief)
        }
        return 1 / (1 + exp(-logOdds))
    }
}
