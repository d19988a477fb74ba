import BudgetModel
import Fitting
import Foundation
import Optimizer

/// `anchored`: learn each channel's *level* (and its drift) from the reports and the total, and
/// weigh hypotheses about the curves' *shapes* by the evidence: that the starting plan was
/// chosen well (the reverse optimisation of Black–Litterman, which takes the market's portfolio
/// as the prior for expected returns), or one of three agnostic ones that differ in how much a
/// channel's spend tells about its saturation (``ShapeHypotheses``).
///
/// 1. **One month at the starting plan** (scaled to the budget, unperturbed).
/// 2. **The anchor** (``AnchorPrior``, read once from that month): the half-saturation K_i at
///    which hill curves (shape 1) through each channel's ROI make the starting plan optimal,
///    and the hypotheses' prior weights from how far apart that month's ROIs are
///    (``ShapeHypotheses/logPriors``: a plan that would need very unequal elasticities to be
///    optimal probably was not).
/// 3. **Each month**, per channel and hypothesis, a ``SaturationLearner`` belief on the same
///    data (level with a trend, prior `N(0, 0.04²)` a month, and one with a constant level,
///    weighed per channel by the evidence: ``LevelHypotheses``): **A**, `ln K ~ N(ln K_i, 0.15²)`;
///    **α = 1, ½, 0**, `ln K ~ N(α ln x̄_i + (1 − α) ln K̄, 0.5²)`. Their weights are the
///    posterior probabilities over the whole plan, `w_h ∝ P_h · Π_i Z_{h,i}`, Z the evidence of
///    channel i's reports under each prior (``AnchorPrior/logEvidence``).
/// 3a. **The anchor re-read** (``AnchorMonth``): after each decided month the anchor is read
///    again, each channel's report of the anchor month replaced by `p_i · f̂_i + (1 − p_i) · y_i`
///    (f̂_i its expected report there under A with a steady level, p_i the steady level's weight),
///    so that a steady channel's anchor rests on every month, not on one month's noise.
/// 4. Every curve is multiplied by the channel's calibration factor c_i of ``TotalCalibration``
///    (the total outcome's regression on the reports; 1 until the months outnumber the
///    channels by two), and the plan maximises the expected outcome over the hypotheses,
///    `Σ_h w_h Σ_i f_{h,i}(x_i)`, within the rules and the trust region (``LearningCore``; the
///    risk-aware optimiser with `risk: mean` over one curve per hypothesis scaled by 4w_h).
///
/// Where the start is good (world-drift) A keeps most of the weight and the plan follows the
/// drifting levels; where it is poor (world-poor-start) its ROIs rule A out from the start and
/// the agnostic hypotheses share the weight as the evidence says.
public struct AnchoredStrategy: Strategy {
    public let kind = StrategyKind.anchored
    var core: LearningCore
    var totals: [Double] = []
    /// ln K_i per channel, read after the first month.
    var anchors: [Double?]? = nil
    /// The month the anchors are read from, re-read every decided month (``AnchorMonth``); nil
    /// when anchors were set from outside without one (then they stay as set).
    var anchorMonth: AnchorMonth? = nil
    /// The log prior weights of A and of each agnostic hypothesis, read in the first decided
    /// month from the anchors (set with them, or before, by a strategy that uses this one).
    var logPriors: [Double] = []
    /// The weight of hypothesis A in each decided month (for tests and tracing).
    private(set) var weights: [Double] = []
    /// The weights of all hypotheses (A, then α = 1, ½, 0) in each decided month.
    private(set) var hypothesisWeights: [[Double]] = []
    /// Each channel's weight of a steady level (``LevelHypotheses``) in each decided month.
    private(set) var steadyWeights: [[Double]] = []

    /// Months at the starting plan before the anchor is read.
    public static let warmupMonths = 1
    /// τ_A: the prior standard deviation of ln K around the anchor.
    public static let anchorSD = 0.15
    /// τ₀: the prior standard deviation of ln K of the agnostic hypotheses.
    public static let agnosticSD = 0.5
    /// The learners' prior standard deviation of the level's monthly trend.
    public static let trendPrior = 0.04
    /// s: how far the log marginal ROIs of a plan chosen without regard to the margins scatter
    /// (as far as the agnostic hypotheses' log elasticities, τ₀), for the prior weight of A.
    public static let marginalSD = 0.5
    /// Whether the first month's ROIs may only lower A's prior weight (at most ½;
    /// ``ShapeHypotheses/logPriors``' `oneSided`).
    public static let oneSidedOdds = false
    /// Whether the anchor is re-read each month from the steady levels (``AnchorMonth``).
    public static let rereadsAnchor = true

    public init(optimizer: Optimizer, trust: Double?, warmupRandom: SplitMix64) {
        core = LearningCore(
            learner: SaturationLearner(), optimizer: optimizer, warmup: Self.warmupMonths, jitter: 0, trust: trust,
            warmupRandom: warmupRandom)
        core.risk = .mean
    }

