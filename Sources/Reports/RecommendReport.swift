import BudgetModel
import Optimizer
import Recommendation

/// What `budgetlab recommend` prints: next month's split, each move explained by marginal
/// ROI against the others, the expected outcome with its interval, and the binding rules.
public enum RecommendReport {
    public static func render(_ recommendation: Recommendation, format: OutputFormat) -> String {
        let result = recommendation.result
        let currency = recommendation.scenario.currency
        if format == .json { return json(recommendation).rendered() + "\n" }
        var document = Document()
        document.append(.title("Recommendation for \(recommendation.month): \(recommendation.scenario.name)"))
        let change = recommendation.expectedOutcome - recommendation.lastMonthModelledOutcome
        document.append(.facts([
            ("Budget", .text(Common.budgetText(recommendation.scenario))),
            ("Expected outcome", .text("\(Format.amount(recommendation.expectedOutcome)) (90% interval \(Format.amount(recommendation.outcomeInterval.lowerBound)) – \(Format.amount(recommendation.outcomeInterval.upperBound)))")),
            ("Last month's split", .text("\(Format.amount(recommendation.lastMonthModelledOutcome)) on the same curves (\(recommendation.lastMonth)); the new split adds \(Format.signed(change))")),
            ("Beats last month", .text(recommendation.uncertainty.flatMap { u in
                u.probabilityBeatsCurrent.map { UncertaintyReport.beatsText($0, u, versus: "last month") } } ?? "— (no curve draws)")),
            ("Optimality", .text("\(result.isProven ? "optimal" : "feasible"), provably within \(Format.gapPercent(result.gap)) of the best possible")),
            ("Fit", .text("\(recommendation.fit.method.rawValue), \(recommendation.fit.periods.count) periods before \(recommendation.month), R² \(Format.ratio(recommendation.fit.r2)), hold-out MAPE \(recommendation.fit.holdoutMAPE.map { Format.percent($0) } ?? "—")")),
        ] + UncertaintyReport.facts(nil, risk: recommendation.scenario.risk)))
        let rows = recommendation.moves.map { move -> [Cell] in
            [
                .text(move.name), .number(move.lastMonth) { Format.amount($0) }, .number(move.recommended) { Format.amount($0) },
                .text(Format.change(move.change, base: move.lastMonth)),
                .number(move.marginalAtLast) { Format.ratio($0) }, .number(move.marginalAtRecommended) { Format.ratio($0) },
                .text(reason(move, recommendation)),
            ]
        }
        document.append(.table(Table(
            title: "channels",
            columns: [.text("Channel"), .number(Common.title("Last month", currency: currency)), .number(Common.title("Recommended", currency: currency)),
                      .number("Change"), .number("mROI last month"), .number("mROI recommended"), .text("Why")],
            rows: rows)))
        let binding = result.rules.filter(\.binding)
        if !binding.isEmpty {
            document.append(.list(title: "Rules that shape the plan", items: binding.map { "\($0.name): \(Explanation.sentence(for: $0, in: result))" }))
        }
        let notes = recommendation.evidenceLimits.map(EvidenceReport.sentence) + recommendation.notes
        if !notes.isEmpty { document.append(.list(title: "Notes", items: notes)) }
        document.append(.paragraph(
            "mROI is the marginal ROI: the outcome of one more unit of spend on the fitted monthly curve. Money moves toward channels whose mROI at last month's spend is above the budget's shadow price (the return of the best use of one more unit) and away from those below it, until the rules stop it."))
        return document.render(format)
    }

    /// One sentence per channel: why it goes up, down, or stays.
    static func reason(_ move: Recommendation.Move, _ recommendation: Recommendation) -> String {
        let price = move.budgetPrice.map { Format.ratio($0) } ?? "the others'"
        let mroi = Format.ratio(move.marginalAtLast)
        let relative = move.lastMonth > 0 ? abs(move.change) / move.lastMonth : (move.change == 0 ? 0 : 1)
        let binding = recommendation.result.rules.filter { rule in
            rule.binding && rule.rule.channel.map { recommendation.scenario.channels[$0].name == move.name } == true
        }.map(\.name)
        let limit = binding.isEmpty ? "" : " (held by \(binding.joined(separator: ", ")))"
        let after = Format.ratio(move.marginalAtRecommended)
        let above = move.budgetPrice.map { move.marginalAtLast >= $0 } ?? (move.change > 0)
        if relative < 0.005 { return "keep: mROI \(mroi) ≈ the budget's \(price)\(limit)" }
        if move.change > 0 {
            return above
                ? "up: mROI \(mroi) above the budget's \(price)\(limit)"
                : "up: S-shaped, mROI rises with spend (\(mroi) → \(after)) past the budget's \(price)\(limit)"
        }
        return !above
            ? "down: mROI \(mroi) below the budget's \(price)\(limit)"
            : "down: mROI \(mroi) is high, but the rules or the budget's other uses win\(limit)"
    }

    static func json(_ recommendation: Recommendation) -> JSON {
        .object([
            ("month", .string("\(recommendation.month)")),
            ("last_month", .string("\(recommendation.lastMonth)")),
            ("expected_outcome", .number(recommendation.expectedOutcome)),
            ("outcome_interval", .array([.number(recommendation.outcomeInterval.lowerBound), .number(recommendation.outcomeInterval.upperBound)])),
            ("last_month_modelled_outcome", .number(recommendation.lastMonthModelledOutcome)),
            ("channels", .array(recommendation.moves.map { move in
                .object([
                    ("name", .string(move.name)), ("last_month", .number(move.lastMonth)), ("spend", .number(move.recommended)),
                    ("change", .number(move.change)), ("marginal_roi_last_month", .number(move.marginalAtLast)),
                    ("marginal_roi", .number(move.marginalAtRecommended)), ("reason", .string(reason(move, recommendation))),
                ])
            })),
            ("plan", OptimizeReport.json(recommendation.result)),
            ("notes", .array((recommendation.evidenceLimits.map(EvidenceReport.sentence) + recommendation.notes).map { .string($0) })),
            ("probability_beats_last_month", .number(recommendation.uncertainty?.probabilityBeatsCurrent)),
            ("uncertainty", UncertaintyReport.json(recommendation.uncertainty)),
        ])
    }
}
