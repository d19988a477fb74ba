import BudgetModel
import Localization
/// Settings of a simulation run.
public struct SimulationOptions: Sendable, Equatable {
    /// The strategies, in report order.
    public var strategies: [StrategyKind]
    /// Replicates (Monte Carlo samples of the noise), ≥ 1.
    public var seeds: Int
    /// The first replicate's seed; replicate k uses `seed + k`, so a replicate can be rerun on
    /// its own (`seeds: 1, seed: seed + k`) with identical results.
    public var seed: UInt64
    /// Months the learning strategies spend at the perturbed starting plan before their first
    /// refit (≥ 1).
    public var warmup: Int
    /// Relative size of the warm-up perturbations (0.1: each channel ±10%).
    public var warmupJitter: Double
    /// How `optimizer` and `explorer` learn curves.
    public var learner: LearnerKind
    /// The gap the learning strategies' optimiser must prove each month (loose: their curves
    /// are guesses).
    public var tolerance: Double
    /// The learning strategies' trust region: each channel moves at most this share of last
    /// month's spend, on top of the rules (nil: only the rules limit them).
    public var trust: Double?
    /// The gap the oracle's plan must prove.
    public var oracleTolerance: Double
    /// `rule-of-thumb`: the share of the worst channel's spend moved each month.
    public var ruleOfThumbShift: Double
    /// `proportional`: months of ROI it looks back over.
    public var proportionalWindow: Int
    /// `optimizer`: plan for this risk measure over curves drawn from the learner's beliefs
    /// (nil: for the best-guess curves).
    public var planRisk: Risk? = nil
    /// `optimizer` with ``planRisk``: curves drawn per channel and month (≥ 2).
    public var planDraws = 30
    /// `media-mix`'s measured choices.
    public var mediaMix = MediaMixSettings()

    public init(
        strategies: [StrategyKind] = [.frozen, .ruleOfThumb, .proportional, .optimizer, .explorer, .oracle],
        seeds: Int = 20, seed: UInt64 = 1, warmup: Int = 3, warmupJitter: Double = 0.1, learner: LearnerKind = .saturation,
        tolerance: Double = 1e-3, trust: Double? = 0.3, oracleTolerance: Double = 1e-5, ruleOfThumbShift: Double = 0.1, proportionalWindow: Int = 3
    ) {
        self.strategies = strategies
        self.seeds = seeds
        self.seed = seed
        self.warmup = warmup
        self.warmupJitter = warmupJitter
        self.learner = learner
        self.tolerance = tolerance
        self.trust = trust
        self.oracleTolerance = oracleTolerance
        self.ruleOfThumbShift = ruleOfThumbShift
        self.proportionalWindow = proportionalWindow
    }

    /// The strategies that make sense for a world: all of them with a history, all but
    /// `historical` otherwise; `media-mix` and `combined` only when asked for (`media-mix` costs
    /// about 100 times the CPU of `optimizer` per month, `combined` as much in a world with an
    /// S-shaped channel).
    public static func defaultStrategies(for world: World) -> [StrategyKind] {
        StrategyKind.allCases.filter { ![.mediaMix, .combined].contains($0) && ($0 != .historical || world.historicalSpend != nil) }
    }

    /// - Throws: ``SimulationError/invalidOptions(_:)`` naming the setting.
    public func validate(for world: World) throws(SimulationError) {
        guard !strategies.isEmpty else { throw .invalidOptions(tr(.simNoStrategy)) }
        guard Set(strategies).count == strategies.count else { throw .invalidOptions(tr(.simAStrategyTwice)) }
        if strategies.contains(.historical), world.historicalSpend == nil {
            throw .invalidOptions(tr(.simHistoricalNeedsHistory))
        }
        guard seeds >= 1 else { throw .invalidOptions(tr(.simSeeds)) }
        guard warmup >= 1 else { throw .invalidOptions(tr(.simWarmup)) }
        guard warmupJitter.isFinite, warmupJitter >= 0, warmupJitter < 1 else {
            throw .invalidOptions(tr(.simJitter))
        }
        guard tolerance > 0, tolerance < 1, oracleTolerance > 0, oracleTolerance < 1 else {
            throw .invalidOptions(tr(.simTolerance))
        }
        if let trust, !(trust.isFinite && trust > 0) { throw .invalidOptions(tr(.simTrust)) }
        guard ruleOfThumbShift > 0, ruleOfThumbShift < 1 else { throw .invalidOptions(tr(.simShift)) }
        guard proportionalWindow >= 1 else { throw .invalidOptions(tr(.simWindow)) }
        guard planDraws >= 2, planDraws <= 5000 else { throw .invalidOptions(tr(.simPlanDraws)) }
    }
}
