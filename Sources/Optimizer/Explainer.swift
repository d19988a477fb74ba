import BudgetModel
import LinearProgramming

/// Reads which rules bind and what each costs from the solved model's duals.
///
/// Duals come from GLPK (see `DualValues` for the sign convention: ∂objective/∂limit). For a
/// MILP they are the duals of the LP with every integer decision fixed at the optimum, so
/// they price small continuous changes around this plan, not switching a decision.
struct Explainer {
    let scenario: Scenario
    let model: BuiltModel
    let solution: Solution
    let plan: [Double]
    /// Whether every spend column's upper bound counts as implied by the budget when it
    /// equals it (the cell route's master, whose cell caps come from the items' ranges), not
    /// only columns no rule caps (see ``budgetPrice(_:)``).
    var capsFromBudget = false

    func ruleResults() -> [RuleResult] {
        Rule.all(in: scenario).map(result)
    }

    private func result(_ rule: Rule) -> RuleResult {
        let total = plan.reduce(0, +)
        switch rule {
        case let .channelMin(i), let .changeDown(i):
            return boundResult(rule, channel: i, lower: true)
        case let .channelMax(i), let .changeUp(i):
            return boundResult(rule, channel: i, lower: false)
        case let .locked(i):
            let price = columnPrice(channel: i, upper: true)
            return RuleResult(rule: rule, name: rule.name(in: scenario), binding: true, shadowPrice: price, perUnitOfSpend: price, unit: .currency)
        case .groupMinShare, .groupMaxShare:
            let (binding, dual) = rowState(rule)
            return RuleResult(rule: rule, name: rule.name(in: scenario), binding: binding, shadowPrice: dual * total, perUnitOfSpend: dual, unit: .share)
        case .minROI:
            let (binding, dual) = rowState(rule)
            return RuleResult(rule: rule, name: rule.name(in: scenario), binding: binding, shadowPrice: dual * total, perUnitOfSpend: nil, unit: .roi)
        case .targetOutcome:
            let (binding, dual) = rowState(rule)
            return RuleResult(rule: rule, name: rule.name(in: scenario), binding: binding, shadowPrice: dual, perUnitOfSpend: nil, unit: .outcome)
        case let .minBuy(i):
            let (binding, dual) = rowState(rule)
            let on = plan[i] > 0
            return RuleResult(rule: rule, name: rule.name(in: scenario), binding: binding && on, shadowPrice: on ? dual : 0, perUnitOfSpend: on ? dual : nil, unit: .currency)
        case .buyUnit:
            let (_, dual) = rowState(rule)
            let binding = abs(dual) > 1e-9
            return RuleResult(rule: rule, name: rule.name(in: scenario), binding: binding, shadowPrice: dual, perUnitOfSpend: dual, unit: .currency)
        case .budget:
            let (binding, dual) = rowState(rule)
            let price = binding ? budgetPrice(dual) : 0
            return RuleResult(rule: rule, name: rule.name(in: scenario), binding: binding, shadowPrice: price, perUnitOfSpend: price, unit: .currency)
        case .groupMin, .groupMax, .linear:
            let (binding, dual) = rowState(rule)
            return RuleResult(rule: rule, name: rule.name(in: scenario), binding: binding, shadowPrice: dual, perUnitOfSpend: dual, unit: .currency)
        }
    }

    /// Whether a row sits on a limit, and its dual (zeroed when it does not).
    private func rowState(_ rule: Rule) -> (Bool, Double) {
        guard let row = model.ruleRows[rule], let activity = solution.activity(row) else { return (false, 0) }
        let bounds = model.program.rows[row.index].bounds
        let scale = max(1, abs(bounds.lower ?? 0), abs(bounds.upper ?? 0), plan.reduce(0, +))
        let atLower = bounds.lower.map { abs(activity - $0) <= 1e-7 * scale } ?? false
        let atUpper = bounds.upper.map { abs(activity - $0) <= 1e-7 * scale } ?? false
        let binding = atLower || atUpper
        return (binding, binding ? (solution.dual(row) ?? 0) : 0)
    }

