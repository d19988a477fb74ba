import BudgetModel
import LinearProgramming

/// The best plan of an envelope solve: the plan, its objective on the true curves, and the
/// lower model and solution it came from (whose duals give the shadow prices).
typealias BestPlan = (plan: [Double], value: Double, model: BuiltModel, solution: Solution)

extension OptimizationResult {
    /// The result reported for `best`: channel figures on the true curves, rules explained from
    /// the model's duals (none unless `explains`), the proven `bound` and relative `gap` (never below 0), and the work done.
    init(
        best: BestPlan, scenario: Scenario, evaluator: PlanEvaluator, bound: Double, gap: Double, tolerance: Double,
        isMIP: Bool, iterations: Int, breakpoints: Int, started: ContinuousClock.Instant, explains: Bool = true
    ) {
        let explainer = Explainer(scenario: scenario, model: best.model, solution: best.solution, plan: best.plan)
        self.init(
            scenario: scenario, spend: best.plan, channels: evaluator.channelResults(best.plan),
            rules: explains ? explainer.ruleResults() : [], objective: best.value, bound: bound, gap: max(gap, 0),
            totalSpend: best.plan.reduce(0, +), totalOutcome: evaluator.totalOutcome(best.plan), tolerance: tolerance,
            method: isMIP ? .milp : .lp, iterations: iterations, breakpoints: breakpoints,
            seconds: Optimizer.seconds(since: started))
    }
}
