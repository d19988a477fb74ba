import BudgetModel

/// The answer to a scenario: the plan, how good it provably is, and why.
public struct OptimizationResult: Sendable {
    /// The scenario that was solved.
    public let scenario: Scenario
    /// Spend per channel, aligned with the scenario's channels.
    public let spend: [Double]
    /// Per-channel figures, evaluated on the true curves.
    public let channels: [ChannelResult]
    /// Every rule: binding or not, and its shadow price.
    public let rules: [RuleResult]
    /// The objective of the plan on the true curves (outcome, profit, or spend).
    public let objective: Double
    /// A proven bound on the best possible objective (≥ for maximising, ≤ for minimising).
    public let bound: Double
    /// `|bound − objective| / |bound|`: the plan is provably within this of the best possible.
    public let gap: Double
    /// Σ spend.
    public let totalSpend: Double
    /// Σ outcome on the true curves.
    public let totalOutcome: Double
    /// The gap the optimiser aimed for; ``isProven`` when ``gap`` is within it.
    public let tolerance: Double
    /// Whether the plan is proven within ``tolerance`` of the best possible.
    public var isProven: Bool { gap <= tolerance }
    /// `LP` when every curve is concave and every rule continuous; otherwise `MILP`.
    public let method: Method
    /// Linearise-solve-refine rounds used.
    public let iterations: Int
    /// Breakpoints per channel in the final linearisation (summed over channels).
    public let breakpoints: Int
    /// Wall-clock time in seconds.
    public let seconds: Double

    public enum Method: String, Sendable {
        case lp = "LP"
        case milp = "MILP"
    }
}

/// One channel of the plan.
public struct ChannelResult: Sendable, Equatable {
    public let name: String
    public let spend: Double
    /// Outcome on the true curve.
    public let outcome: Double
    /// spend / total spend (0 when nothing is spent).
    public let share: Double
    /// outcome / spend (0 when nothing is spent).
    public let roi: Double
    /// d outcome / d spend at the plan (right derivative at a kink).
    public let marginalROI: Double
    /// spend − current, when the channel has a current spend.
    public let change: Double?
}

/// One rule of the plan.
public struct RuleResult: Sendable, Equatable {
    public let rule: Rule
    /// The rule's display name (`"group core max_share"`).
    public let name: String
    /// Whether the plan sits on the rule's limit.
    public let binding: Bool
    /// Change in the objective per one more unit of the rule's limit (its right-hand side):
    /// per currency unit for amounts, per 1.0 of share for share rules, per 1.0 of ROI for
    /// `min_roi`. Zero when not binding.
    public let shadowPrice: Double
    /// For rules on sums of spend (budget, group, share and linear rules, channel bounds):
    /// the change in objective per currency unit by which the rule's left side may grow.
    /// For a share rule this is "per unit of spend moved" into the group.
    public let perUnitOfSpend: Double?
    /// The unit of ``shadowPrice``.
    public let unit: ShadowPriceUnit
}

/// What one unit of a rule's limit is.
public enum ShadowPriceUnit: String, Sendable {
    /// A currency unit (budget, bounds, absolute group limits, linear rules).
    case currency
    /// 1.0 of share (group share rules).
    case share
    /// 1.0 of ROI (min_roi).
    case roi
    /// One unit of outcome (target_outcome).
    case outcome
    /// No continuous limit (min_buy, buy_unit).
    case none
}
