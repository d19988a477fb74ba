import BudgetModel
import Localization

extension Planner {
    /// Re-plans the rest of the horizon after the months in `actuals`.
    ///
    /// The months already spent are fixed at their actual spend. The rest is planned as a
    /// horizon of its own under the same rules: the horizon's `total` less what was spent,
    /// `max_change` anchored on the last actual month, rules over the whole horizon counting
    /// the spend so far, and each channel's carry-in the effect of its last actual month.
    ///
    /// With outcomes given, each channel's curve is rescaled by `k_i = Σ actual / Σ predicted`
    /// over the months that report it (predicted: the model's `C_{t,i}` at the actual spend),
    /// kept within [0.1, 10]; the curve's shape is kept (a full refit needs more months than a
    /// year gives). An actual outcome also replaces the modelled one in the carry.
    ///
    /// - Throws: ``PlanningError``.
    public func replan(_ scenario: Scenario, actuals: Actuals) throws(PlanningError) -> AnnualPlan {
        guard let horizon = scenario.horizon else { throw .invalid(tr(.planNoHorizon)) }
        let k = actuals.spend.count
        var scaled = scenario
        for (i, factor) in Self.rescaling(scenario, horizon: horizon, actuals: actuals).enumerated() {
            scaled.channels[i].curve = scaled.channels[i].curve.scaled(by: factor)
        }
        let past = Self.pastOutcomes(scaled, horizon: horizon, actuals: actuals)
        let spentBefore = scenario.channels.indices.map { i in actuals.spend.reduce(0) { $0 + $1[i] } }
        let (rest, restHorizon) = try Self.rest(scaled, horizon: horizon, actuals: actuals, carry: past[k - 1], spentBefore: spentBefore)
        let later = try plan(rest, horizon: restHorizon, spentBefore: spentBefore)
        return Self.stitch(scaled, horizon: horizon, actuals: actuals, past: past, later: later)
    }

    /// `k_i` per channel (1 when no outcome is given).
    static func rescaling(_ scenario: Scenario, horizon: Horizon, actuals: Actuals) -> [Double] {
        let predicted = PlanResponse(scenario: scenario, horizon: horizon).outcomes(actuals.spend)
        return scenario.channels.indices.map { i in
            var (actual, model) = (0.0, 0.0)
            for t in actuals.spend.indices {
                guard let y = actuals.outcome[t][i] else { continue }
                actual += y
                model += predicted[t][i]
            }
            guard model > 0, actual > 0 else { return 1 }
            return min(max(actual / model, 0.1), 10)
        }
    }

    /// `C_{t,i}` for the months spent: the actual outcome where given, else the model's.
    static func pastOutcomes(_ scenario: Scenario, horizon: Horizon, actuals: Actuals) -> [[Double]] {
        var carried = horizon.carryover.map(\.carryIn)
        return actuals.spend.indices.map { t in
            scenario.channels.indices.map { i in
                let direct = horizon.multiplier(channel: i, month: t) * scenario.channels[i].curve.outcome(actuals.spend[t][i])
                carried[i] = actuals.outcome[t][i] ?? (direct + horizon.carryover[i].share * carried[i])
                return carried[i]
            }
        }
    }

    /// The scenario and horizon of the months left.
    static func rest(
        _ scenario: Scenario, horizon: Horizon, actuals: Actuals, carry: [Double], spentBefore: [Double]
    ) throws(PlanningError) -> (Scenario, Horizon) {
        let k = actuals.spend.count
        var rest = scenario
        for i in rest.channels.indices where !rest.channels[i].locked {
            rest.channels[i].current = actuals.spend[k - 1][i]
        }
        var later = horizon
        later.start = horizon.start?.advanced(by: k)
        later.months = horizon.months - k
        later.seasonality = horizon.seasonality.map { Array($0[k...]) }
        later.events = horizon.events.filter { $0.month >= k }.map { HorizonEvent(name: $0.name, month: $0.month - k, multipliers: $0.multipliers) }
        later.carryover = zip(horizon.carryover, carry).map { Carryover(share: $0.share, carryIn: $1) }
        let spent = spentBefore.reduce(0, +)
        if var budget = horizon.budget {
            switch budget.total {
            case let .total(amount)?, let .atMost(amount)?:
                guard spent <= amount * (1 + 1e-9) else {
                    throw .infeasible(tr(.planActualsOverBudget, ["spent": formatPlain(spent), "budget": formatPlain(amount)]))
                }
                budget.total = budget.total.map { if case .total = $0 { .total(max(amount - spent, 0)) } else { .atMost(max(amount - spent, 0)) } }
            case nil: break
            }
            if case let .fixed(amounts)? = budget.perMonth { budget.perMonth = .fixed(Array(amounts[k...])) }
            later.budget = budget
        }
        rest.horizon = later
        return (rest, later)
    }

    /// The months spent followed by the plan for the rest, with the objective over all of them.
    static func stitch(_ scenario: Scenario, horizon: Horizon, actuals: Actuals, past: [[Double]], later: AnnualPlan) -> AnnualPlan {
        let months = actuals.spend.indices.map { t in
            MonthPlan(
                label: horizon.label(t), budget: actuals.spend[t].reduce(0, +), spend: actuals.spend[t].reduce(0, +),
                outcome: past[t].reduce(0, +), marginalValue: nil, isActual: true,
                channels: scenario.channels.indices.map { i in
                    ChannelMonth(
                        name: scenario.channels[i].name, spend: actuals.spend[t][i], outcome: past[t][i],
                        multiplier: horizon.multiplier(channel: i, month: t), marginalROI: .nan)
                })
        }
        let pastSpend = actuals.spend.joined().reduce(0, +)
        let pastOutcome = past.joined().reduce(0, +)
        let shift: Double = switch scenario.objective {
        case .maximizeOutcome: pastOutcome
        case let .maximizeProfit(value, _): value * pastOutcome - pastSpend
        case .minimizeSpend: pastSpend
        }
        let objective = later.objective + shift
        let bound = later.bound + shift
        let scale = max(abs(bound), abs(objective), 1e-9)
        let difference = scenario.objective.isMinimizeSpend ? objective - bound : bound - objective
        return AnnualPlan(
            scenario: scenario, horizon: horizon, months: months + later.months, rules: later.rules, objective: objective,
            bound: bound, gap: bound.isFinite ? max(difference / scale, 0) : .infinity, tolerance: later.tolerance,
            totalSpend: pastSpend + later.totalSpend, totalOutcome: pastOutcome + later.totalOutcome, method: later.method,
            iterations: later.iterations, seconds: later.seconds)
    }
}
