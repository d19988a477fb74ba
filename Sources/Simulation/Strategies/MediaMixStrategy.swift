import BudgetModel
import Fitting
import Optimizer

/// `media-mix`: a learner that can see S-shaped channels and biased reports, and plans over
/// its uncertainty several months ahead.
///
/// Warm-up: the perturbed starting plan (as `optimizer`'s) with the channels below the
/// average starting share probed upwards each month (``warmupProbePlan(context:)``; by the
/// change limit, doubling where there is none: ``MediaMixSettings/probeStep``). Each month
/// after it:
/// 1. **Shapes from the reports.** Every channel's curve is learned from its reported outcomes
///    by ``SaturationLearner`` over hill shapes 1, 2 and 3 (as `threshold`, with a wider prior
///    on K: ``learner``), so a channel may be S-shaped; its level may drift. A channel whose
///    draws are (nearly all) concave is planned on its concave draws, or, with
///    ``MediaMixSettings/ConcaveChannels/optimizer``, on the concave learner's beliefs
///    (``concaveLearner``, `optimizer`'s: shape 1, the narrower prior on K; session 6's choice,
///    which did not hold up on held-out seeds).
/// 2. **Scale from the total.** The media-mix regression of the total outcome on the channels'
///    reports (``TotalCalibration``) says how much of each channel's reported outcome is real
///    (`c_i`, 1/(1 + bias)); each believed curve and draw is multiplied by it. This is the one
///    place where a platform's over-reporting shows: the reports alone cannot reveal it.
/// 3. **Plan over the beliefs.** ``draws`` curves per channel (a draw of the curve times a draw
///    of `c_i`) go to the risk-aware optimiser with `risk: mean` over the next ``horizon``
///    months (``LookaheadPlan``), within the month's rules tightened by the trust region (each
///    channel moves at most ``trust`` a month, as for `optimizer`, or up to 75% where its draws
///    agree on what the move would do: ``evidenceTrust(draws:previous:base:agreement:)``; where
///    the world sets no change limit, up to that step above the largest spend seen:
///    ``trustRegion(_:draws:context:)``) and by the learning floor
///    (a channel whose draws still disagree is not cut below half its starting spend:
///    ``learningFloors(draws:context:)``); month 0's plan is spent.
///    When every best-guess curve is concave, a climb pays month by month and the one-month
///    plan is used instead (as `optimizer --plan-risk mean`, much cheaper); it is
///    also the fallback when the several-month plan fails.
public struct MediaMixStrategy: Strategy {
    public let kind = StrategyKind.mediaMix
    var core: LearningCore
    /// Each month's total outcome, as observed.
    var totals: [Double] = []
    let horizon: Int
    /// The optimiser of the several-month plans: the learning strategies' tolerance, at most
    /// ``lookaheadSeconds`` per solve (the best plan so far is used when it runs out).
    let lookaheadOptimizer: Optimizer
    static let lookaheadSeconds = 5.0
    let settings: MediaMixSettings

    /// - Parameters:
    ///   - horizon: Months planned ahead (≥ 1; 1 is a one-month plan).
    ///   - draws: Curves drawn per channel and month (≥ 2).
    ///   - drawRandom: The stream of those draws.
    ///   - others: As for ``OptimizerStrategy``.
    public init(
        optimizer: Optimizer, warmup: Int, jitter: Double, trust: Double?, warmupRandom: SplitMix64, horizon: Int = 4,
        draws: Int = 30, drawRandom: SplitMix64, settings: MediaMixSettings = MediaMixSettings()
    ) {
        self.settings = settings
        core = LearningCore(
            learner: Self.learner, optimizer: optimizer, warmup: warmup, jitter: jitter, trust: trust,
            warmupRandom: warmupRandom)
        core.risk = .mean
        core.drawCount = draws
        core.drawRandom = drawRandom
        self.horizon = max(horizon, 1)
        var options = optimizer.options
        options.timeLimit = Self.lookaheadSeconds
        options.allowAggregation = false
        lookaheadOptimizer = Optimizer(options: options)
    }