    /// A channel bound rule binds when spend sits at its limit; it carries the spend column's
    /// reduced cost when it is the rule that set the column's bound (the tightest one).
    private func boundResult(_ rule: Rule, channel i: Int, lower: Bool) -> RuleResult {
        let channel = scenario.channels[i]
        let limit: Double? = switch rule {
        case .channelMin: channel.min
        case .channelMax: channel.max
        case .changeDown: channel.current.flatMap { c in channel.effectiveMaxChange(default: scenario.maxChange).map { max(c * (1 - $0), 0) } }
        case .changeUp: channel.current.flatMap { c in channel.effectiveMaxChange(default: scenario.maxChange).map { c * (1 + $0) } }
        default: nil
        }
        let binding = limit.map { abs(plan[i] - $0) <= 1e-7 * max(1, abs($0)) } ?? false
        let owner = lower ? model.boundRules[i].lower : model.boundRules[i].upper
        let price = binding && owner == rule ? columnPrice(channel: i, upper: !lower) : 0
        return RuleResult(rule: rule, name: rule.name(in: scenario), binding: binding, shadowPrice: price, perUnitOfSpend: price, unit: .currency)
    }

    /// ∂objective/∂budget: the budget row's dual plus, when maximising, the largest gain (if
    /// positive) of a channel that takes the whole budget at the end of its linearised range.
    ///
    /// Such a channel's range ends at the budget, so its spend column's bound (which the
    /// budget implies; no rule of its own sets it) and its last segment are full together with
    /// the budget row, and GLPK may put the whole dual on either: one channel with
    /// `total: 100` had the budget priced 0 where one more unit pays 3.68. Raising the budget
    /// raises all three limits, so the price is the sum of their duals, `d(budget) + d(xᵢ) +
    /// d(δ_last)`; the largest over such channels (with a budget of 0 every channel is at it,
    /// and one more unit goes to the best).
    private func budgetPrice(_ dual: Double) -> Double {
        guard model.program.direction == .maximize, let budget = scenario.budget?.amount else { return dual }
        let tolerance = 1e-9 * max(1, abs(budget))
        var extra = 0.0
        for (i, column) in model.spend.enumerated() where i < model.lastSegments.count {
            let bounds = model.program.variables[column.index].bounds
            guard let upper = bounds.upper, abs(upper - budget) <= tolerance, plan[i] >= upper - tolerance,
                  capsFromBudget || model.boundRules[i].upper == nil,
                  let last = model.lastSegments[i], abs(last.end - upper) <= tolerance,
                  let columnPrice = solution.reducedCost(column), let segmentPrice = solution.reducedCost(last.segment)
            else { continue }
            extra = max(extra, columnPrice + segmentPrice)
        }
        return dual + extra
    }

    /// ∂objective/∂(the bound that holds channel i's spend column): its reduced cost, except for
    /// a cap (or lock) that fixes the column at the lower end of its linearised domain
    /// (`max: 0`, `max_change` or `locked` on a channel whose current spend is 0).
    ///
    /// There the column's bounds are equal, so GLPK may return any reduced cost the curve row
    /// `xᵢ − Σₖ δᵢₖ = xᵢ₀` allows (its dual is pinned by no filled segment): a cap of 0 on a
    /// channel whose first unit pays was priced negative ("+1,000 on the cap → −1,601
    /// outcome"). Raising the cap by ε moves xᵢ and δᵢ₀ together, so its price is
    /// `d(xᵢ) + d(δᵢ₀)`, in which the curve row's dual cancels.
    private func columnPrice(channel i: Int, upper: Bool) -> Double {
        let column = model.spend[i]
        let price = solution.reducedCost(column) ?? 0
        let bounds = model.program.variables[column.index].bounds
        guard upper, let low = bounds.lower, bounds.upper == low, i < model.firstSegments.count,
              let first = model.firstSegments[i], first.start == low,
              let segmentPrice = solution.reducedCost(first.segment)
        else { return price }
        return price + segmentPrice
    }
}
