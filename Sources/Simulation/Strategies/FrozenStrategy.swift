/// `frozen`: the starting mix kept. Month t spends `B_t · s_i`, s the starting plan's shares
/// (an even split if the starting plan is all zero), repaired only if that breaks a rule.
public struct FrozenStrategy: Strategy {
    public let kind = StrategyKind.frozen

    public init() {}

    public mutating func decide(month: Int, context: StrategyContext) throws(SimulationError) -> [Double] {
        let total = context.startingPlan.reduce(0, +)
        guard total > 0 else { return context.startingPlan.map { _ in context.budget / Double(context.startingPlan.count) } }
        return context.startingPlan.map { context.budget * $0 / total }
    }
}
