import BudgetModel
import Optimizer

/// The oracle's plan for every month: the best the true curves allow under the rules.
///
/// How it is found depends on whether rules link the months (a change limit or a lock makes
/// month t's options depend on month t − 1's plan):
/// - **monthly**: nothing links the months, so each month's best plan (the optimiser on the
///   month's true curves and rules) is also the best sequence. Proven within the tolerance.
/// - **horizon**: months are linked and the problem is an LP (concave curves, no `min_buy` or
///   `buy_unit`): one LP over all months at once (``HorizonProblem``), so the plan may move
///   early towards where later months want to be. Proven within the tolerance of the best
///   sequence of plans. Solved by the optimiser's column-generation route (as annual plans:
///   a warm-started master LP and a Lagrangian bound), 0.2 s instead of 4–5 s of CPU for the
///   simulation benchmark's 36 × 10 world. (There is no size cap: a 360-channel-month LP that GLPK once called
///   infeasible had a redundant budget row over all months; see ``HorizonProblem``.)
/// - **myopic**: months are linked and the problem needs integers (or the horizon LP fails):
///   the best plan month by month given the oracle's own previous month, each proven best for
///   its month. The sequence is not proven best, but on the example worlds
///   (Scenarios/world-*.yaml) it matches the horizon plan within 10⁻⁵ (a test checks it).
///
/// The plan does not depend on the seed: noise does not change what is best in expectation.
public struct OraclePlan: Sendable, Equatable {
    public enum Method: String, Sendable, Codable {
        case monthly, horizon, myopic
    }

    public let method: Method
    /// `[month][channel]`.
    public let spend: [[Double]]
    /// The largest proven relative optimality gap of the solves.
    public let gap: Double

    public init(method: Method, spend: [[Double]], gap: Double) {
        self.method = method
        self.spend = spend
        self.gap = gap
    }

    /// Plans the oracle for a world.
    ///
    /// - Parameter tolerance: The relative gap each solve must prove.
    /// - Throws: ``SimulationError/infeasible(month:reason:)`` naming the first month whose
    ///   rules admit no plan, ``SimulationError/solverFailed(_:)``.
    public static func plan(for world: World, tolerance: Double = 1e-5) throws(SimulationError) -> OraclePlan {
        let optimizer = Optimizer(options: OptimizerOptions(tolerance: tolerance))
        let linked = world.ruleTemplate.maxChange != nil
            || world.ruleTemplate.channels.contains { $0.maxChange != nil || $0.locked }
        if linked, !world.needsIntegers, world.months > 1 {
            var options = OptimizerOptions(tolerance: tolerance)
            options.allowAggregation = false
            options.columnGeneration = true
            if let plan = try? HorizonProblem(world: world).solve(Optimizer(options: options)),
               isFeasible(plan.spend, in: world) {
                return OraclePlan(method: .horizon, spend: plan.spend, gap: plan.gap)
            }
        }
        var spend: [[Double]] = []
        var gap = 0.0
        var previous = world.startingPlan
        for t in 0..<world.months {
            let rules = world.rules(month: t, previous: previous, curves: world.trueCurves(month: t))
            let result: OptimizationResult
            do { result = try optimizer.optimize(rules) } catch let error {
                throw SimulationError(error, month: world.monthLabels[t])
            }
            spend.append(result.spend)
            gap = max(gap, result.gap)
            previous = result.spend
        }
        return OraclePlan(method: linked ? .myopic : .monthly, spend: spend, gap: gap)
    }

    /// Whether every month of a plan sequence obeys its rules, each month anchored on the
    /// month before.
    static func isFeasible(_ spend: [[Double]], in world: World) -> Bool {
        var previous = world.startingPlan
        for t in spend.indices {
            guard world.rules(month: t, previous: previous).violations(of: spend[t]).isEmpty else { return false }
            previous = spend[t]
        }
        return true
    }
}

extension SimulationError {
    /// An optimiser error in a given month.
    init(_ error: OptimizerError, month: String) {
        switch error {
        case let .infeasible(conflict): self = .infeasible(month: month, reason: OptimizerError.infeasible(conflict: conflict).description)
        case let .solverFailed(message): self = .solverFailed("month \(month): \(message)")
        }
    }
}
