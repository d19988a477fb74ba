/// One strategy's months in one replicate.
public struct StrategyRun: Sendable, Equatable {
    public let strategy: StrategyKind
    /// What it spent, `[month][channel]` (after any repair).
    public var spend: [[Double]] = []
    /// The outcome each channel reported, `[month][channel]` (expected outcome with noise).
    public var outcome: [[Double]] = []
    /// The expected outcome of its spend on the month's true curves, `[month][channel]`.
    public var expected: [[Double]] = []
    /// The world's total outcome per month: baseline + Σ reported + the month's residual.
    public var total: [Double] = []
    /// The rules the spent plan broke, per month (messages; empty when none).
    public var violations: [[String]] = []
    /// Per month: whether the strategy's proposal broke a rule and was repaired.
    public var repaired: [Bool] = []

    public init(strategy: StrategyKind) {
        self.strategy = strategy
    }

    /// Σ over months and channels of the reported outcome.
    public var totalOutcome: Double { outcome.reduce(0) { $0 + $1.reduce(0, +) } }
    /// Σ over months and channels of the expected outcome.
    public var expectedOutcome: Double { expected.reduce(0) { $0 + $1.reduce(0, +) } }
    /// Σ over months and channels of spend.
    public var totalSpend: Double { spend.reduce(0) { $0 + $1.reduce(0, +) } }
    /// Rules broken, summed over months.
    public var violationCount: Int { violations.reduce(0) { $0 + $1.count } }
}

/// One Monte Carlo replicate: every strategy against the same noise draws.
public struct Replicate: Sendable, Equatable {
    /// 0-based position among the replicates.
    public let index: Int
    /// Its seed (the run's seed + index).
    public let seed: UInt64
    /// One run per strategy, in the options' order.
    public var runs: [StrategyRun]
    /// The oracle's plan's reported total outcome under this replicate's noise (for the
    /// realised regret, whether or not `oracle` is among the strategies).
    public var oracleOutcome: Double
}

/// Everything a simulation produced: the world, the settings, the oracle's plan, and every
/// replicate. ``SimulationSummary`` condenses it for reports.
public struct SimulationResult: Sendable {
    public let world: World
    public let options: SimulationOptions
    public let oracle: OraclePlan
    /// The oracle's expected total outcome (Σ months, channels), the yardstick of regret.
    public let oracleExpectedOutcome: Double
    /// The oracle's expected outcome per month.
    public let oracleExpectedByMonth: [Double]
    /// In replicate order.
    public let replicates: [Replicate]
}
