import BudgetModel
import Optimizer

/// Turns a proposed plan into one that obeys a month's rules, changing it as little as
/// possible.
///
/// A proposal is first cleaned (negative or non-finite amounts become 0) and scaled to the
/// month's budget (`total`: to exactly the budget; `max`: down to it if above; all zeros:
/// an even split). If it then breaks no rule it is returned as it is. Otherwise the optimiser
/// finds the feasible plan x that maximises `Σ min(x_i, q_i)` for the proposal q: each
/// channel's "curve" is a line of slope 1 up to q_i and flat beyond (a `points` curve; a
/// channel proposed at 0 gets slope 0). With a `total` budget Σ x = Σ q = B, and then
/// `Σ min(x_i, q_i) = B − ½ Σ |x_i − q_i|`, so the result is a feasible plan at the **least
/// total absolute change** (L1 distance) from the proposal: money moves only where a rule
/// forces it. It is an LP (a MILP with `min_buy` or `buy_unit`), solved exactly.
public struct PlanProjector: Sendable {
    let optimizer: Optimizer

    public init(optimizer: Optimizer = Optimizer(options: Self.options)) {
        self.optimizer = optimizer
    }

    /// Exact (the problem is an LP on piecewise-linear curves); only the plan is used.
    public static var options: OptimizerOptions {
        var options = OptimizerOptions(tolerance: 1e-6)
        options.explainsRules = false
        return options
    }

    /// The feasible plan closest to `proposal`, and whether it had to be changed.
    ///
    /// - Throws: ``SimulationError/infeasible(month:reason:)`` (with `month` empty: the caller
    ///   knows it) when no plan satisfies the rules, ``SimulationError/solverFailed(_:)``.
    public func feasible(_ proposal: [Double], rules: Scenario) throws(SimulationError) -> (plan: [Double], repaired: Bool) {
        let plan = Self.scaled(proposal, to: rules.budget)
        if rules.violations(of: plan, described: false).isEmpty { return (plan, false) }
        var nearest = rules
        for i in nearest.channels.indices {
            nearest.channels[i].curve = plan[i] > 0
                ? .points([CurvePoint(x: 0, y: 0), CurvePoint(x: plan[i], y: plan[i])])
                : .linear(roi: 0)
        }
        do {
            let result = try optimizer.optimize(nearest)
            return (result.spend, true)
        } catch let error {
            switch error {
            case let .infeasible(conflict): throw .infeasible(month: "", reason: OptimizerError.infeasible(conflict: conflict).description)
            case let .solverFailed(message): throw .solverFailed(message)
            }
        }
    }

    /// The proposal cleaned and scaled to the budget (see the type's description).
    static func scaled(_ proposal: [Double], to budget: Budget?) -> [Double] {
        var plan = proposal.map { $0.isFinite ? max($0, 0) : 0 }
        let sum = plan.reduce(0, +)
        switch budget {
        case let .total(amount)?:
            if sum > 0 { plan = plan.map { $0 * amount / sum } } else { plan = plan.map { _ in amount / Double(plan.count) } }
        case let .atMost(amount)?:
            if sum > amount { plan = plan.map { $0 * amount / sum } }
        case nil:
            break
        }
        return plan
    }
}