    public mutating func decide(month: Int, context: StrategyContext) throws(SimulationError) -> [Double] {
        if core.isWarmingUp(month) { return core.warmupPlan(context) }
        let centres = ShapeHypotheses.poolings.map { ShapeHypotheses.centres(core.log.spend, pooling: $0) }
        // The anchors may have been set by a strategy that uses this one (read from another month).
        if anchors == nil, let spend = core.log.spend.first, let outcome = core.log.outcome.first {
            read(AnchorMonth(spend: spend, outcome: outcome, start: nil))
        }
        if logPriors.count != centres.count + 1 {
            logPriors = ShapeHypotheses.logPriors(
                anchors: anchors ?? [], centres: centres, agnosticSD: Self.agnosticSD, marginalSD: Self.marginalSD,
                oneSided: Self.oneSidedOdds)
        }
        let n = core.log.spend.first?.count ?? 0
        let priors = [(0..<n).map { AnchorPrior(centre: anchors?[$0] ?? nil, sd: Self.anchorSD) }]
            + centres.map { c in c.map { AnchorPrior(centre: $0, sd: Self.agnosticSD) } }
        let beliefSets = priors.map { beliefs($0, LevelHypotheses.drifting) }
        let w = ShapeHypotheses.posterior(logPriors: logPriors, logEvidence: priors.map { evidence($0, on: beliefSets[1]) })
        weights.append(w[0])
        hypothesisWeights.append(w)
        let factors = TotalCalibration.fit(reports: core.log.outcome, totals: totals).factor.map { max($0, 0.05) }
        let calibrated = { (set: [(any CurveBelief)?]) in zip(core.curves(set) { $0.curve }, factors).map { $0.scaled(by: $1) } }
        let curves = beliefSets.map(calibrated)
        let likeliest = w.indices.max { w[$0] < w[$1] } ?? 0
        // Each channel's level: drifting or steady, weighed by the evidence under the α = 1 prior.
        let steadySets = priors.map { beliefs($0, LevelHypotheses.steady) }
        let steady = (0..<n).map { i in
            LevelHypotheses.steadyWeight(drifting: beliefSets[1][i], steady: steadySets[1][i], prior: priors[1][i])
        }
        steadyWeights.append(steady)
        let steadyCurves = steadySets.map(calibrated)
        if Self.rereadsAnchor, let month = anchorMonth {
            let fit = steadySets[0].map { $0?.curve }
            anchors = month.anchors(steadyFit: fit, steadyWeights: steady)
        }
        return core.optimize(
            curves[likeliest], context,
            draws: Self.mixtureDraws(
                LevelHypotheses.split(drifting: curves, steady: steadyCurves, steadyWeights: steady), weights: (w + w).map { $0 / 2 }))
    }

    /// Reads the anchors from `month` (as reported), and re-reads them from it every month.
    mutating func read(_ month: AnchorMonth) {
        anchorMonth = month
        anchors = month.anchors
    }

    public mutating func observe(month: Int, spend: [Double], outcome: [Double], total: Double) {
        core.observe(spend: spend, outcome: outcome)
        totals.append(total)
    }

    /// One draw per hypothesis and channel whose mean is `Σ_h w_h·f_{h,i}`: f_{h,i} scaled by
    /// H·w_h (H hypotheses; each at least 10⁻⁶ of itself), so that the risk-aware optimiser with
    /// `risk: mean` maximises the expected outcome over the hypotheses.
    static func mixtureDraws(_ curves: [[Curve]], weights w: [Double]) -> [[Curve]] {
        let count = Double(curves.count)
        return (curves.first ?? []).indices.map { i in curves.indices.map { curves[$0][i].scaled(by: max(count * w[$0], 1e-6)) } }
    }

    /// One belief per channel under the priors (one per channel).
    private func beliefs(_ priors: [AnchorPrior], _ level: LevelHypotheses.Model) -> [(any CurveBelief)?] {
        priors.indices.map { i in
            var learner = SaturationLearner(
                levelDrift: level.levelDrift, slopeDrift: level.slopeDrift, slopePrior: level.slopePrior, priorSD: priors[i].sd)
            learner.priorLogK = priors[i].centre
            let series = core.log.channel(i)
            return learner.learn(spend: series.spend, outcome: series.outcome)
        }
    }

    /// `Σ_i ln Z_i` under the priors (one per channel), over the channels that have an anchor,
    /// on the grids and likelihoods of `reference` (the α = 1 learner's run).
    private func evidence(_ priors: [AnchorPrior], on reference: [(any CurveBelief)?]) -> Double {
        var total = 0.0
        for i in reference.indices {
            guard let belief = reference[i] as? SaturationBelief, (anchors?[i] ?? nil) != nil else { continue }
            total += priors[i].logEvidence(belief)
        }
        return total
    }
}
