import BudgetModel
import Optimizer

/// Reads a solved channel-month model back as months and channels, with each month's
/// outcome under carryover and each rule's month.
struct PlanAssembler {
    let expansion: HorizonExpansion
    let result: OptimizationResult

    var scenario: Scenario { expansion.scenario }
    var horizon: Horizon { expansion.horizon }

    func plan() -> AnnualPlan {
        let n = expansion.channelCount
        let spend = (0..<expansion.months).map { t in Array(result.spend[(t * n)..<((t + 1) * n)]) }
        let response = PlanResponse(scenario: scenario, horizon: horizon)
        let outcomes = response.outcomes(spend)
        let rules = planRules(spend)
        let horizonPrice = result.rules.first { $0.rule == .budget }?.shadowPrice ?? 0
        let months = spend.indices.map { t in
            let monthPrice = expansion.monthBudgetRule[t].flatMap { key in rules.monthBudget[key] } ?? 0
            return MonthPlan(
                label: horizon.label(t), budget: monthBudget(t, spent: spend[t].reduce(0, +)), spend: spend[t].reduce(0, +),
                outcome: outcomes[t].reduce(0, +), marginalValue: horizonPrice + monthPrice, isActual: false,
                channels: scenario.channels.indices.map { i in
                    ChannelMonth(
                        name: scenario.channels[i].name, spend: spend[t][i], outcome: outcomes[t][i],
                        multiplier: horizon.multiplier(channel: i, month: t), marginalROI: result.channels[t * n + i].marginalROI)
                })
        }
        let shift = objectiveShift
        let objective = result.objective + shift
        let bound = result.bound + shift
        return AnnualPlan(
            scenario: scenario, horizon: horizon, months: months, rules: rules.list, objective: objective, bound: bound,
            gap: Self.gap(objective: objective, bound: bound, result: result), tolerance: result.tolerance,
            totalSpend: result.totalSpend, totalOutcome: months.reduce(0) { $0 + $1.outcome }, method: result.method,
            iterations: result.iterations, seconds: result.seconds)
    }

    /// What the flat objective leaves out: the carry-in's outcome (times the value of outcome).
    var objectiveShift: Double {
        switch scenario.objective {
        case .maximizeOutcome: expansion.carryInOutcome
        case let .maximizeProfit(value, _): value * expansion.carryInOutcome
        case .minimizeSpend: 0
        }
    }

    /// The gap on the shifted objective and bound, as the optimiser defines it.
    static func gap(objective: Double, bound: Double, result: OptimizationResult) -> Double {
        guard bound.isFinite else { return .infinity }
        let scale = max(abs(bound), abs(objective), 1e-9)
        let difference = result.scenario.objective.isMinimizeSpend ? objective - bound : bound - objective
        return max(difference / scale, 0)
    }

    private func monthBudget(_ t: Int, spent: Double) -> Double {
        if case let .fixed(amounts)? = horizon.budget?.perMonth { return amounts[t] }
        if let budget = scenario.budget { return budget.amount }
        return spent
    }

    /// The flat rules as plan rules (channel-month rules named by channel and month), and the
    /// shadow price of each month's budget row by its key.
    private func planRules(_ spend: [[Double]]) -> (list: [PlanRule], monthBudget: [String: Double]) {
        let n = expansion.channelCount
        var list: [PlanRule] = []
        var monthBudget: [String: Double] = [:]
        let total = spend.joined().reduce(0, +)
        for rule in result.rules {
            if let k = rule.rule.channel {
                if case .channelMax = rule.rule, expansion.domainOnlyMax.contains(k) { continue }
                let (t, i) = (k / n, k % n)
                let name = Self.rule(rule.rule, channel: i).name(in: scenario)
                list.append(PlanRule(name: name, month: horizon.label(t), binding: rule.binding, shadowPrice: rule.shadowPrice, unit: rule.unit))
                continue
            }
            guard case let .linear(key) = rule.rule, let info = expansion.linearInfo[key] else {
                list.append(PlanRule(name: rule.name, month: nil, binding: rule.binding, shadowPrice: rule.shadowPrice, unit: rule.unit))
                continue
            }
            if info.name == "budget", info.month != nil { monthBudget[key] = rule.shadowPrice }
            let base = info.month.map { spend[$0].reduce(0, +) } ?? total
            list.append(PlanRule(
                name: info.name, month: info.month.map(horizon.label), binding: rule.binding,
                shadowPrice: info.isShare ? rule.shadowPrice * base : rule.shadowPrice, unit: info.isShare ? .share : rule.unit))
        }
        return (list, monthBudget)
    }

    /// The same per-channel rule on channel `i` of the original scenario.
    static func rule(_ rule: Rule, channel i: Int) -> Rule {
        switch rule {
        case .channelMin: .channelMin(i)
        case .channelMax: .channelMax(i)
        case .changeDown: .changeDown(i)
        case .changeUp: .changeUp(i)
        case .locked: .locked(i)
        case .minBuy: .minBuy(i)
        case .buyUnit: .buyUnit(i)
        default: rule
        }
    }
}

extension Objective {
    var isMinimizeSpend: Bool {
        if case .minimizeSpend = self { return true }
        return false
    }
}
