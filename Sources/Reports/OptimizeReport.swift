import Localization
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

    /// The report of ``render(_:format:notes:evidence:)`` in any format, handed to `sink` in
    /// pieces of about a megabyte (JSON as ``renderJSON(_:notes:evidence:to:)``; a table of
    /// 100,000 channels is written line by line, never held whole).
    public static func render(
        _ result: OptimizationResult, format: OutputFormat, notes: [String] = [], evidence: [EvidenceLimit] = [],
        to sink: (String) throws -> Void
    ) throws {
        guard format != .json else { return try renderJSON(result, notes: notes, evidence: evidence, to: sink) }
        let notes = notes + evidence.map(EvidenceReport.sentence)
        var document = document(result)
        if !notes.isEmpty { document.append(.list(title: "Notes", items: notes)) }
        try document.render(format, to: sink)
    }

    /// The JSON report of ``render(_:format:notes:evidence:)``, handed to `sink` in pieces (a
    /// 100,000-channel plan is about 50 MB of text, never held whole).
    public static func renderJSON(
        _ result: OptimizationResult, notes: [String] = [], evidence: [EvidenceLimit] = [], to sink: (String) throws -> Void
    ) throws {
        try json(result, notes: notes + evidence.map(EvidenceReport.sentence)).render(to: sink)
    }

    /// The report as a document: header facts, channels, rules, notes.
    static func document(_ result: OptimizationResult) -> Document {
        let scenario = result.scenario
        let currency = scenario.currency
        let kind = ObjectiveKind(scenario.objective)
        var document = Document()
        document.append(.title(tr(.planTitle, ["name": scenario.name])))
        document.append(.facts([
            (tr(.labelStatus), .text(statusText(result))),
            (tr(.labelBudget), .number(scenario.budget?.amount) { _ in Common.budgetText(scenario) }),
            (tr(.labelTotalSpend), .number(result.totalSpend) { Format.money($0, currency: currency) }),
            (tr(.labelTotalOutcome), .number(result.totalOutcome, Format.amount)),
            (tr(.labelROI), .number(Common.ratio(result.totalOutcome, result.totalSpend), Format.ratio)),
            (tr(.labelObjective), .number(result.objective) {
                tr(.labelled, [
                    "label": "\(kind.phrase)\(scenario.risk.map { " (\(UncertaintyReport.shortName($0)))" } ?? "")",
                    "value": kind.value($0, currency: currency),
                ])
            }),
            (tr(.labelSolver), .text(tr(result.iterations == 1 ? .solverTextOneRound : .solverText, [
                "rounds": "\(result.iterations)", "breakpoints": "\(result.breakpoints)", "seconds": Format.amount(result.seconds),
            ]))),
        ] + UncertaintyReport.facts(result.uncertainty, risk: scenario.risk)))
        document.append(.table(channelTable(result)))
        document.append(.table(ruleTable(result.rules, of: result)))
        switch result.method {
        case .lp:
            document.append(.paragraph(tr(.shadowPriceNote, ["source": Explanation.shadowPriceSource(.lp)])))
        case .milp:
            document.append(.paragraph(Explanation.milpNote))
        }
        return document
    }

    /// `optimal (LP): provably within 0.01% of the best possible (bound 2,871,500)`.
    static func statusText(_ result: OptimizationResult) -> String {
        let kind = ObjectiveKind(result.scenario.objective)
        let status = "\(tr(result.isProven ? .statusOptimal : .statusFeasible)) (\(result.method.rawValue))"
        guard result.bound.isFinite, result.gap.isFinite else { return tr(.statusNoBound, ["status": status]) }
        let bound = kind.value(result.bound, currency: result.scenario.currency)
        var text = tr(.statusWithin, ["status": status, "gap": Format.gapPercent(result.gap), "bound": bound])
        if !result.isProven { text += tr(.statusAboveTarget, ["target": Format.gapPercent(result.tolerance)]) }
        return text
    }

    /// Channels: spend, share, change against current, outcome, ROI, marginal ROI, and a total row.
    static func channelTable(_ result: OptimizationResult) -> Table {
        let currency = result.scenario.currency
        let sources = Common.sources(result.channels, scenario: result.scenario)
        let rows = zip(result.channels, sources).map { channel, source in
            let c = Common.cells(channel)
            return [Common.channelCell(channel.name, source: source), c.spend, c.share, Common.changeCell(channel), c.outcome, c.roi, c.marginal]
        }
        let total: [Cell] = [
            .text(tr(.total)), .number(result.totalSpend, Format.amount),
            .number(result.channels.reduce(0) { $0 + $1.share }) { Format.percent($0) },
            Common.totalChangeCell(result.channels), .number(result.totalOutcome, Format.amount),
            .number(Common.ratio(result.totalOutcome, result.totalSpend), Format.ratio), .empty,
        ]
        return Table(
            title: tr(.tableChannels),
            columns: [
                .text(tr(.columnChannel)), .number(Common.title(.columnSpend, currency: currency)), .number(tr(.columnShare)),
                .number(tr(.columnVsCurrent)), .number(tr(.columnOutcome)), .number(tr(.columnROI)), .number(tr(.columnMarginalROI)),
            ],
            rows: rows, total: total)
    }

    /// Rules, binding ones first: whether each binds, its shadow price, and what that means.
    static func ruleTable(_ rules: [RuleResult], of result: OptimizationResult, title: String = tr(.tableRules)) -> Table {
        let ordered = rules.filter(\.binding) + rules.filter { !$0.binding }
        return Table(
            title: title,
            columns: [
                .text(tr(.columnRule)), .text(tr(.columnBinding)), .number(tr(.columnShadowPrice)),
                Column(title: tr(.columnUnit), alignment: .left, csvOnly: true),
                Column(title: tr(.columnPerUnitOfSpend), alignment: .right, csvOnly: true), .text(tr(.columnMeaning)),
            ],
            rows: ordered.map { rule in
                [
                    .text(rule.name), Common.yesNo(rule.binding), .number(rule.shadowPrice, Format.rate),
                    .text(rule.unit.rawValue), .number(rule.perUnitOfSpend, Format.rate),
                    .text(Explanation.sentence(for: rule, in: result)),
                ]
            })
    }
}
