import BudgetModel

/// A given plan judged against a scenario: what it yields, which rules it breaks, and how
/// far it is from the optimum.
public struct PlanEvaluation: Sendable {
    public let scenario: Scenario
    /// Spend per channel, aligned with the scenario's channels.
    public let spend: [Double]
    /// Per-channel figures on the true curves.
    public let channels: [ChannelResult]
    public let totalSpend: Double
    public let totalOutcome: Double
    /// The scenario's objective for this plan (outcome, profit, or spend).
    public let objective: Double
    /// Rules the plan breaks (empty when it obeys them all).
    public let violations: [Violation]
    /// The optimal plan, when the scenario has one.
    public let optimum: OptimizationResult?
    /// How much better the optimum is, relative to it: `(optimum − plan)/|optimum|` when
    /// maximising, `(plan − optimum)/|plan|` when minimising.
    public let gapToOptimum: Double?

    /// Evaluates `spend` and solves the scenario for comparison.
    public init(scenario: Scenario, spend: [Double], optimizer: Optimizer = Optimizer()) {
        let evaluator = PlanEvaluator(scenario: scenario)
        self.scenario = scenario
        self.spend = spend
        channels = evaluator.channelResults(spend)
        totalSpend = spend.reduce(0, +)
        totalOutcome = evaluator.totalOutcome(spend)
        let value = evaluator.objective(spend)
        let best = try? optimizer.optimize(scenario)
        objective = value
        violations = scenario.violations(of: spend)
        optimum = best
        gapToOptimum = best.map { evaluator.relativeGap(value: value, bound: $0.objective) }
    }
}

/// One budget level of a sweep.
public struct SweepPoint: Sendable {
    /// The budget solved for.
    public let budget: Double
    /// The optimal plan at that budget, or `nil` when none is feasible.
    public let result: OptimizationResult?
    /// Extra objective per extra unit of budget since the previous level:
    /// `(objectiveₖ − objectiveₖ₋₁)/(budgetₖ − budgetₖ₋₁)`; `nil` for the first level.
    public let stepMarginalROI: Double?
    /// Why there is no plan at this level (the conflicting rules), when there is none.
    public var failure: String? = nil
    /// The budget rule's shadow price at this level (the marginal ROI of budget at the point).
    public var budgetShadowPrice: Double? {
        result?.rules.first { $0.rule == .budget }?.shadowPrice
    }
}

extension Optimizer {
    /// The budget-to-objective frontier: the scenario solved at `steps` budgets evenly spaced
    /// from `from` to `to` (absolute amounts).
    ///
    /// - Parameter progress: Called after each level with (done, total).
    public func sweep(
        _ scenario: Scenario, from: Double, to: Double, steps: Int, progress: (Int, Int) -> Void = { _, _ in }
    ) -> [SweepPoint] {
        // Levels differ only in the budget: the line-item cells are built once (``CellReuse``).
        CellReuse.$current.withValue(CellReuse()) {
            sweepLevels(scenario, from: from, to: to, steps: steps, progress: progress)
        }
    }

    private func sweepLevels(
        _ scenario: Scenario, from: Double, to: Double, steps: Int, progress: (Int, Int) -> Void
    ) -> [SweepPoint] {
        let count = max(steps, 2)
        var points: [SweepPoint] = []
        for k in 0..<count {
            let budget = from + (to - from) * Double(k) / Double(count - 1)
            var changed = scenario
            switch scenario.budget {
            case .atMost?: changed.budget = .atMost(budget)
            default: changed.budget = .total(budget)
            }
            var failure: String?
            let result: OptimizationResult?
            do { result = try optimize(changed) } catch {
                result = nil
                failure = error.description
            }
            var step: Double?
            if let previous = points.last, let a = previous.result, let b = result, budget != previous.budget {
                step = (b.objective - a.objective) / (budget - previous.budget)
            }
            points.append(SweepPoint(budget: budget, result: result, stepMarginalROI: step, failure: failure))
            progress(k + 1, count)
        }
        return points
    }
}
