import Localization
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
        let scenario = recommendation.scenario
        document.append(.title(tr(.recommendTitle, ["month": "\(recommendation.month)", "name": scenario.name])))
        let change = recommendation.expectedOutcome - recommendation.lastMonthModelledOutcome
        document.append(.facts([
            (tr(.labelBudget), .text(Common.budgetText(scenario))),
            (tr(.labelExpectedOutcome), .text(tr(.expectedOutcomeText, [
                "value": Format.amount(recommendation.expectedOutcome),
                "low": Format.amount(recommendation.outcomeInterval.lowerBound),
                "high": Format.amount(recommendation.outcomeInterval.upperBound),
            ]))),
            (tr(.labelLastMonthSplit), .text(tr(.lastMonthSplitText, [
                "value": Format.amount(recommendation.lastMonthModelledOutcome), "month": "\(recommendation.lastMonth)",
                "change": Format.signed(change),
            ]))),
            (tr(.labelBeatsLastMonth), .text(recommendation.uncertainty.flatMap { u in
                u.probabilityBeatsCurrent.map { UncertaintyReport.beatsText($0, u, versus: .versusLastMonth) } } ?? tr(.noDraws))),
            (tr(.labelOptimality), .text(tr(.optimalityText, [
                "status": tr(result.isProven ? .statusOptimal : .statusFeasible), "gap": Format.gapPercent(result.gap),
            ]))),
            (tr(.labelFit), .text(tr(.recommendFitText, [
                "method": recommendation.fit.method.rawValue, "periods": "\(recommendation.fit.periods.count)",
                "month": "\(recommendation.month)", "r2": Format.ratio(recommendation.fit.r2),
                "mape": recommendation.fit.holdoutMAPE.map { Format.percent($0) } ?? "—",
            ]))),
        ] + UncertaintyReport.facts(nil, risk: recommendation.scenario.risk)))
        let labels = Common.labels(scenario)
        let rows = recommendation.moves.map { move -> [Cell] in
            [
                Common.channelCell(move.name, labels: labels), .number(move.lastMonth) { Format.amount($0) }, .number(move.recommended) { Format.amount($0) },
                .text(Format.change(move.change, base: move.lastMonth)),
                .number(move.marginalAtLast) { Format.ratio($0) }, .number(move.marginalAtRecommended) { Format.ratio($0) },
                .text(reason(move, recommendation)),
            ]
        }
        document.append(.table(Table(
            title: tr(.tableChannels),
            columns: [.text(tr(.columnChannel)), .number(Common.title(.columnLastMonth, currency: currency)),
                      .number(Common.title(.columnRecommended, currency: currency)),
                      .number(tr(.columnChange)), .number(tr(.columnMROILastMonth)), .number(tr(.columnMROIRecommended)), .text(tr(.columnWhy))],
            rows: rows)))
        let binding = result.rules.filter(\.binding)
        if !binding.isEmpty {
            document.append(.list(title: tr(.rulesThatShape), items: binding.map { "\($0.name): \(Explanation.sentence(for: $0, in: result))" }))
        }
        let notes = recommendation.evidenceLimits.map(EvidenceReport.sentence) + recommendation.notes
        if !notes.isEmpty { document.append(.list(title: tr(.notes), items: notes)) }
        document.append(.paragraph(tr(.mroiNote)))
        return document.render(format)
    }

    /// One sentence per channel: why it goes up, down, or stays.
    static func reason(_ move: Recommendation.Move, _ recommendation: Recommendation) -> String {
        let price = move.budgetPrice.map { Format.ratio($0) } ?? tr(.theOthers)
        let mroi = Format.ratio(move.marginalAtLast)
        let relative = move.lastMonth > 0 ? abs(move.change) / move.lastMonth : (move.change == 0 ? 0 : 1)
        let binding = recommendation.result.rules.filter { rule in
            rule.binding && rule.rule.channel.map { recommendation.scenario.channels[$0].name == move.name } == true
        }.map(\.name)
        let limit = binding.isEmpty ? "" : tr(.heldBy, ["rules": binding.joined(separator: ", ")])
        let after = Format.ratio(move.marginalAtRecommended)
        let above = move.budgetPrice.map { move.marginalAtLast >= $0 } ?? (move.change > 0)
        let arguments = ["mroi": mroi, "price": price, "limit": limit, "after": after]
        if relative < 0.005 { return tr(.reasonKeep, arguments) }
        if move.change > 0 { return tr(above ? .reasonUp : .reasonUpSCurve, arguments) }
        return tr(!above ? .reasonDown : .reasonDownRules, arguments)
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