    public mutating func decide(month: Int, context: StrategyContext) throws(SimulationError) -> [Double] {
        if core.isWarmingUp(month) { return warmupProbePlan(context: context) }
        let beliefs = core.beliefs()
        let calibration = TotalCalibration.fit(reports: core.log.outcome, totals: totals)
        var curves = scaled(core.curves(beliefs) { $0.curve }, calibration)
        var draws = calibratedDraws(beliefs, calibration)
        // The channels whose draws are concave may be planned on the concave learner's beliefs.
        var concaveCurves: [Curve] = [], concaveDraws: [[Curve]] = []
        if settings.concaveChannels == .optimizer {
            let concaveBeliefs = core.beliefs(learner: Self.concaveLearner)
            concaveCurves = scaled(core.curves(concaveBeliefs) { $0.curve }, calibration)
            concaveDraws = calibratedDraws(concaveBeliefs, calibration)
        }
        // A channel is planned as possibly S-shaped only if enough of its draws say so.
        var possiblyS = false
        for i in draws.indices where !draws[i].isEmpty {
            let concave = draws[i].filter(\.isConcave)
            if Double(draws[i].count - concave.count) >= Self.thresholdShare * Double(draws[i].count) {
                possiblyS = true
            } else if i < concaveDraws.count, !concaveDraws[i].isEmpty {
                curves[i] = concaveCurves[i]
                draws[i] = concaveDraws[i]
            } else {
                let kept = concave.isEmpty ? [curves[i]] : concave
                draws[i] = draws[i].indices.map { kept[$0 % kept.count] }  // as many as the others
            }
        }
        var floored = context.rules
        for (i, floor) in learningFloors(draws: draws, context: context).enumerated() where floor > 0 {
            floored.channels[i].min = max(floored.channels[i].min ?? 0, floor)
        }
        var (rules, firstMonth) = trustRegion(floored, draws: draws, context: context)
        // With concave beliefs a climb pays month by month: the one-month plan is enough.
        if horizon > 1, possiblyS || !curves.allSatisfy(\.isConcave),
           let plan = LookaheadPlan(months: horizon, optimizer: lookaheadOptimizer).plan(
               rules: rules, curves: curves, draws: draws, firstMonth: firstMonth) {
            return plan
        }
        let flooredContext = StrategyContext(
            month: context.month, budget: context.budget, rules: floored, previous: context.previous, startingPlan: context.startingPlan)
        guard core.trust != nil else { return core.optimize(curves, flooredContext, draws: draws) }
        for (i, range) in firstMonth.enumerated() {
            guard let range else { continue }
            (rules.channels[i].maxChange, rules.channels[i].min, rules.channels[i].max) = (nil, range.lowerBound, range.upperBound)
        }
        let trustedContext = StrategyContext(
            month: context.month, budget: context.budget, rules: rules, previous: context.previous, startingPlan: context.startingPlan)
        return core.optimizeTrusted(curves, trustedContext, draws: draws) ?? core.optimize(curves, flooredContext, draws: draws)
    }

    /// The learner of the channels whose draws are concave: ``SaturationLearner``'s default
    /// (hill shape 1, ln K ~ N(ln x̄, 1)), as `optimizer`'s.
    static let concaveLearner = SaturationLearner()

    /// Each curve times its channel's calibration factor (at least ``smallestFactor``).
    func scaled(_ curves: [Curve], _ calibration: TotalCalibration) -> [Curve] {
        zip(curves, calibration.factor).map { $0.scaled(by: max($1, Self.smallestFactor)) }
    }

    /// ``SaturationLearner`` over hill shapes 1–3 with a wide prior on the half-saturation
    /// (ln K ~ N(ln x̄, 2²)): a channel at the foot of its S may have its threshold far above
    /// what it spends now.
    static var learner: SaturationLearner {
        var learner = SaturationLearner(priorSD: 2)
        learner.shapes = [1, 2, 3]
        return learner
    }

    /// The share of a channel's draws that must be S-shaped for the channel to be planned as
    /// possibly S-shaped; below it, only its concave draws are kept.
    static let thresholdShare = 0.2

    /// The smallest calibration factor used: a channel is never believed to produce nothing.
    static let smallestFactor = 0.05

    /// ``LearningCore/planningDraws(_:)``, each draw scaled by a draw of its channel's `c_i`.
    mutating func calibratedDraws(_ beliefs: [(any CurveBelief)?], _ calibration: TotalCalibration) -> [[Curve]] {
        let raw = core.planningDraws(beliefs)
        var random = core.drawRandom
        defer { core.drawRandom = random }
        return raw.enumerated().map { i, curves in
            curves.map { curve in
                let c = calibration.factor[i] + calibration.spread[i] * random.nextGaussian()
                return curve.scaled(by: max(c, Self.smallestFactor))
            }
        }
    }

    public mutating func observe(month: Int, spend: [Double], outcome: [Double]) {
        core.observe(spend: spend, outcome: outcome)
    }

    public mutating func observe(month: Int, spend: [Double], outcome: [Double], total: Double) {
        observe(month: month, spend: spend, outcome: outcome)
        totals.append(total)
    }
}
