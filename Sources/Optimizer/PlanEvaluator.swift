import BudgetModel

/// Evaluates plans on the true curves: objective, feasibility, comparisons and per-channel figures.
struct PlanEvaluator {
    let scenario: Scenario

    var maximizing: Bool {
        if case .minimizeSpend = scenario.objective { return false }
        return true
    }

    func totalOutcome(_ plan: [Double]) -> Double { scenario.totalOutcome(plan) }

    /// The scenario's objective for a plan: outcome, profit (value · outcome − spend), or spend;
    /// with `objective.risk`, its risk measure over the curves' draws (``DrawMeasures``).
    func objective(_ plan: [Double]) -> Double {
        if let risk = scenario.risk { return DrawMeasures(scenario: scenario).value(of: risk, plan) }
        return switch scenario.objective {
        case .maximizeOutcome: totalOutcome(plan)
        case let .maximizeProfit(value, _): value * totalOutcome(plan) - plan.reduce(0, +)
        case .minimizeSpend: plan.reduce(0, +)
        }
    }

    /// Whether the plan obeys every rule, and the chance rule of `objective.risk` if any.
    func isFeasible(_ plan: [Double]) -> Bool {
        guard scenario.violations(of: plan).isEmpty else { return false }
        return scenario.risk.map { DrawMeasures(scenario: scenario).meetsSideRule($0, plan) } ?? true
    }

    /// A difference in objective too small to matter when choosing between plans.
    func tieSlack(_ value: Double) -> Double { 1e-9 * max(abs(value), 1) }

    func isBetter(_ value: Double, than other: Double) -> Bool {
        maximizing ? value > other : value < other
    }

    /// Moves a solver's objective outward by `slack` so it remains a valid bound; an unproven
    /// bound becomes ±∞.
    func widen(_ objective: Double, by slack: Double, proven: Bool) -> Double {
        guard proven else { return maximizing ? .infinity : -.infinity }
        return maximizing ? objective + slack : objective - slack
    }

    /// `(bound − value)/|bound|` when maximising, `(value − bound)/|value|` when minimising.
    func relativeGap(value: Double, bound: Double) -> Double {
        guard bound.isFinite else { return .infinity }
        let scale = max(abs(bound), abs(value), 1e-9)
        return max(maximizing ? (bound - value) / scale : (value - bound) / scale, 0)
    }

    func channelResults(_ plan: [Double]) -> [ChannelResult] {
        let total = plan.reduce(0, +)
        return scenario.channels.enumerated().map { i, channel in
            let x = plan[i]
            let outcome = channel.curve.outcome(x)
            return ChannelResult(
                name: channel.name, spend: x, outcome: outcome, share: total > 0 ? x / total : 0,
                roi: x > 0 ? outcome / x : 0, marginalROI: channel.curve.marginal(x),
                change: channel.current.map { x - $0 })
        }
    }
}
