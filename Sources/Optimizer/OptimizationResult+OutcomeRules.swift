import BudgetModel

extension OptimizationResult {
    /// Relative slack within which a route's plan must meet the outcome-valued rules before it
    /// is taken without a second look: 5·10⁻⁷ of the rule's own size (`r·spend` for `min_roi`,
    /// the target for `target_outcome`), half the 10⁻⁶ every rule is certified to. (10⁻⁷ sent a
    /// plan 1.0·10⁻⁷ short on a step-like S-curve to the full MILP, 60 s instead of 0.002 s.)
    static let outcomeRuleSlack = 5e-7

    /// Whether the plan meets `min_roi` and `target_outcome` on the true curves to within
    /// ``outcomeRuleSlack`` of each rule's size.
    ///
    /// The cell route values an S-shaped item on its concave envelope, which lies above the
    /// true curve, so a plan it returns can sit a hair on the wrong side of an outcome rule
    /// (the fuzz finding `min-roi-missed-by-1e-6`: ROI 2.9999967 against `min_roi: 3`). Such a
    /// plan is solved again on the full model instead.
    func meetsOutcomeRulesTightly(_ scenario: Scenario) -> Bool {
        !scenario.violations(of: spend, tolerance: Self.outcomeRuleSlack, described: false)
            .contains { $0.rule == .minROI || $0.rule == .targetOutcome }
    }
}
