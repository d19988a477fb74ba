import BudgetModel

/// What the curves' draws say about a plan: the spread of its outcome, and how likely it is to
/// beat the current plan.
///
/// Computed from the scenario's joint draws (channels' `draws:`; a channel without draws keeps
/// its point curve in every draw), each with weight `1/B`. Intervals are the 5% and 95%
/// quantiles over the draws (linear interpolation between order statistics).
public struct OutcomeUncertainty: Sendable, Equatable {
    /// B, the number of joint draws.
    public let draws: Int
    /// Mean of the plan's total outcome over the draws.
    public let meanOutcome: Double
    /// 90% interval of the plan's total outcome over the draws.
    public let outcomeInterval: ClosedRange<Double>
    /// Mean of the worst 10% of the draws' outcomes (CVaR at 10%).
    public let worstTenthOutcome: Double
    /// The share of draws in which the plan's objective (outcome; profit for `maximize:
    /// profit`) is strictly above the current plan's (by more than 1e-9 of its size);
    /// `nil` when a channel has no `current`. A plan equal to the current one beats it in 0%.
    public let probabilityBeatsCurrent: Double?
    /// 90% interval of the improvement over the current plan (plan − current, in the
    /// objective's unit); `nil` without a current plan.
    public let improvementInterval: ClosedRange<Double>?

    /// The uncertainty of `plan` under `scenario`'s draws; `nil` when it has none.
    public init?(scenario: Scenario, plan: [Double]) {
        let measures = DrawMeasures(scenario: scenario)
        guard measures.count > 0, plan.count == scenario.channels.count else { return nil }
        let outcomes = (0..<measures.count).map { scenario.totalOutcome(plan, draw: $0) }
        let sorted = outcomes.sorted()
        draws = measures.count
        meanOutcome = DrawMeasures.mean(outcomes)
        outcomeInterval = DrawMeasures.quantile(sorted, 0.05)...DrawMeasures.quantile(sorted, 0.95)
        worstTenthOutcome = DrawMeasures.cvar(outcomes, level: 0.1)
        if let current = scenario.currentPlan {
            let mine = measures.values(plan)
            let scale = max(mine.map(abs).max() ?? 1, 1)
            // Differences within rounding of the objective are ties (the same plan).
            let improvement = zip(mine, measures.values(current)).map { abs($0 - $1) <= 1e-9 * scale ? 0 : $0 - $1 }
            probabilityBeatsCurrent = Double(improvement.filter { $0 > 0 }.count) / Double(draws)
            let ordered = improvement.sorted()
            improvementInterval = DrawMeasures.quantile(ordered, 0.05)...DrawMeasures.quantile(ordered, 0.95)
        } else {
            probabilityBeatsCurrent = nil
            improvementInterval = nil
        }
    }
}

extension OptimizationResult {
    /// The plan's outcome over the scenario's curve draws; `nil` without draws.
    public var uncertainty: OutcomeUncertainty? { OutcomeUncertainty(scenario: scenario, plan: spend) }
}

extension PlanEvaluation {
    /// The evaluated plan's outcome over the scenario's curve draws; `nil` without draws.
    public var uncertainty: OutcomeUncertainty? { OutcomeUncertainty(scenario: scenario, plan: spend) }
}
