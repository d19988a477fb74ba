import BudgetModel
import Planning

extension PlanReport {
    /// The plan as the JSON object of the contract (docs/scenario-format.md, "The annual plan"),
    /// with extra keys.
    ///
    /// Keys: `status` (`optimal` | `feasible`), `scenario`, `currency`, `objective`, `bound`, `gap`,
    /// `tolerance`, `total_spend`, `total_outcome`, `method`, `iterations`, `seconds`,
    /// `actual_months`, `months` (`month`, `budget`, `spend`, `outcome`, `marginal_value`,
    /// `actual`, `channels` [`name`, `spend`, `outcome`, `marginal_roi`, `multiplier`]) and
    /// `constraints` (`name`, `month` — `null` for a rule over the whole horizon —, `binding`,
    /// `shadow_price`, `unit`). Non-finite numbers are `null`.
    static func json(_ plan: AnnualPlan) -> JSON {
        .object([
            ("status", .string(plan.isProven ? "optimal" : "feasible")),
            ("scenario", .string(plan.scenario.name)),
            ("currency", .string(plan.scenario.currency)),
            ("objective", .number(plan.objective)),
            ("bound", .number(plan.bound)),
            ("gap", .number(plan.gap)),
            ("tolerance", .number(plan.tolerance)),
            ("total_spend", .number(plan.totalSpend)),
            ("total_outcome", .number(plan.totalOutcome)),
            ("method", .string(plan.method.rawValue)),
            ("iterations", .integer(plan.iterations)),
            ("seconds", .number(plan.seconds)),
            ("actual_months", .integer(plan.actualMonths)),
            ("months", .array(plan.months.map(monthJSON))),
            ("constraints", .array(plan.rules.map(ruleJSON))),
        ])
    }

    private static func monthJSON(_ month: MonthPlan) -> JSON {
        .object([
            ("month", .string(month.label)),
            ("budget", .number(month.budget)),
            ("spend", .number(month.spend)),
            ("outcome", .number(month.outcome)),
            ("marginal_value", .number(month.marginalValue)),
            ("actual", .bool(month.isActual)),
            ("channels", .array(month.channels.map { channel in
                .object([
                    ("name", .string(channel.name)),
                    ("spend", .number(channel.spend)),
                    ("outcome", .number(channel.outcome)),
                    ("marginal_roi", .number(channel.marginalROI)),
                    ("multiplier", .number(channel.multiplier)),
                ])
            })),
        ])
    }

    private static func ruleJSON(_ rule: PlanRule) -> JSON {
        .object([
            ("name", .string(rule.name)),
            ("month", .string(rule.month)),
            ("binding", .bool(rule.binding)),
            ("shadow_price", .number(rule.shadowPrice)),
            ("unit", .string(rule.unit.rawValue)),
        ])
    }
}
