import Simulation

/// The report of `budgetlab compare`: Markdown, and one self-contained HTML page with SVG
/// charts (cumulative outcome with 5–95% bands, monthly allocation per strategy, ROI by month,
/// regret against the oracle) and the ranking table.
public enum CompareReport {
    /// The report as Markdown: facts, ranking, last month's allocation, ROI and regret by month.
    public static func markdown(_ summary: SimulationSummary) -> String {
        var document = Document()
        document.append(.title("Strategy comparison: \(summary.world.name)"))
        document.append(.facts(SimulationText.facts(summary.world)))
        var ranking = SimulationReport.strategyTable(summary)
        ranking.title = "Ranking"
        document.append(.table(ranking))
        document.append(.paragraph(SimulationText.definitions))
        document.append(.table(lastMonthTable(summary)))
        document.append(.table(byMonthTable(summary, title: "ROI by month", values: \.monthly.roi) { Format.ratio($0) }))
        document.append(.table(byMonthTable(summary, title: "Regret by month (cumulative, share of the oracle's total)", values: \.monthly.cumulativeRegret) {
            SimulationText.percent($0)
        }))
        document.append(.paragraph("Charts: see report.html beside this file (cumulative outcome with 5–95% bands, monthly allocation, ROI by month, regret)."))
        return document.render(.markdown)
    }

    /// The report as one HTML page with inline CSS and SVG; it loads nothing from anywhere.
    public static func html(_ summary: SimulationSummary) -> String {
        var page = HTMLPage(title: "Strategy comparison: \(summary.world.name)")
        page.facts(SimulationText.facts(summary.world).map { ($0.label, $0.value.text) })
        page.heading("Ranking", id: "ranking")
        page.table(id: "ranking-table", headers: [
            "Rank", "Strategy", "Total outcome", "Expected outcome", Common.title("Total spend", currency: summary.world.currency), "ROI",
            "Regret", "Regret 5–95%", "Violations", "Repaired months",
        ], rows: summary.ranking.map(rankingRow))
        page.paragraph(SimulationText.definitions, className: "note")
        page.heading("Cumulative outcome", id: "cumulative")
        page.figure(id: "figure-cumulative", markup: SimulationCharts.cumulativeOutcome(summary), caption:
            "Reported outcome summed month by month; the line is the mean over replicates, the shaded band the 5th to 95th percentile.")
        page.heading("Monthly allocation", id: "allocation")
        page.figure(id: "figure-allocation", markup: SimulationCharts.allocation(summary), caption:
            "Mean spend per channel in each month, stacked, one panel per strategy (best first).")
        page.heading("ROI by month", id: "roi")
        page.figure(id: "figure-roi", markup: SimulationCharts.roiByMonth(summary), caption:
            "Mean reported outcome divided by mean spend, per month.")
        page.heading("Regret vs oracle", id: "regret")
        page.figure(id: "figure-regret", markup: SimulationCharts.regretBars(summary), caption:
            "The share of the oracle's expected outcome each strategy fell short by; whiskers span the 5th to 95th percentile over replicates.")
        page.figure(id: "figure-regret-time", markup: SimulationCharts.regretOverTime(summary), caption:
            "How the shortfall accumulates: a flat stretch means the strategy is as good as the oracle in those months.")
        let examples = summary.ranking.flatMap { s in s.violationExamples.map { "\(s.name): \($0)" } }
        if !examples.isEmpty {
            page.heading("Rules broken (first examples)", id: "violations")
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
        return Table(title: "Allocation in the last month (\(summary.world.months.last ?? ""), mean spend)",
                     columns: [.text("Strategy")] + channels.map { .number($0) }, rows: rows)
    }

    /// One row per month, one column per strategy.
    static func byMonthTable(
        _ summary: SimulationSummary, title: String, values: KeyPath<SimulationSummary.Strategy, [Double]>, display: @escaping (Double) -> String
    ) -> Table {
        let strategies = summary.ranking
        let rows = summary.world.months.enumerated().map { t, month -> [Cell] in
            [.text(month)] + strategies.map { .number($0[keyPath: values][t], display) }
        }
        return Table(title: title, columns: [.text("Month")] + strategies.map { .number($0.name) }, rows: rows)
    }
}
