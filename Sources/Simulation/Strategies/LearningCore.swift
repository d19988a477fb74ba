import BudgetModel
import Fitting
import Optimizer

/// What the `optimizer` and `explorer` strategies share: the warm-up, the refit of every
/// channel's curve from the strategy's own months, and the optimisation of a month's rules
/// over believed curves.
///
/// **Warm-up.** For the first ``warmup`` months the plan is the starting mix scaled to the
/// budget with each channel multiplied by `1 + j·u`, u uniform in [−1, 1] (j = ``jitter``,
/// 10%): small perturbations, so that a channel's spend varies and its elasticity can be
/// estimated (at a single spend level only the prior speaks). The draws come from one
/// stream per replicate shared by both strategies, so their warm-ups are identical.
///
/// **Refit.** Each month after the warm-up, every channel's curve is learned from all months
/// the strategy has seen (``CurveLearner``). A channel the strategy has never spent on (no
/// data) is believed average: a constant-elasticity curve (e = 0.5) giving the pooled ROI of
/// the other channels at their mean spend.
///
/// **Trust region.** A learned curve is only trusted near the spends it was learned from, so
/// the optimiser may move each channel at most ``trust`` (30%) from last month's spend
/// (rescaled to the budget), on top of the world's rules: a channel's change limit becomes the
/// smaller of its own and the trust. Without it, a concave belief about an S-shaped channel
/// can send all its money elsewhere in one month. If the tightened rules admit no plan, the
/// world's rules are used alone.
struct LearningCore {
    let learner: any CurveLearner
    let optimizer: Optimizer
    let warmup: Int
    let jitter: Double
    /// The largest relative move per channel and month the strategy allows itself; nil: none.
    let trust: Double?
    var warmupRandom: SplitMix64
    var log = ObservationLog()
    /// Risk-aware planning (nil: plan for the best-guess curves): the month's plan maximises
    /// this measure over ``drawCount`` curves drawn from each channel's belief.
    var risk: Risk? = nil
    var drawCount = 30
    /// The stream of the planning draws (its own, so the warm-up is unchanged).
    var drawRandom = SplitMix64(seed: 0, stream: 5)

    /// Whether month `month` is a warm-up month.
    func isWarmingUp(_ month: Int) -> Bool { month < warmup || log.count == 0 }

    /// The warm-up plan: the starting mix, perturbed.
    mutating func warmupPlan(_ context: StrategyContext) -> [Double] {
        let total = context.startingPlan.reduce(0, +)
        return context.startingPlan.map { spend in
            let u = 2 * warmupRandom.nextUniform() - 1
            let share = total > 0 ? spend / total : 1 / Double(context.startingPlan.count)
            return context.budget * share * (1 + jitter * u)
        }
    }

    /// One belief per channel from the strategy's months (nil where there is no data).
    func beliefs() -> [(any CurveBelief)?] { beliefs(learner: learner) }

    /// One belief per channel by another learner.
    func beliefs(learner: any CurveLearner) -> [(any CurveBelief)?] {
        (0..<(log.spend.first?.count ?? 0)).map { i in
            let series = log.channel(i)
            return learner.learn(spend: series.spend, outcome: series.outcome)
        }
    }

    /// Curves for every channel: `pick` for channels with a belief, the average fallback otherwise.
    func curves(_ beliefs: [(any CurveBelief)?], pick: (any CurveBelief) -> Curve) -> [Curve] {
        var spend = 0.0, outcome = 0.0, channels = 0.0
        for i in beliefs.indices where beliefs[i] != nil {
            let series = log.channel(i)
            spend += series.spend.reduce(0, +)
            outcome += series.outcome.reduce(0, +)
            channels += 1
        }
        let months = Double(max(log.count, 1))
        let meanSpend = channels > 0 ? spend / channels / months : 1
        let roi = spend > 0 ? max(outcome / spend, 1e-9) : 1
        // β·x̄^0.5 = ROI·x̄  ⇒  β = ROI·√x̄.
        let fallback = Curve.power(beta: roi * meanSpend.squareRoot(), exponent: 0.5)
        return beliefs.map { $0.map(pick) ?? fallback }
    }

    /// ``drawCount`` curves per channel from its belief (none for a channel without one, which
    /// keeps its fallback curve in every draw); empty without ``risk``.
    mutating func planningDraws(_ beliefs: [(any CurveBelief)?]) -> [[Curve]] {
        guard risk != nil, drawCount >= 2 else { return [] }
        var random = drawRandom
        defer { drawRandom = random }
        return beliefs.map { belief in belief.map { b in (0..<drawCount).map { _ in b.sample(using: &random) } } ?? [] }
    }

    /// The best plan for the month's rules if `curves` were true — or, with `draws`, the plan
    /// best for ``risk`` over them (``Optimizer`` takes the risk path); the previous plan (to be
    /// repaired) when the optimiser finds none.
    func optimize(_ curves: [Curve], _ context: StrategyContext, draws: [[Curve]] = []) -> [Double] {
        let scenario = problem(curves, context, draws: draws)
        if let trust {
            var trusted = scenario
            for i in trusted.channels.indices {
                trusted.channels[i].maxChange = min(trusted.channels[i].maxChange ?? trusted.maxChange ?? trust, trust)
            }
            if let result = try? optimizer.optimize(trusted) { return result.spend }
        }
        guard let result = try? optimizer.optimize(scenario) else { return context.rules.channels.map { $0.current ?? 0 } }
        return result.spend
    }

    /// The same plan for rules that already hold the strategy's trust region (nil when they
    /// admit none: the world's rules are then not tried alone).
    func optimizeTrusted(_ curves: [Curve], _ context: StrategyContext, draws: [[Curve]] = []) -> [Double]? {
        (try? optimizer.optimize(problem(curves, context, draws: draws)))?.spend
    }

    /// The month's rules with the believed curves (and draws, with ``risk``).
    private func problem(_ curves: [Curve], _ context: StrategyContext, draws: [[Curve]]) -> Scenario {
        var scenario = context.rules
        for i in scenario.channels.indices { scenario.channels[i].curve = curves[i] }
        if let risk, draws.contains(where: { !$0.isEmpty }) {
            scenario.risk = risk
            for i in scenario.channels.indices { scenario.channels[i].draws = draws[i] }
        }
        return scenario
    }

    mutating func observe(spend: [Double], outcome: [Double]) {
        log.append(spend: spend, outcome: outcome)
    }
}
