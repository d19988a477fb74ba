/// `historical`: what was actually spent each month, rules or not. Its plans are never
/// repaired, so its violation count says how often the real plan broke the rules.
public struct HistoricalStrategy: Strategy {
    public let kind = StrategyKind.historical
    /// `[month][channel]`.
    let spend: [[Double]]

    public init(spend: [[Double]]) {
        self.spend = spend
    }

    public var repairsProposals: Bool { false }

    public mutating func decide(month: Int, context: StrategyContext) throws(SimulationError) -> [Double] {
        spend[month]
    }
}
