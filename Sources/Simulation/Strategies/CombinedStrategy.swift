import BudgetModel
import Fitting
import Foundation
import Optimizer

/// `combined`: one learner for worlds with and without S-shaped channels. It plays
/// ``AnchoredStrategy`` (concave shapes anchored on the starting plan, levels learned) until
/// the reports show a channel with increasing returns, and ``MediaMixStrategy`` (S-capable
/// curves planned several months ahead with a learning floor) from then on. The evidence for
/// an S is weighed each month, per channel, by Bayes' rule (``ShapeEvidence``).
///
/// 1. **Month 0: `media-mix`'s upward probe** of the channels below the average starting
///    share (last month's spend times 1 + the change limit, doubling without one, together at
///    most half the budget; ``MediaMixStrategy/warmupProbePlan(context:)``), the other channels
///    at the starting mix (unperturbed): a channel at the foot of an S shows its increasing
///    returns only when it moves, and on an S a month's lag is dear.
/// 2. **The anchor** is read from month 0 (``ProbedAnchor``): the half-saturations at which
///    hill curves through each channel's month-0 report make the *starting* plan optimal (the
///    probe's shift along each curve taken out). From it, ``ProbeRule`` decides whether the
///    probe goes on in months 1 and 2: only when the start fails `anchored`'s test (its ROIs
///    further apart than a well-chosen plan's, Bayes factor below 1) or some channel's return
///    is too low for a concave curve at the optimum (the foot of an S). Then the probed
///    channels keep climbing while the others share the rest of the budget as `anchored`'s plan
///    has them (``probeOnAnchored(month:context:)``); otherwise months 1 and 2 are `anchored`'s.
/// 3. **Each month after**, per channel, ``ShapeEvidence/probabilityOfS(_:anchor:)`` on the
///    `media-mix` learner's grid (hill shapes 1–3): the posterior probability that the channel
///    is S-shaped (shapes 2–3, `ln K ~ N(ln x̄, 2²)`) rather than concave (shape 1 under
///    `anchored`'s A and its prior at ln x̄), from even prior odds. When some channel's probability exceeds
///    ``threshold`` (strong evidence: a Bayes factor above 9) the month is `media-mix`'s plan,
///    otherwise `anchored`'s.
///
/// Both components observe every month (the same spends, reports and totals), so each plans
/// from all the data whichever of them planned the months before.
public struct CombinedStrategy: Strategy {
    public let kind = StrategyKind.combined
    var anchored: AnchoredStrategy
    var mediaMix: MediaMixStrategy
    /// Per decided month, each channel's probability of being S-shaped (tests and tracing).
    private(set) var probabilities: [[Double]] = []
    /// Per decided month, whose plan was proposed (tests and tracing).
    private(set) var followed: [StrategyKind] = []
    /// The starting plan scaled to month 0's budget (the plan the anchor takes as optimal).
    var startSpend: [Double] = []

    /// Months before the evidence for an S is first weighed (the probe's, when it goes on).
    public static let warmupMonths = 3
    /// Whether months 1–2 probe too (``ProbeRule``, read after month 0; nil before).
    private(set) var probes: Bool? = nil
    /// The probability of an S above which a channel makes the month `media-mix`'s.
    public static let threshold = 0.9

    /// - Parameters: as for ``AnchoredStrategy`` and ``MediaMixStrategy`` (whose warm-up is
    ///   ``warmupMonths``, its starting mix unperturbed).
    public init(
        optimizer: Optimizer, trust: Double?, warmupRandom: SplitMix64, draws: Int = 30, drawRandom: SplitMix64,
        settings: MediaMixSettings = MediaMixSettings()
    ) {
        anchored = AnchoredStrategy(optimizer: optimizer, trust: trust, warmupRandom: warmupRandom)
        mediaMix = MediaMixStrategy(
            optimizer: optimizer, warmup: Self.warmupMonths, jitter: 0, trust: trust, warmupRandom: warmupRandom, draws: draws,
            drawRandom: drawRandom, settings: settings)
    }

    public mutating func decide(month: Int, context: StrategyContext) throws(SimulationError) -> [Double] {
        let log = mediaMix.core.log
        if log.count == 0 {
            let total = context.startingPlan.reduce(0, +)
            startSpend = context.startingPlan.map { total > 0 ? $0 * context.budget / total : 0 }
            return mediaMix.warmupProbePlan(context: context)
        }
        if anchored.anchors == nil {
            anchored.read(AnchorMonth(spend: log.spend[0], outcome: log.outcome[0], start: startSpend))
            probes = ProbeRule.probes(anchors: anchored.anchors ?? [], start: startSpend)
        }
        if log.count < Self.warmupMonths, probes == true { return try probeOnAnchored(month: month, context: context) }
        if log.count < Self.warmupMonths { return try anchored.decide(month: month, context: context) }
        let chances = (0..<(log.spend.first?.count ?? 0)).map { i in
            let series = log.channel(i)
            guard let belief = MediaMixStrategy.learner.learn(spend: series.spend, outcome: series.outcome) as? SaturationBelief
            else { return 0.0 }
            return ShapeEvidence.probabilityOfS(belief, anchor: anchored.anchors?[i] ?? nil)
        }
        probabilities.append(chances)
        if chances.contains(where: { $0 > Self.threshold }) {
            followed.append(.mediaMix)
            return try mediaMix.decide(month: month, context: context)
        }
        followed.append(.anchored)
        return try anchored.decide(month: month, context: context)
    }

