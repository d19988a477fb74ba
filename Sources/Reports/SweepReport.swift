import Localization
import BudgetModel
import Optimizer

/// The report of `budgetlab sweep`: the budget-to-objective frontier.
///
/// JSON: `scenario`, `currency`, `objective_kind`, and `points`, each with `budget`,
/// `feasible`, `objective`, `total_outcome`, `total_spend`, `roi`, `step_marginal_roi`,
/// `budget_shadow_price`, `spend` (`{channel: amount}`) and `uncertainty` (over the curves'
/// draws, or `null`); numbers are `null` at an infeasible level.
public enum SweepReport {
    /// Channel spend columns appear in table and markdown output up to this many channels
    /// (always in CSV and JSON).
    static let maxChannelColumns = 8

    /// Renders the sweep's points.
    ///
    /// - Parameters:
    ///   - points: The levels, in budget order, as ``Optimizer/sweep(_:from:to:steps:progress:)`` returns them.
    ///   - scenario: The scenario swept (for names and currency).
    ///   - format: The output format.
    /// - Returns: The report, ending with a newline.
    public static func render(_ points: [SweepPoint], scenario: Scenario, format: OutputFormat) -> String {
        switch format {
        case .json: json(points, scenario: scenario).rendered()
        case .table, .markdown, .csv: document(points, scenario: scenario).render(format)
        }
    }

    /// A self-contained SVG chart of the frontier: objective against budget on top, step
    /// marginal ROI and the budget's shadow price below. No external fonts or scripts.
    ///
    /// - Returns: An SVG document (800 × 500 user units), ending with a newline.
    public static func svg(_ points: [SweepPoint], scenario: Scenario) -> String {
        SweepChart(points: points, scenario: scenario).render()
    }

    static func document(_ points: [SweepPoint], scenario: Scenario) -> Document {
        var document = Document()
        let kind = ObjectiveKind(scenario.objective)
        document.append(.title(tr(.sweepTitle, ["name": scenario.name])))
        let feasible = points.filter { $0.result != nil }.count
        document.append(.facts([
            (tr(.labelObjective), .text(kind.phrase)),
            (tr(.labelLevels), .text(tr(.levelsText, ["count": "\(points.count)", "feasible": "\(feasible)"]))),
        ]))
        document.append(.table(table(points, scenario: scenario)))
        let reasons = points.compactMap { point in
            point.failure.map { tr(.sweepLevelReason, ["budget": Format.amount(point.budget), "reason": $0]) }
        }
        if !reasons.isEmpty { document.append(.paragraph(tr(.sweepLevelsWithoutPlan, ["reasons": reasons.joined(separator: " ")]))) }
        document.append(.paragraph(tr(.sweepNote, ["word": kind.word])))
        return document
    }

    /// One row per budget level; channel spend columns are CSV-only above ``maxChannelColumns``.
    static func table(_ points: [SweepPoint], scenario: Scenario) -> Table {
        let currency = scenario.currency
        let names = scenario.channels.map(\.name)
        let channelsShown = names.count <= maxChannelColumns
        var columns: [Column] = [
            .number(Common.title(.labelBudget, currency: currency)),
            Column(title: tr(.columnFeasible), alignment: .left, csvOnly: true),
            .number(tr(.labelObjective)), .number(tr(.columnOutcome)), .number(tr(.columnROI)), .number(tr(.columnStepMarginalROI)),
            .number(tr(.columnBudgetShadowPrice)),
        ]
        let draws = scenario.drawCount > 0
        if draws { columns += [.number(tr(.columnOutcomeInterval)), .number(tr(.columnBeatsCurrent))] }
        columns += scenario.channels.map { Column(title: $0.label ?? $0.name, alignment: .right, csvOnly: !channelsShown) }
        let rows = points.map { point -> [Cell] in
            guard let result = point.result else {
                return [.number(point.budget, Format.amount), Common.yesNo(false), Cell(text: tr(.infeasible), raw: "")]
                    + Array(repeating: .empty, count: columns.count - 3)
            }
            return [
                .number(point.budget, Format.amount), Common.yesNo(true), .number(result.objective, Format.amount),
                .number(result.totalOutcome, Format.amount),
                .number(Common.ratio(result.totalOutcome, result.totalSpend), Format.ratio),
                .number(point.stepMarginalROI, Format.ratio), .number(point.budgetShadowPrice, Format.ratio),
            ] + (draws ? uncertaintyCells(result.uncertainty) : []) + Common.aligned(result.channels, to: names).map { .number($0?.spend, Format.amount) }
        }
        return Table(title: tr(.frontier), columns: columns, rows: rows)
    }

    /// The outcome's 90% interval over the draws and how often the plan beats the current one.
    private static func uncertaintyCells(_ u: OutcomeUncertainty?) -> [Cell] {
        guard let u else { return [.empty, .empty] }
        return [.text(UncertaintyReport.interval(u.outcomeInterval)), .number(u.probabilityBeatsCurrent) { Format.percent($0, decimals: 0) }]
    }

    static func json(_ points: [SweepPoint], scenario: Scenario) -> JSON {
        .object([
            ("scenario", .string(scenario.name)),
            ("currency", .string(scenario.currency)),
            ("objective_kind", .string(ObjectiveKind(scenario.objective).rawValue)),
            ("points", .array(points.map { point in
                let result = point.result
                let spend: JSON = result.map { r in .object(r.channels.map { ($0.name, .number($0.spend)) }) } ?? .null
                return .object([
                    ("budget", .number(point.budget)),
                    ("feasible", .bool(result != nil)),
                    ("objective", .number(result?.objective)),
                    ("total_outcome", .number(result?.totalOutcome)),
                    ("total_spend", .number(result?.totalSpend)),
                    ("roi", .number(result.flatMap { Common.ratio($0.totalOutcome, $0.totalSpend) })),
                    ("step_marginal_roi", .number(point.stepMarginalROI)),
                    ("budget_shadow_price", .number(point.budgetShadowPrice)),
                    ("spend", spend),
                    ("reason", .string(point.failure)),
                    ("uncertainty", UncertaintyReport.json(result?.uncertainty)),
                ])
            })),
        ])
    }
}
