import BudgetModel

/// How `media-mix` spends to learn: an upward probe of the small channels during the warm-up,
/// and a floor under a channel whose worth is still unsettled.
extension MediaMixStrategy {
    /// The warm-up plan with the small channels probed upwards.
    ///
    /// The perturbed starting plan (as `optimizer`'s), except that in every warm-up month each
    /// channel whose share of the starting plan is below the average share (1/n) gets last
    /// month's spend (the starting plan before month 0) times `1 + s` (s the smaller of the trust region and the channel's change
    /// limit), and the other channels share the rest of the budget in proportion to their
    /// perturbed plan. The probed channels together get at most half the budget: beyond it,
    /// their increases over the perturbed plan are scaled down (to none when the perturbed plan
    /// already gives them half). Why: a channel at the foot of an S-curve can only show its threshold by
    /// moving, and ±10% perturbations do not tell an S from a concave curve; a move down (what a
    /// concave belief does next) shows it too, but then the climb starts a month later and
    /// from lower. Moving a small channel up costs little on a concave curve (its marginal
    /// return is highest at low spend).
    mutating func warmupProbePlan(context: StrategyContext) -> [Double] {
        let plan = core.warmupPlan(context)
        let n = plan.count
        let startTotal = context.startingPlan.reduce(0, +)
        guard n > 1, startTotal > 0, context.budget > 0 else { return plan }
        let previousTotal = context.previous.reduce(0, +)
        let rescale = previousTotal > 0 ? context.budget / previousTotal : 1
        let small = (0..<n).filter { context.startingPlan[$0] / startTotal < 1 / Double(n) && context.previous[$0] > 0 }
        guard !small.isEmpty, small.count < n else { return plan }
        var probed = plan
        for i in small {
            let worldLimit = context.rules.channels[i].maxChange ?? context.rules.maxChange
            let step = settings.probeStep == .rules
                ? worldLimit ?? Self.unlimitedProbeStep
                : min(core.trust ?? Self.probeStep, worldLimit ?? core.trust ?? Self.probeStep)
            probed[i] = context.previous[i] * rescale * (1 + step)
        }
        // At most half the budget for the probed channels: their increases over the perturbed
        // plan are scaled down until it fits (to none when the perturbed plan already gives
        // them half), so the warm-up keeps its perturbations.
        var smallSum = small.reduce(0) { $0 + probed[$1] }
        let cap = 0.5 * context.budget
        if smallSum > cap {
            let planned = small.reduce(0) { $0 + plan[$1] }
            let increase = smallSum - planned
            let kept = planned >= cap || increase <= 0 ? 0 : (cap - planned) / increase
            for i in small { probed[i] = plan[i] + kept * (probed[i] - plan[i]) }
            smallSum = small.reduce(0) { $0 + probed[$1] }
        }
        let isSmall = Set(small)
        let others = (0..<n).filter { !isSmall.contains($0) }
        let othersSum = others.reduce(0) { $0 + plan[$1] }
        guard othersSum > 0 else { return plan }
        for i in others { probed[i] = plan[i] * (context.budget - smallSum) / othersSum }
        return probed
    }

    /// The probe's step when there is neither a trust region nor a change limit.
    static let probeStep = 0.3
    /// The probe's step with ``MediaMixSettings/ProbeStep/rules`` on a channel without a change
    /// limit: double.
    static let unlimitedProbeStep = 1.0

    /// The learning floor per channel: the spend it may not be cut below this month (0: none).
    ///
    /// A channel is **unsettled** when its draws disagree about what more spend would bring:
    /// the coefficient of variation of the draws' outcomes at twice the largest spend it has
    /// had exceeds ``unsettledSpread``. Such a channel is not cut below
    /// ``floorShare`` of its starting spend (scaled to this month's budget), nor below last
    /// month's spend when that is already lower: a channel cut to near nothing produces data
    /// that cannot show what it is worth, and the trust region cannot bring it back.
    func learningFloors(draws: [[Curve]], context: StrategyContext) -> [Double] {
        let startTotal = context.startingPlan.reduce(0, +)
        let scale = startTotal > 0 ? context.budget / startTotal : 0
        return draws.indices.map { i in
            let top = core.log.channel(i).spend.max() ?? 0
            guard draws[i].count >= 2, top > 0 else { return 0 }
            let values = draws[i].map { $0.outcome(2 * top) }
            let mean = values.reduce(0, +) / Double(values.count)
            guard mean > 0 else { return 0 }
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
            guard variance.squareRoot() / mean > Self.unsettledSpread else { return 0 }
            let current = context.rules.channels[i].current ?? 0
            return min(Self.floorShare * context.startingPlan[i] * scale, current)
        }
    }

    /// The draws' coefficient of variation above which a channel is unsettled.
    static let unsettledSpread = 0.25
    /// The share of its starting spend an unsettled channel keeps.
    static let floorShare = 0.5
}

