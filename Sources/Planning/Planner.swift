import BudgetModel
import Optimizer
import Localization

/// Plans a horizon: every month and channel in one model, proven as `optimize` proves a month.
///
/// The horizon is written out as one scenario over channel-months (``HorizonExpansion``) and
/// solved by the ``Optimizer``: upper envelopes give a proven bound, lower envelopes a truly
/// feasible plan, refined until the gap is within the tolerance (an LP for concave curves;
/// a MILP with S-curves, `min_buy` or `buy_unit`, whose reached gap is reported).
public struct Planner: Sendable {
    public var options: OptimizerOptions

    public init(options: OptimizerOptions = OptimizerOptions()) {
        self.options = options
    }

    /// Plans every month of the scenario's horizon.
    ///
    /// - Throws: ``PlanningError/invalid(_:)`` without a horizon, ``PlanningError/infeasible(_:)``
    ///   naming the conflicting rules and their months, ``PlanningError/solverFailed(_:)``.
    public func plan(_ scenario: Scenario) throws(PlanningError) -> AnnualPlan {
        guard let horizon = scenario.horizon else {
            throw .invalid(tr(.planNoHorizonHint))
        }
        return try plan(scenario, horizon: horizon, spentBefore: nil)
    }

    /// Plans `horizon` for `scenario`; `spentBefore` (per channel) counts toward rules over the
    /// whole horizon (used when re-planning the rest of a year).
    func plan(_ scenario: Scenario, horizon: Horizon, spentBefore: [Double]?) throws(PlanningError) -> AnnualPlan {
        let expansion = HorizonExpansion(scenario: scenario, horizon: horizon, spentBefore: spentBefore)
        var options = self.options
        // Change limits give every channel-month its own coefficients in the linking rows, so
        // no two line items aggregate: solve them column by column.
        options.allowAggregation = !expansion.hasChangeLinks
        options.columnGeneration = true
        let result: OptimizationResult
        do {
            result = try Optimizer(options: options).optimize(expansion.flat)
        } catch {
            throw PlanningError(error)
        }
        return PlanAssembler(expansion: expansion, result: result).plan()
    }
}

/// Why no plan was produced.
public enum PlanningError: Error, Sendable, CustomStringConvertible {
    /// The scenario or actuals cannot be planned as given (exit 2).
    case invalid(String)
    /// No plan satisfies the rules (exit 3); the message names the rules and months.
    case infeasible(String)
    /// GLPK failed or hit a limit before finding a plan (exit 1).
    case solverFailed(String)

    init(_ error: OptimizerError) {
        switch error {
        case let .infeasible(conflict):
            let named = conflict.map(PlanningError.readable)
            self = .infeasible(OptimizerError.infeasible(conflict: named).description)
        case .solverFailed: self = .solverFailed(error.description)
        }
    }

    /// `linear group core min_share in 2027-03 (≥ 0)` → `group core min_share in 2027-03`;
    /// channel-month rules already read `douyin in 2027-03 min (≥ 50000)`.
    static func readable(_ statement: String) -> String {
        var text = statement
        if text.hasPrefix("linear ") { text.removeFirst("linear ".count) }
        for suffix in [" (≥ 0)", " (≤ 0)"] where text.hasSuffix(suffix) {
            text.removeLast(suffix.count)
        }
        if text.hasPrefix("budget (") { text = "horizon " + text }
        return text
    }

    public var description: String {
        switch self {
        case let .invalid(message), let .infeasible(message), let .solverFailed(message): message
        }
    }
}
