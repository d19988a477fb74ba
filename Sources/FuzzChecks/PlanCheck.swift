import BudgetModel

/// An independent check of a plan against a scenario's rules, written apart from the library's
/// own (``Scenario/violations(of:tolerance:)``), so that a fuzzer catches a plan the optimiser
/// returns with exit 0 that breaks a rule, even if both the optimiser and its certificate are
/// wrong the same way.
///
/// Slack per limit: `10⁻⁶·max(|limit|, T)`, T the scenario's typical amount (the median of its
/// positive budget, `current`, `min`, `min_buy`, `buy_unit` and group limits; 1 if none), the
/// tolerance docs/limits.md promises. Shares get 10⁻⁶ absolute; the outcome rules (`min_roi`,
/// `target_outcome`) 10⁻⁶ of their own size (r·spend, the target).
public enum PlanCheck {
    /// The first rule `plan` breaks, in words, or `nil`.
    public static func brokenRule(_ scenario: Scenario, plan: [Double]) -> String? {
        guard plan.count == scenario.channels.count else { return "plan has \(plan.count) channels, scenario \(scenario.channels.count)" }
        guard plan.allSatisfy(\.isFinite) else { return "non-finite spend" }
        let typical = typicalAmount(scenario)
        func slack(_ limit: Double) -> Double { 1e-6 * max(abs(limit), typical) }
        let total = plan.reduce(0, +)
        switch scenario.budget {
        case let .total(amount)?: if abs(total - amount) > slack(amount) { return "total \(total) ≠ budget \(amount)" }
        case let .atMost(amount)?: if total > amount + slack(amount) { return "total \(total) > budget \(amount)" }
        case nil: break
        }
        for (channel, x) in zip(scenario.channels, plan) {
            if let problem = channelProblem(channel, x, scenario: scenario, slack: slack) { return "\(channel.name): \(problem)" }
        }
        for rule in scenario.groupRules {
            let sum = zip(scenario.channels, plan).filter { $0.0.groups.contains(rule.group) }.reduce(0) { $0 + $1.1 }
            let share = total > 0 ? sum / total : 0
            // Spending nothing meets a share rule (0 ≥ s·0).
            if let s = rule.minShare, total > 0, share < s - 1e-6 { return "group \(rule.group) share \(share) < \(s)" }
            if let s = rule.maxShare, share > s + 1e-6 { return "group \(rule.group) share \(share) > \(s)" }
            if let m = rule.min, sum < m - slack(m) { return "group \(rule.group) \(sum) < \(m)" }
            if let m = rule.max, sum > m + slack(m) { return "group \(rule.group) \(sum) > \(m)" }
        }
        for rule in scenario.linearRules {
            let value = rule.terms.reduce(0) { $0 + $1.coefficient * plan[$1.channel] }
            let scale = rule.terms.map { abs($0.coefficient) }.max() ?? 1
            func ruleSlack(_ limit: Double) -> Double { 1e-6 * max(abs(limit), scale * typical) }
            if let m = rule.min, value < m - ruleSlack(m) { return "rule \(rule.name): \(value) < \(m)" }
            if let m = rule.max, value > m + ruleSlack(m) { return "rule \(rule.name): \(value) > \(m)" }
        }
        let outcome = zip(scenario.channels, plan).reduce(0) { $0 + $1.0.curve.outcome($1.1) }
        switch scenario.objective {
        case let .minimizeSpend(target):
            if outcome < target - 1e-6 * abs(target) { return "outcome \(outcome) < target \(target)" }
        case let .maximizeOutcome(minROI?), let .maximizeProfit(_, minROI?):
            // Outcome rules are promised to 10⁻⁶ of their own size: outcome ≥ r·total·(1 − 10⁻⁶).
            if outcome < minROI * total - 1e-6 * abs(minROI * total) { return "ROI \(outcome / total) < \(minROI)" }
        default: break
        }
        return nil
    }

    private static func channelProblem(_ c: Channel, _ x: Double, scenario: Scenario, slack: (Double) -> Double) -> String? {
        if x < -slack(0) { return "negative spend \(x)" }
        if c.locked, let current = c.current { return abs(x - current) > slack(current) ? "locked at \(current), plan \(x)" : nil }
        if let m = c.min, x < m - slack(m) { return "\(x) < min \(m)" }
        if let m = c.max, x > m + slack(m) { return "\(x) > max \(m)" }
        if let current = c.current, let limit = c.maxChange ?? scenario.maxChange {
            if x < current * (1 - limit) - slack(current) { return "\(x) falls more than \(limit) from \(current)" }
            if x > current * (1 + limit) + slack(current) { return "\(x) rises more than \(limit) from \(current)" }
        }
        if let minBuy = c.minBuy, x > slack(minBuy), x < minBuy - slack(minBuy) { return "\(x) between 0 and min_buy \(minBuy)" }
        if let unit = c.buyUnit, unit > 0 {
            let units = x / unit
            if abs(units - units.rounded()) * unit > slack(x) + 1e-6 * unit { return "\(x) not a multiple of buy_unit \(unit)" }
        }
        return nil
    }

    static func typicalAmount(_ s: Scenario) -> Double {
        var values: [Double?] = [s.budget.map(\.amount)]
        for c in s.channels { values += [c.current, c.min, c.minBuy, c.buyUnit] }
        for r in s.groupRules { values += [r.min, r.max] }
        let sorted = values.compactMap { $0 }.filter { $0 > 0 && $0.isFinite }.sorted()
        return sorted.isEmpty ? 1 : max(sorted[sorted.count / 2], 1e-300)
    }
}
