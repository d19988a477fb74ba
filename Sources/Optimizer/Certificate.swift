import BudgetModel

/// The checks every answer passes before it is returned as a plan with a proven gap.
///
/// - **The plan obeys every rule** of the scenario, evaluated on the true curves, within
///   ``ruleTolerance`` of each limit, relative to the larger of the limit and the scenario's
///   typical amount (the median amount, see ``ModelScaling``): a budget of 10⁶ may be missed
///   by at most 1 currency unit, a share of 60% by 0.0001 points.
/// - **The bound is on the right side** of the plan's own objective on the true curves: at
///   least it when maximising, at most it when minimising, up to ``boundSlack`` of its size
///   (rounding). A bound that fails this proves nothing, so no gap is reported.
/// - Every figure is finite.
struct Certificate {
    let scenario: Scenario
    /// The same scenario in internal units, where "relative to the typical amount" is
    /// "relative to 1".
    let internalScenario: Scenario
    let scaling: ModelScaling

    /// Relative slack on each rule's limit.
    static let ruleTolerance = 1e-6
    /// Relative slack between the bound and the plan's objective.
    static let boundSlack = 1e-9

    func check(_ result: OptimizationResult) throws(OptimizerError) {
        guard result.spend.allSatisfy(\.isFinite), result.objective.isFinite, result.totalOutcome.isFinite else {
            throw .solverFailed("the plan found has a non-finite figure; nothing is reported")
        }
        let internalPlan = result.spend.map { $0 / scaling.money }
        let broken = internalScenario.violations(of: internalPlan, tolerance: Self.ruleTolerance)
        if let first = broken.first {
            let named = scenario.violations(of: result.spend, tolerance: Self.ruleTolerance).first ?? first
            throw .solverFailed(
                "the plan found breaks a rule (\(named.rule.statement(in: scenario))): \(named.message); "
                    + "it is not reported as optimal")
        }
        try checkBound(result)
    }

    private func checkBound(_ result: OptimizationResult) throws(OptimizerError) {
        let bound = result.bound
        guard bound.isFinite else { return }  // no bound claimed: the status says "feasible"
        let slack = Self.boundSlack * max(abs(bound), abs(result.objective), scaling.objectiveUnit(scenario.objective) * 1e-12)
        let maximizing: Bool = if case .minimizeSpend = scenario.objective { false } else { true }
        let wrong = maximizing ? bound < result.objective - slack : bound > result.objective + slack
        if wrong {
            throw .solverFailed(
                "the proof failed: the bound \(formatPlain(bound)) is \(maximizing ? "below" : "above") the plan's own "
                    + "objective \(formatPlain(result.objective)) on the true curves, so no gap can be claimed")
        }
    }
}
