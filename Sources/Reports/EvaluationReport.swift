import Localization
import BudgetModel
import Optimizer

/// The report of `budgetlab evaluate`: a given plan against the rules and the optimum.
///
/// JSON keys: `plan`, `scenario`, `currency`, `objective_kind`, `objective`, `total_spend`,
/// `total_outcome`, `roi`, `channels` (as in ``OptimizeReport``, plus `optimal_spend`),
/// `violations` (messages), `feasible`, `optimum_objective` and `gap_to_optimum` (both `null`
/// when the scenario has no feasible optimum), `uncertainty` (over the curves' draws, or `null`).
public enum EvaluationReport {
    /// Renders a plan evaluation.
    ///
    /// - Parameters:
    ///   - evaluation: The plan judged against its scenario.
    ///   - planName: What the plan is called (usually its file name).
    ///   - format: The output format.
    /// - Returns: The report, ending with a newline.
    public static func render(_ evaluation: PlanEvaluation, planName: String, format: OutputFormat) -> String {
        switch format {
        case .json: json(evaluation, planName: planName).rendered()
        case .table, .markdown, .csv: document(evaluation, planName: planName).render(format)
        }
    }

    static func document(_ evaluation: PlanEvaluation, planName: String) -> Document {
        let scenario = evaluation.scenario
        let currency = scenario.currency
        let kind = ObjectiveKind(scenario.objective)
        var document = Document()
        document.append(.title(tr(.evaluationTitle, ["plan": planName, "name": scenario.name])))
        let broken = evaluation.violations.count
        var facts: [(label: String, value: Cell)] = [
            (tr(.labelBudget), .number(scenario.budget?.amount) { _ in Common.budgetText(scenario) }),
            (tr(.labelTotalSpend), .number(evaluation.totalSpend) { Format.money($0, currency: currency) }),
            (tr(.labelTotalOutcome), .number(evaluation.totalOutcome, Format.amount)),
            (tr(.labelROI), .number(Common.ratio(evaluation.totalOutcome, evaluation.totalSpend), Format.ratio)),
            (tr(.labelObjective), .number(evaluation.objective) { tr(.labelled, ["label": kind.phrase, "value": kind.value($0, currency: currency)]) }),
            (tr(.tableRules), .text(broken == 0 ? tr(.obeysEveryRule) : tr(broken == 1 ? .breaksOneRule : .breaksRules, ["count": "\(broken)"]))),
        ]
        if let optimum = evaluation.optimum {
            facts.append((tr(.labelOptimum), .number(optimum.objective) { kind.value($0, currency: currency) }))
            facts.append((tr(.labelGapToOptimum), .number(evaluation.gapToOptimum) {
                gapText($0, kind: kind, breaksRules: !evaluation.violations.isEmpty)
            }))
        } else {
            facts.append((tr(.labelOptimum), .text(tr(.noOptimum))))
        }
        document.append(.facts(facts + UncertaintyReport.facts(evaluation.uncertainty, risk: scenario.risk)))
        document.append(.table(channelTable(evaluation)))
        if !evaluation.violations.isEmpty {
            document.append(.list(title: tr(.brokenRules), items: evaluation.violations.map(\.message)))
        }
        return document
    }

    /// `2.3% (the plan's outcome is below the optimum's by this share)`.
    private static func gapText(_ gap: Double, kind: ObjectiveKind, breaksRules: Bool) -> String {
        let gapText = Format.gapPercent(gap)
        if breaksRules, gap <= 0 { return tr(.gapByBreakingRules, ["gap": gapText]) }
        return tr(kind.maximises ? .gapBelow : .gapAbove, ["gap": gapText, "word": kind.word])
    }

    /// The plan's channels beside the optimum's spend.
    static func channelTable(_ evaluation: PlanEvaluation) -> Table {
        let currency = evaluation.scenario.currency
        let optimal = optimalSpend(evaluation)
        let sources = Common.sources(evaluation.channels, scenario: evaluation.scenario)
        let rows = evaluation.channels.enumerated().map { i, channel -> [Cell] in
            let c = Common.cells(channel)
            let best = optimal?[i]
            return [
                Common.channelCell(channel.name, source: sources[i]), c.spend, c.share, c.outcome, c.roi, c.marginal,
                .number(best, Format.amount), .number(best.map { channel.spend - $0 }, Format.signed),
            ]
        }
        let optimalTotal = evaluation.optimum?.totalSpend
        let total: [Cell] = [
            .text(tr(.total)), .number(evaluation.totalSpend, Format.amount),
            .number(evaluation.channels.reduce(0) { $0 + $1.share }) { Format.percent($0) },
            .number(evaluation.totalOutcome, Format.amount),
            .number(Common.ratio(evaluation.totalOutcome, evaluation.totalSpend), Format.ratio), .empty,
            .number(optimalTotal, Format.amount), .number(optimalTotal.map { evaluation.totalSpend - $0 }, Format.signed),
        ]
        return Table(
            title: tr(.tableChannels),
            columns: [
                .text(tr(.columnChannel)), .number(Common.title(.columnSpend, currency: currency)), .number(tr(.columnShare)),
                .number(tr(.columnOutcome)), .number(tr(.columnROI)), .number(tr(.columnMarginalROI)),
                .number(tr(.columnOptimalSpend)), .number(tr(.columnPlanMinusOptimal)),
            ],
            rows: rows, total: total)
    }

    /// The optimum's spend per channel, aligned with the evaluation's channels.
    private static func optimalSpend(_ evaluation: PlanEvaluation) -> [Double?]? {
        guard let optimum = evaluation.optimum else { return nil }
        let spend = Dictionary(optimum.channels.map { ($0.name, $0.spend) }, uniquingKeysWith: { first, _ in first })
        return evaluation.channels.map { spend[$0.name] }
    }

    static func json(_ evaluation: PlanEvaluation, planName: String) -> JSON {
        let scenario = evaluation.scenario
        let optimal = optimalSpend(evaluation)
        let sources = Common.sources(evaluation.channels, scenario: scenario)
        let channels = evaluation.channels.enumerated().map { i, channel -> JSON in
            guard case var .object(members) = Common.channelJSON(channel, source: sources[i]) else { return .null }
            members.append(("optimal_spend", .number(optimal?[i] ?? nil)))
            return .object(members)
        }
        return .object([
            ("plan", .string(planName)),
            ("scenario", .string(scenario.name)),
            ("currency", .string(scenario.currency)),
            ("objective_kind", .string(ObjectiveKind(scenario.objective).rawValue)),
            ("objective", .number(evaluation.objective)),
            ("total_spend", .number(evaluation.totalSpend)),
            ("total_outcome", .number(evaluation.totalOutcome)),
            ("roi", .number(Common.ratio(evaluation.totalOutcome, evaluation.totalSpend))),
            ("channels", .array(channels)),
            ("violations", .array(evaluation.violations.map { .string($0.message) })),
            ("feasible", .bool(evaluation.violations.isEmpty)),
            ("optimum_objective", .number(evaluation.optimum?.objective)),
            ("gap_to_optimum", .number(evaluation.gapToOptimum)),
            ("uncertainty", UncertaintyReport.json(evaluation.uncertainty)),
        ])
    }
}
