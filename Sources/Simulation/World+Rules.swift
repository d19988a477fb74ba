import BudgetModel

extension World {
    /// `r_t = B_t / B_{t−1}`, the budget's change into month t (1 for month 0).
    public func budgetRatio(month t: Int) -> Double {
        t == 0 ? 1 : budgets[t] / budgets[t - 1]
    }

    /// Month t's rules for a strategy that spent `previous` the month before (the starting plan
    /// before month 0).
    ///
    /// The world's rule template with
    /// - the budget of month t (of the template's kind: `total` or `max`);
    /// - each channel's `current` set to `previous_i · r_t` (``budgetRatio(month:)``): change
    ///   limits (`max_change`) and locks hold around what the strategy itself spent last month,
    ///   rescaled when the budget changes, so that a change of budget alone never breaks them.
    ///   With a constant budget (every scenario world) `current` is exactly last month's spend.
    ///
    /// - Parameter curves: The curves to put in the scenario: the month's true curves for the
    ///   oracle, a strategy's beliefs before it optimises; `nil` gives placeholders (`linear`,
    ///   ROI 0), so the truth never reaches a strategy by accident.
    public func rules(month t: Int, previous: [Double], curves: [Curve]? = nil) -> Scenario {
        var scenario = ruleTemplate
        let ratio = budgetRatio(month: t)
        switch ruleTemplate.budget {
        case .atMost?: scenario.budget = .atMost(budgets[t])
        case .total?, nil: scenario.budget = .total(budgets[t])
        }
        for i in scenario.channels.indices {
            scenario.channels[i].current = previous[i] * ratio
            scenario.channels[i].curve = curves?[i] ?? .linear(roi: 0)
        }
        return scenario
    }

    /// Month t's true curves.
    public func trueCurves(month t: Int) -> [Curve] {
        channels.indices.map { curve(channel: $0, month: t) }
    }
}
