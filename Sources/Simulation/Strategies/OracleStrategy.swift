/// `oracle`: knows the true curves of every month and plays the ``OraclePlan`` worked out
/// once for the world (it does not depend on the seed: noise does not change what is best in
/// expectation). The best possible, and the yardstick of regret.
public struct OracleStrategy: Strategy {
    public let kind = StrategyKind.oracle
    let plan: OraclePlan

    public init(plan: OraclePlan) {
        self.plan = plan
    }

    public mutating func decide(month: Int, context: StrategyContext) throws(SimulationError) -> [Double] {
        plan.spend[month]
    }
}
