import BudgetModel
import Optimizer

/// The report of `budgetlab optimize`: the plan, how good it provably is, and why.
///
/// The JSON form is the contract in `docs/scenario-format.md` ("What `optimize` reports")
/// plus extra keys; see ``json(_:)``.
public enum OptimizeReport {
    /// Renders an optimisation result.
    ///
    /// - Parameters:
    ///   - result: The solved scenario.
    ///   - format: `table` and `markdown` for people, `json` and `csv` for tools.
    /// - Returns: The report, ending with a newline.
    ///   - notes: Sentences about the plan (evidence limits it reached), listed after the rules
    ///     and as `notes` in JSON.
    ///   - evidence: Evidence limits the plan reached, said in words among the notes.
    public static func render(
        _ result: OptimizationResult, format: OutputFormat, notes: [String] = [], evidence: [EvidenceLimit] = []
    ) -> String {
        let notes = notes + evidence.map(EvidenceReport.sentence)
        return switch format {
        case .json: json(result, notes: notes).rendered()
        case .table, .markdown, .csv:
            {
                var document = document(result)
                if !notes.isEmpty { document.append(.list(title: "Notes", items: notes)) }
                return document.render(format)
            }()
        }
    }

    /// The report as a document: header facts, channels, rules, notes.
    static func document(_ result: OptimizationResult) -> Document {
        let scenario = result.scenario
        let currency = scenario.currency
        let kind = ObjectiveKind(scenario.objective)
        var document = Document()
        document.append(.title("Plan for \(scenario.name)"))
        document.append(.facts([
            ("Status", .text(statusText(result))),
            ("Budget", .number(scenario.budget?.amount) { _ in Common.budgetText(scenario) }),
            ("Total spend", .number(result.totalSpend) { Format.money($0, currency: currency) }),
            ("Total outcome", .number(result.totalOutcome, Format.amount)),
            ("ROI", .number(Common.ratio(result.totalOutcome, result.totalSpend), Format.ratio)),
            ("Objective", .number(result.objective) {
                "\(kind.phrase)\(scenario.risk.map { " (\($0.shortName))" } ?? ""): \(kind.value($0, currency: currency))"
            }),
            ("Solver", .text("\(result.iterations) rounds, \(result.breakpoints) breakpoints, \(Format.amount(result.seconds)) s")),
        ] + UncertaintyReport.facts(result.uncertainty, risk: scenario.risk)))
        document.append(.table(channelTable(result)))
        document.append(.table(ruleTable(result.rules, of: result)))
        switch result.method {
        case .lp:
            document.append(.paragraph(
                "Shadow prices are \(Explanation.shadowPriceSource(.lp)): the change in the objective per one more "
                    + "unit of a rule's limit."))
        case .milp:
            document.append(.paragraph(Explanation.milpNote))
        }
        return document
    }

    /// `optimal (LP): provably within 0.01% of the best possible (bound 2,871,500)`.
    static func statusText(_ result: OptimizationResult) -> String {
        let kind = ObjectiveKind(result.scenario.objective)
        let status = "\(result.isProven ? "optimal" : "feasible") (\(result.method.rawValue))"
        guard result.bound.isFinite, result.gap.isFinite else { return "\(status): no finite bound was proven" }
        let bound = kind.value(result.bound, currency: result.scenario.currency)
        var text = "\(status): provably within \(Format.gapPercent(result.gap)) of the best possible (bound \(bound))"
        if !result.isProven { text += ", above the \(Format.gapPercent(result.tolerance)) target" }
        return text
    }

    /// Channels: spend, share, change against current, outcome, ROI, marginal ROI, and a total row.
    static func channelTable(_ result: OptimizationResult) -> Table {
        let currency = result.scenario.currency
        let rows = result.channels.map { channel in
            let c = Common.cells(channel)
            return [.text(channel.name), c.spend, c.share, Common.changeCell(channel), c.outcome, c.roi, c.marginal]
        }
        let total: [Cell] = [
            .text("Total"), .number(result.totalSpend, Format.amount),
            .number(result.channels.reduce(0) { $0 + $1.share }) { Format.percent($0) },
            Common.totalChangeCell(result.channels), .number(result.totalOutcome, Format.amount),
            .number(Common.ratio(result.totalOutcome, result.totalSpend), Format.ratio), .empty,
        ]
        return Table(
            title: "Channels",
            columns: [
                .text("Channel"), .number(Common.title("Spend", currency: currency)), .number("Share"),
                .number("vs current"), .number("Outcome"), .number("ROI"), .number("Marginal ROI"),
            ],
            rows: rows, total: total)
    }

    /// Rules, binding ones first: whether each binds, its shadow price, and what that means.
    static func ruleTable(_ rules: [RuleResult], of result: OptimizationResult, title: String = "Rules") -> Table {
        let ordered = rules.filter(\.binding) + rules.filter { !$0.binding }
        return Table(
            title: title,
            columns: [
                .text("Rule"), .text("Binding"), .number("Shadow price"),
                Column(title: "Unit", alignment: .left, csvOnly: true),
                Column(title: "Per unit of spend", alignment: .right, csvOnly: true), .text("Meaning"),
            ],
            rows: ordered.map { rule in
                [
                    .text(rule.name), .text(rule.binding ? "yes" : "no"), .number(rule.shadowPrice, Format.rate),
                    .text(rule.unit.rawValue), .number(rule.perUnitOfSpend, Format.rate),
                    .text(Explanation.sentence(for: rule, in: result)),
                ]
            })
    }
}
