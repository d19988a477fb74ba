import BudgetModel
import Fitting
import Optimizer

/// `optimizer`: after a warm-up at the (perturbed) starting plan, refit every channel's curve
/// each month from the strategy's own months and spend what the optimiser finds best for
/// the best-guess curves, within the month's rules. Greedy: it never spends to learn.
public struct OptimizerStrategy: Strategy {
    public let kind = StrategyKind.optimizer
    var core: LearningCore

    /// - Parameters:
    ///   - learner: How curves are learned.
    ///   - optimizer: The optimiser (a loose tolerance such as 1e-3 is plenty: the fitted
    ///     curves are far less certain than that).
    ///   - warmup: Months at the perturbed starting plan before the first refit.
    ///   - jitter: Relative size of the warm-up perturbations.
    ///   - trust: The largest relative move per channel and month (see ``LearningCore``).
    ///   - warmupRandom: The warm-up stream (shared with `explorer`).
    ///   - risk: Plan for this measure over `draws` curves drawn from the beliefs (stream
    ///     `drawRandom`); nil: for the best-guess curves.
    public init(
        learner: any CurveLearner, optimizer: Optimizer, warmup: Int, jitter: Double, trust: Double?, warmupRandom: SplitMix64,
        risk: Risk? = nil, draws: Int = 30, drawRandom: SplitMix64 = SplitMix64(seed: 0, stream: 5)
    ) {
        core = LearningCore(
            learner: learner, optimizer: optimizer, warmup: warmup, jitter: jitter, trust: trust, warmupRandom: warmupRandom)
        core.risk = risk
        core.drawCount = draws
        core.drawRandom = drawRandom
    }

    public mutating func decide(month: Int, context: StrategyContext) throws(SimulationError) -> [Double] {
        if core.isWarmingUp(month) { return core.warmupPlan(context) }
        let beliefs = core.beliefs()
        return core.optimize(core.curves(beliefs) { $0.curve }, context, draws: core.planningDraws(beliefs))
    }

    public mutating func observe(month: Int, spend: [Double], outcome: [Double]) {
        core.observe(spend: spend, outcome: outcome)
    }
}
