import Fitting
import Optimizer

/// `explorer`: Thompson sampling. Like `optimizer`, but each month every channel's curve is a
/// draw from the learner's uncertainty (``CurveBelief/sample(using:)``) instead of the best
/// guess, and the optimiser plans for the drawn curves. A channel whose curve is uncertain is
/// sometimes drawn generous and gets tried at spend levels the greedy strategy would never
/// choose; as the data pins its curve down the draws agree and exploring stops by itself.
public struct ExplorerStrategy: Strategy {
    public let kind = StrategyKind.explorer
    var core: LearningCore
    var random: SplitMix64

    /// - Parameters:
    ///   - random: The stream of the curve draws.
    ///   - others: As for ``OptimizerStrategy``.
    public init(
        learner: any CurveLearner, optimizer: Optimizer, warmup: Int, jitter: Double, trust: Double?, warmupRandom: SplitMix64,
        random: SplitMix64
    ) {
        core = LearningCore(
            learner: learner, optimizer: optimizer, warmup: warmup, jitter: jitter, trust: trust, warmupRandom: warmupRandom)
        self.random = random
    }

    public mutating func decide(month: Int, context: StrategyContext) throws(SimulationError) -> [Double] {
        if core.isWarmingUp(month) { return core.warmupPlan(context) }
        var draws = random
        let curves = core.curves(core.beliefs()) { $0.sample(using: &draws) }
        random = draws
        return core.optimize(curves, context)
    }

    public mutating func observe(month: Int, spend: [Double], outcome: [Double]) {
        core.observe(spend: spend, outcome: outcome)
    }
}
