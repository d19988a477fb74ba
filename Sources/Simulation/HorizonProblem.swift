import BudgetModel
import Optimizer

/// All months of a world as one allocation problem, for the oracle when change limits link
/// the months.
///
/// One channel per (month t, channel i) with the true curve `m(t, i)·f_i`, so maximising
/// total outcome over the whole horizon is one scenario for the optimiser. Month t's rules
/// become linear rules over that month's channels (they cannot stay group rules: a share in a
/// scenario is of all spend, here of all months):
/// - budget: `Σ_i x_{t,i} = B_t` (or `≤` for a `max` budget);
/// - group share `s` (min or max): `Σ_{i∈g} x_{t,i} − s·Σ_i x_{t,i} ≥ 0` (or `≤ 0`);
///   absolute group limits and `linear` rules as they are, month by month;
/// - change limit c around last month (see ``World/rules(month:previous:curves:)``), with
///   `r_t = B_t/B_{t−1}`: `x_{t,i} − (1 + c)·r_t·x_{t−1,i} ≤ 0` and
///   `x_{t,i} − (1 − c)·r_t·x_{t−1,i} ≥ 0`; a lock is `x_{t,i} − r_t·x_{t−1,i} = 0`;
///   in month 0 these are bounds around the starting plan;
/// - channel `min`/`max` as bounds in every month.
struct HorizonProblem {
    let world: World

    /// The solved plan, `[month][channel]`, and its proven gap.
    func solve(_ optimizer: Optimizer) throws(OptimizerError) -> (spend: [[Double]], gap: Double) {
        let result = try optimizer.optimize(scenario())
        let n = world.channels.count
        return ((0..<world.months).map { t in Array(result.spend[(t * n)..<((t + 1) * n)]) }, result.gap)
    }

    func scenario() -> Scenario {
        let template = world.ruleTemplate
        let n = template.channels.count
        let index = { (t: Int, i: Int) in t * n + i }
        var channels: [Channel] = []
        var rules: [LinearRule] = []
        for t in 0..<world.months {
            let all = (0..<n).map { index(t, $0) }
            for (i, channel) in template.channels.enumerated() {
                var low = channel.min ?? 0
                var high = channel.max ?? world.budgets[t]
                let limit: Double? = channel.locked ? 0 : channel.maxChange ?? template.maxChange
                if let limit {
                    if t == 0 {
                        let anchor = world.startingPlan[i]
                        low = channel.locked ? anchor : max(low, anchor * (1 - limit))
                        high = channel.locked ? anchor : min(high, anchor * (1 + limit))
                    } else {
                        let r = world.budgetRatio(month: t)
                        let (now, before) = (index(t, i), index(t - 1, i))
                        rules.append(LinearRule(name: "up \(now)", terms: [(now, 1), (before, -(1 + limit) * r)], min: nil, max: 0))
                        rules.append(LinearRule(name: "down \(now)", terms: [(now, 1), (before, -(1 - limit) * r)], min: 0, max: nil))
                    }
                }
                channels.append(Channel(
                    name: "\(channel.name)@\(t)", min: low, max: max(low, high), curve: world.curve(channel: i, month: t)))
            }
            switch template.budget {
            case .atMost?: rules.append(LinearRule(name: "budget \(t)", terms: all.map { ($0, 1) }, min: nil, max: world.budgets[t]))
            case .total?, nil: rules.append(LinearRule(name: "budget \(t)", terms: all.map { ($0, 1) }, min: world.budgets[t], max: world.budgets[t]))
            }
            for group in template.groupRules {
                let members = Set(template.members(of: group.group))
                func share(_ s: Double) -> [(channel: Int, coefficient: Double)] {
                    (0..<n).map { (index(t, $0), (members.contains($0) ? 1 : 0) - s) }
                }
                if let s = group.minShare { rules.append(LinearRule(name: "\(group.group) min_share \(t)", terms: share(s), min: 0, max: nil)) }
                if let s = group.maxShare { rules.append(LinearRule(name: "\(group.group) max_share \(t)", terms: share(s), min: nil, max: 0)) }
                if group.min != nil || group.max != nil {
                    rules.append(LinearRule(
                        name: "\(group.group) amount \(t)", terms: members.sorted().map { (index(t, $0), 1) }, min: group.min, max: group.max))
                }
            }
            for rule in template.linearRules {
                rules.append(LinearRule(
                    name: "\(rule.name) \(t)", terms: rule.terms.map { (index(t, $0.channel), $0.coefficient) }, min: rule.min, max: rule.max))
            }
        }
        // No budget over all months: the month rows already fix it, and a total row on top is
        // linearly dependent on them (Σ_t of the month rows). With that redundant equality in
        // the model GLPK's primal simplex declared a 360-channel-month LP infeasible although
        // the starting plan, kept every month, is feasible. Each channel-month's `max` bounds
        // its linearised domain instead.
        return Scenario(name: "\(world.name) (all months)", budget: nil, channels: channels, linearRules: rules)
    }
}
