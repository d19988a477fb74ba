/// The time unit of a tool's per-period curves. BudgetLab's curves are monthly: a curve for one
/// period becomes `monthly(m) = p · f(m / p)` with `p` periods per month, which for a points
/// curve scales both axes by `p` (the spend of a month spread evenly over its periods).
public enum Period: String, Sendable, CaseIterable {
    case day
    case week
    case month

    /// Periods per month: 365.25/12 days, 365.25/7/12 weeks, 1 month.
    public var perMonth: Double {
        switch self {
        case .day: 365.25 / 12
        case .week: 365.25 / 7 / 12
        case .month: 1
        }
    }
}
