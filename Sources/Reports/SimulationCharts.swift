import Localization
import Simulation

/// The comparison report's charts, as inline SVG for the HTML page. Each chart draws numbers
/// straight from the ``SimulationSummary``; nothing is computed here but positions.
enum SimulationCharts {
    /// Cumulative reported outcome by strategy: the mean over replicates as a line, the 5–95%
    /// band over replicates shaded behind it.
    static func cumulativeOutcome(_ summary: SimulationSummary) -> String {
        let strategies = summary.ranking
        let bands = strategies.map(\.monthly.cumulativeOutcome)
        let high = bands.flatMap(\.p95).max() ?? 1
        var canvas = SimulationChartCanvas(width: 860, height: 440, months: summary.world.months, low: 0, high: high)
        canvas.frame(title: tr(.cumulativeChartTitle, ["seeds": "\(summary.world.seeds)"]), yTitle: tr(.cumulativeOutcome))
        for (strategy, band) in zip(strategies, bands) {
            let color = SimulationColors.strategy(strategy.name)
            let upper = band.p95.indices.map { "\(SVG.number(canvas.x(Double($0)))),\(SVG.number(canvas.y(band.p95[$0])))" }
            let lower = band.p05.indices.reversed().map { "\(SVG.number(canvas.x(Double($0)))),\(SVG.number(canvas.y(band.p05[$0])))" }
            canvas.svg.element("polygon", [
                ("class", "band"), ("data-strategy", strategy.name), ("points", (upper + lower).joined(separator: " ")),
                ("fill", color), ("fill-opacity", "0.14"), ("stroke", "none"),
            ])
        }
        for (strategy, band) in zip(strategies, bands) {
            canvas.line(
                band.mean.enumerated().map { (Double($0.offset), $0.element) }, color: SimulationColors.strategy(strategy.name),
                strategy: strategy.name, dashed: strategy.name == "oracle",
                tooltip: tr(.tipCumulative, [
                    "strategy": strategy.name, "value": Format.amount(band.mean.last ?? 0), "months": "\(band.mean.count)",
                    "low": Format.amount(band.p05.last ?? 0), "high": Format.amount(band.p95.last ?? 0),
                ]))
        }
        canvas.legend(strategies.map { ($0.name, SimulationColors.strategy($0.name), false) }, y: canvas.height - 36)
        return canvas.inline(id: "chart-cumulative", label: tr(.cumulativeOutcome))
    }

    /// ROI (reported outcome / spend) by month, one line per strategy.
    static func roiByMonth(_ summary: SimulationSummary) -> String {
        let strategies = summary.ranking
        let values = strategies.flatMap(\.monthly.roi)
        var canvas = SimulationChartCanvas(
            width: 860, height: 400, months: summary.world.months, low: values.min() ?? 0, high: values.max() ?? 1, zero: false)
        canvas.frame(title: tr(.roiChartTitle), yTitle: "ROI", yLabel: { Format.ratio($0) })
        for strategy in strategies {
            let roi = strategy.monthly.roi
            canvas.line(
                roi.enumerated().map { (Double($0.offset), $0.element) }, color: SimulationColors.strategy(strategy.name),
                strategy: strategy.name, dashed: strategy.name == "oracle",
                tooltip: tr(.tipROI, ["strategy": strategy.name, "first": Format.ratio(roi.first ?? 0), "last": Format.ratio(roi.last ?? 0)]))
        }
        canvas.legend(strategies.map { ($0.name, SimulationColors.strategy($0.name), false) }, y: canvas.height - 36)
        return canvas.inline(id: "chart-roi", label: tr(.roiByMonth))
    }

    /// Regret against the oracle: how the expected shortfall accumulates month by month, as a
    /// share of the oracle's total (its last point is the strategy's regret).
    static func regretOverTime(_ summary: SimulationSummary) -> String {
        let strategies = summary.ranking
        let values = strategies.flatMap(\.monthly.cumulativeRegret)
        var canvas = SimulationChartCanvas(width: 860, height: 400, months: summary.world.months, low: values.min() ?? 0, high: values.max() ?? 0.01)
        canvas.frame(title: tr(.regretTimeTitle), yTitle: tr(.cumulativeRegret),
                     yLabel: { Format.sharePercent($0) })
        for strategy in strategies {
            let regret = strategy.monthly.cumulativeRegret
            canvas.line(
                regret.enumerated().map { (Double($0.offset), $0.element) }, color: SimulationColors.strategy(strategy.name),
                strategy: strategy.name, dashed: strategy.name == "oracle",
                tooltip: tr(.tipRegretEnd, ["strategy": strategy.name, "regret": SimulationText.percent(regret.last ?? 0)]))
        }
        canvas.legend(strategies.map { ($0.name, SimulationColors.strategy($0.name), false) }, y: canvas.height - 36)
        return canvas.inline(id: "chart-regret-time", label: tr(.regretTimeLabel))
    }
}
