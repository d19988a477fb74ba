import Localization
import Simulation

/// The report of `budgetlab compare`: Markdown, and one self-contained HTML page with SVG
/// charts (cumulative outcome with 5–95% bands, monthly allocation per strategy, ROI by month,
/// regret against the oracle) and the ranking table.
public enum CompareReport {
    /// The report as Markdown: facts, ranking, last month's allocation, ROI and regret by month.
    public static func markdown(_ summary: SimulationSummary) -> String {
        var document = Document()
        document.append(.title(tr(.compareTitle, ["name": summary.world.name])))
        document.append(.facts(SimulationText.facts(summary.world)))
        var ranking = SimulationReport.strategyTable(summary)
        ranking.title = tr(.ranking)
        document.append(.table(ranking))
        document.append(.paragraph(SimulationText.definitions))
        document.append(.table(lastMonthTable(summary)))
        document.append(.table(byMonthTable(summary, title: tr(.roiByMonth), values: \.monthly.roi) { Format.ratio($0) }))
        document.append(.table(byMonthTable(summary, title: tr(.regretByMonthTable), values: \.monthly.cumulativeRegret) {
            SimulationText.percent($0)
        }))
        document.append(.paragraph(tr(.chartsSeeHTML)))
        return document.render(.markdown)
    }

    /// The report as one HTML page with inline CSS and SVG; it loads nothing from anywhere.
    public static func html(_ summary: SimulationSummary) -> String {
        var page = HTMLPage(title: tr(.compareTitle, ["name": summary.world.name]))
        page.facts(SimulationText.facts(summary.world).map { ($0.label, $0.value.text) })
        page.heading(tr(.ranking), id: "ranking")
        page.table(id: "ranking-table", headers: [
            tr(.columnRank), tr(.columnStrategy), tr(.labelTotalOutcome), tr(.labelExpectedOutcome),
            Common.title(.labelTotalSpend, currency: summary.world.currency), tr(.columnROI),
            tr(.columnRegret), tr(.columnRegretRange), tr(.columnViolations), tr(.columnRepairedMonths),
        ], rows: summary.ranking.map(rankingRow))
        page.paragraph(SimulationText.definitions, className: "note")
        page.heading(tr(.cumulativeOutcome), id: "cumulative")
        page.figure(id: "figure-cumulative", markup: SimulationCharts.cumulativeOutcome(summary), caption: tr(.captionCumulative))
        page.heading(tr(.monthlyAllocation), id: "allocation")
        page.figure(id: "figure-allocation", markup: SimulationCharts.allocation(summary), caption: tr(.captionAllocation))
        page.heading(tr(.roiByMonth), id: "roi")
        page.figure(id: "figure-roi", markup: SimulationCharts.roiByMonth(summary), caption: tr(.captionROI))
        page.heading(tr(.regretVsOracle), id: "regret")
        page.figure(id: "figure-regret", markup: SimulationCharts.regretBars(summary), caption: tr(.captionRegret))
        page.figure(id: "figure-regret-time", markup: SimulationCharts.regretOverTime(summary), caption: tr(.captionRegretTime))
        let examples = summary.ranking.flatMap { s in s.violationExamples.map { "\(s.name): \($0)" } }
        if !examples.isEmpty {
            page.heading(tr(.rulesBrokenExamples), id: "violations")
            page.list(examples)
        }
        return page.render()
    }

    /// One ranking row; numbers carry their exact JSON values under the JSON keys.
    static func rankingRow(_ s: SimulationSummary.Strategy) -> [HTMLCell] {
        [
            .number(Double(s.rank), key: "rank") { String(Int($0)) }, .text(s.name),
            .number(s.totalOutcome, key: "total_outcome", Format.amount), .number(s.expectedOutcome, key: "expected_outcome", Format.amount),
            .number(s.totalSpend, key: "total_spend", Format.amount), .number(s.roi, key: "roi", Format.ratio),
            .number(s.regret, key: "regret") { SimulationText.percent($0) },
            .text("\(SimulationText.percent(s.regretP05)) – \(SimulationText.percent(s.regretP95))"),
            .number(Double(s.violations), key: "violations") { String(Int($0)) },
            .number(s.repairedMonths, key: "repaired_months", Format.rate),
        ]
    }

    /// Mean spend per channel in the last month, one row per strategy.
    static func lastMonthTable(_ summary: SimulationSummary) -> Table {
        let channels = summary.world.channels
        let last = summary.world.months.count - 1
        let rows = summary.ranking.map { s -> [Cell] in
            [.text(s.name)] + channels.indices.map { .number(s.monthly.spend[last][$0], Format.amount) }
        }
        return Table(title: tr(.allocationLastMonth, ["month": summary.world.months.last ?? ""]),
                     columns: [.text(tr(.columnStrategy))] + channels.map { .number($0) }, rows: rows)
    }

    /// One row per month, one column per strategy.
    static func byMonthTable(
        _ summary: SimulationSummary, title: String, values: KeyPath<SimulationSummary.Strategy, [Double]>, display: @escaping (Double) -> String
    ) -> Table {
        let strategies = summary.ranking
        let rows = summary.world.months.enumerated().map { t, month -> [Cell] in
            [.text(month)] + strategies.map { .number($0[keyPath: values][t], display) }
        }
        return Table(title: title, columns: [.text(tr(.columnMonth))] + strategies.map { .number($0.name) }, rows: rows)
    }
}
