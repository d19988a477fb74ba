import BudgetModel
import Optimizer

/// The answer to a horizon scenario: spend per month and channel, how good it provably is,
/// and what each rule and each month's money is worth at the margin.
public struct AnnualPlan: Sendable {
    public let scenario: Scenario
    public let horizon: Horizon
    /// The months, in order; months fixed by actuals come first.
    public let months: [MonthPlan]
    /// Every rule of the planned months: binding or not, its shadow price, and its month.
    public let rules: [PlanRule]
    /// The objective on the true curves over the whole horizon (outcome, profit or spend),
    /// carry-in and months already spent included.
    public let objective: Double
    /// A proven bound on the best possible objective.
    public let bound: Double
    /// `|bound − objective| / |bound|`.
    public let gap: Double
    public let tolerance: Double
    public let totalSpend: Double
    /// Σ over months of each month's outcome (carried effects included, see ``PlanResponse``).
    public let totalOutcome: Double
    public let method: OptimizationResult.Method
    public let iterations: Int
    public let seconds: Double

    /// Whether the plan is proven within ``tolerance`` of the best possible.
    public var isProven: Bool { gap <= tolerance }

    /// How many leading months were fixed by actuals.
    public var actualMonths: Int { months.prefix { $0.isActual }.count }

    /// The value of moving one unit of budget from month `from` to month `to`:
    /// `λ_to − λ_from` (see ``MonthPlan/marginalValue``); `nil` when either was already spent.
    public func valueOfMoving(from: Int, to: Int) -> Double? {
        guard let a = months[from].marginalValue, let b = months[to].marginalValue else { return nil }
        return b - a
    }
}

/// One month of the plan.
public struct MonthPlan: Sendable {
    /// `2027-03`, or `month 3` without a start.
    public let label: String
    /// The month's budget: its fixed amount or cap when the rules set one, else what the plan spends.
    public let budget: Double
    public let spend: Double
    /// Σ channels' outcome in this month, carried effects included.
    public let outcome: Double
    /// λ_t: the change in the objective per one more unit of budget in this month — the
    /// horizon budget's shadow price plus this month's budget rule's (0 when it does not bind).
    /// `nil` for months already spent.
    public let marginalValue: Double?
    /// Whether the month is fixed by actuals.
    public let isActual: Bool
    public let channels: [ChannelMonth]
}

/// One channel in one month.
public struct ChannelMonth: Sendable, Equatable {
    public let name: String
    public let spend: Double
    /// `C_{t,i}`: this month's effect of this month's spend plus the share carried from before.
    public let outcome: Double
    /// The month's multiplier m_{t,i} (seasonality × events).
    public let multiplier: Double
    /// d(horizon outcome)/d spend: `w_{t,i}·m_{t,i}·f_i'(x)`, the return over the rest of the
    /// horizon of one more unit spent here (the figure the optimum equalises).
    public let marginalROI: Double
}

/// One rule of the plan.
public struct PlanRule: Sendable, Equatable {
    /// `budget`, `group core min_share`, `douyin max_change up`, `douyin total`.
    public let name: String
    /// The month label for a per-month rule; `nil` for a rule over the whole horizon.
    public let month: String?
    public let binding: Bool
    /// Change in the objective per one more unit of the rule's limit (per currency unit, or per
    /// 1.0 of share for share rules).
    public let shadowPrice: Double
    public let unit: ShadowPriceUnit
}
