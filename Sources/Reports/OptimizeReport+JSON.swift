import Localization
import BudgetModel
import Optimizer

extension OptimizeReport {
    /// The result as the JSON object of the output contract, with extra keys.
    ///
    /// Keys in order: `status` (`optimal` when proven within tolerance, else `feasible`),
    /// `scenario`, `currency`, `objective_kind` (`outcome` | `profit` | `spend`), `objective`,
    /// `bound`, `gap`, `tolerance`, `total_spend`, `total_outcome`, `roi`, `method`, `iterations`,
    /// `breakpoints`, `seconds`, `shadow_prices` (how they were obtained), `channels` (`name`,
    /// `spend`, `outcome`, `share`, `roi`, `marginal_roi`, `change`, `current`) and `constraints`
    /// (`name`, `binding`, `shadow_price`, `unit`, `per_unit_of_spend`, `explanation`), `risk`
    /// (`objective.risk`, or `null`) and `uncertainty` (the outcome over the curves' draws, see
    /// ``UncertaintyReport/json(_:)``, or `null` without draws) and `notes` (sentences such as
    /// the evidence limits the plan reached).
    /// Missing and non-finite numbers are `null`.
    static func json(_ result: OptimizationResult, notes: [String] = []) -> JSON {
        let scenario = result.scenario
        let sources = Common.sources(result.channels, scenario: scenario)
        return .object([
            ("status", .string(result.isProven ? "optimal" : "feasible")),
            ("scenario", .string(scenario.name)),
            ("currency", .string(scenario.currency)),
            ("objective_kind", .string(ObjectiveKind(scenario.objective).rawValue)),
            ("objective", .number(result.objective)),
            ("bound", .number(result.bound)),
            ("gap", .number(result.gap)),
            ("tolerance", .number(result.tolerance)),
            ("total_spend", .number(result.totalSpend)),
            ("total_outcome", .number(result.totalOutcome)),
            ("roi", .number(Common.ratio(result.totalOutcome, result.totalSpend))),
            ("method", .string(result.method.rawValue)),
            ("iterations", .integer(result.iterations)),
            ("breakpoints", .integer(result.breakpoints)),
            ("seconds", .number(result.seconds)),
            ("shadow_prices", .string(Explanation.shadowPriceSource(result.method))),
            ("channels", .elements(result.channels.count) { Common.channelJSON(result.channels[$0], source: sources[$0]) }),
            ("constraints", .elements(result.rules.count) { constraintJSON(result.rules[$0], of: result) }),
            ("risk", UncertaintyReport.riskJSON(scenario.risk)),
            ("uncertainty", UncertaintyReport.json(result.uncertainty)),
            ("notes", .array(notes.map { .string($0) })),
        ])
    }

    /// One rule as a JSON object.
    static func constraintJSON(_ rule: RuleResult, of result: OptimizationResult) -> JSON {
        .object([
            ("name", .string(rule.name)),
            ("binding", .bool(rule.binding)),
            ("shadow_price", .number(rule.shadowPrice)),
            ("unit", .string(rule.unit.rawValue)),
            ("per_unit_of_spend", .number(rule.perUnitOfSpend)),
            ("explanation", .string(Explanation.sentence(for: rule, in: result))),
        ])
    }
}