    /// `anchored`'s plan with the channels below the average starting share at `media-mix`'s
    /// probe: each at its probe spend, the other channels sharing the rest of the budget in
    /// proportion to `anchored`'s plan for them.
    mutating func probeOnAnchored(month: Int, context: StrategyContext) throws(SimulationError) -> [Double] {
        let probe = mediaMix.warmupProbePlan(context: context)
        var plan = try anchored.decide(month: month, context: context)
        let n = plan.count
        let startTotal = context.startingPlan.reduce(0, +)
        guard n > 1, startTotal > 0 else { return plan }
        let small = Set((0..<n).filter { context.startingPlan[$0] / startTotal < 1 / Double(n) && context.previous[$0] > 0 })
        let rest = context.budget - small.reduce(0) { $0 + probe[$1] }
        let others = (0..<n).filter { !small.contains($0) }
        let othersSum = others.reduce(0) { $0 + plan[$1] }
        guard !small.isEmpty, !others.isEmpty, othersSum > 0, rest > 0 else { return plan }
        for i in small { plan[i] = probe[i] }
        for i in others { plan[i] *= rest / othersSum }
        return plan
    }

    public mutating func observe(month: Int, spend: [Double], outcome: [Double], total: Double) {
        anchored.observe(month: month, spend: spend, outcome: outcome, total: total)
        mediaMix.observe(month: month, spend: spend, outcome: outcome, total: total)
    }
}

/// Whether a channel's reports show an S: Bayes' rule between the concave shapes `anchored`
/// believes and the S-shapes `media-mix` allows, on one learner's grid.
enum ShapeEvidence {
    /// The prior standard deviation of ln K for the S-shapes (`media-mix`'s).
    static let sPriorSD = 2.0

    /// The posterior probability that the channel is S-shaped, from even prior odds:
    ///
    ///     P(S) = Z_S / (Z_S + Z_C),
    ///     Z_S = ½ Σ_{s ∈ S} (1/|S|) Σ_j N(ln K_j; ln x̄, 2²) L_{s,j}        (S the shapes > 1)
    ///     Z_C = ½ [½ Σ_j N(ln K_j; ln K_a, τ_A²) L_{1,j} + ½ Σ_j N(ln K_j; ln x̄, τ_0²) L_{1,j}]
    ///
    /// over the belief's grid points j of ln K, `L = exp(−SSE/2σ²)` its likelihoods (the same σ²
    /// for every shape), K_a the anchor (without one, Z_C is hypothesis 0's alone) and τ_A, τ_0
    /// ``AnchoredStrategy``'s prior widths. Why these priors: the concave alternative is what
    /// `anchored` would plan on, so the channel leaves it only when the reports contradict it
    /// (a rise or fall of outcome faster than spend, which no shape-1 hill gives); where the
    /// data fit both, the narrower concave priors keep more of their mass near the data and
    /// win (Occam's factor). 0 when the belief has no S-shapes; ½ when it has no shape 1.
    static func probabilityOfS(_ belief: SaturationBelief, anchor: Double?) -> Double {
        let sShapes = Set(belief.grid.map(\.shape).filter { $0 != 1 })
        guard !sShapes.isEmpty else { return 0 }
        let centre = belief.logMeanSpend
        let sTerms = belief.grid.indices.filter { belief.grid[$0].shape != 1 }.map { j in
            AnchorPrior.logDensity(belief.grid[j].logK, centre, sPriorSD) - log(Double(sShapes.count)) + belief.logLikelihood[j]
        }
        let logZS = ShapeHypotheses.logSumExp(sTerms)
        let agnostic = AnchorPrior(centre: nil, sd: AnchoredStrategy.agnosticSD).logEvidence(belief)
        let logZC = anchor.map { ShapeHypotheses.logSumExp([log(0.5) + AnchorPrior(centre: $0, sd: AnchoredStrategy.anchorSD).logEvidence(belief), log(0.5) + agnostic]) }
            ?? agnostic
        guard logZS.isFinite || logZC.isFinite else { return 0.5 }
        return 1 / (1 + exp(logZC - logZS))
    }
}
