import Localization
import BudgetModel
import Fitting
import Foundation
import Recommendation

/// What `budgetlab fit` prints and writes: per channel ROI with its interval and marginal ROI,
/// fit metrics, the fitted monthly curves; charts of the fit over time and of each curve.
public enum FitReport {
    public static func render(_ fit: HistoryFit, data: String, currency: String? = nil, format: OutputFormat) -> String {
        if format == .json { return json(fit, data: data).rendered() + "\n" }
        var document = Document()
        document.append(.title(tr(.fitTitle, ["data": data])))
        document.append(.facts([
            (tr(.labelMethod), .text(tr(fit.method == .aggregate ? .fitMethodAggregate : .fitMethodAttributed))),
            (tr(.labelPeriods), .text("\(fit.periods.count) (\(fit.periods.first.map { "\($0)" } ?? "") … \(fit.periods.last.map { "\($0)" } ?? ""))")),
            ("R²", .text(Format.ratio(fit.r2))),
            ("MAPE", .text(fit.mape.map { Format.percent($0) } ?? "—")),
            (tr(.labelHoldoutMAPE), .text(fit.holdoutMAPE.map { Format.percent($0) } ?? "—")),
            (tr(.labelROIPrior), .text(fit.roiPrior.map { tr(.roiPriorText, ["tau": Format.ratio($0)]) } ?? tr(.none))),
            (tr(.labelExperiments), .text(fit.experiments.isEmpty ? tr(.none) : fit.experiments.map { "\($0.channel) \($0.start)…\($0.end)" }.joined(separator: ", "))),
        ]))
        for note in fit.notes { document.append(.paragraph(tr(.fitNote, ["note": note]))) }
        let rows = fit.channels.map { channel -> [Cell] in
            let spend = channel.spend.reduce(0, +)
            let identity: [Cell] = [.text(channel.name), .number(spend) { Format.amount($0) }]
            // A channel left out of the fit has no curve: its zero response is not an estimate
            // (the note above says why), so the row says "left out" instead of showing β 0.
            guard channel.informed else {
                return identity + [.text("—"), .text("—"), .text("—"), .text("—"),
                                   Cell(text: evidence(channel).text, raw: evidence(channel).rawValue), .text(tr(.fitLeftOut))]
            }
            return identity + [
                .number(channel.contribution.reduce(0, +)) { Format.amount($0) },
                .number(channel.roi) { Format.ratio($0) },
                .text("\(Format.ratio(channel.roiInterval.lowerBound)) – \(Format.ratio(channel.roiInterval.upperBound))"),
                .number(channel.marginalROI) { Format.ratio($0) },
                Cell(text: evidence(channel).text, raw: evidence(channel).rawValue),
                .text(curveText(channel.monthlyCurve)),
            ]
        }
        document.append(.table(Table(
            title: tr(.tableChannels),
            columns: [.text(tr(.columnChannel)), .number(Common.title(.columnSpend, currency: currency)), .number(tr(.columnContribution)),
                      .number(tr(.columnROI)), .text(tr(.columnROIInterval)), .number(tr(.columnMarginalROI)), .text(tr(.columnEvidence)),
                      .text(tr(.columnMonthlyCurve))],
            rows: rows)))
        document.append(.paragraph(tr(fit.method == .aggregate ? .fitNoteAggregate : .fitNoteAttributed)))
        let weak = fit.channels.filter { evidence($0) == .weak }.map(\.name)
        if !weak.isEmpty {
            document.append(.paragraph(tr(.weakEvidence, ["channels": weak.joined(separator: ", ")])))
        }
        return document.render(format)
    }

    /// How well the data pins a channel's ROI down, as the fit labelled it (``Evidence``).
    static func evidence(_ channel: HistoryFit.ChannelFit) -> Evidence {
        channel.evidence
    }

    /// The `fit` JSON: the contract keys (`channels[].name, roi, roi_interval, marginal_roi,
    /// curve`; `metrics.r2, mape, holdout_mape`) and more.
    static func json(_ fit: HistoryFit, data: String) -> JSON {
        .object([
            ("data", .string(data)),
            ("method", .string(fit.method.rawValue)),
            ("periods", .integer(fit.periods.count)),
            ("periods_per_month", .number(fit.periodsPerMonth)),
            ("roi_prior", .number(fit.roiPrior)),
            ("channels", .array(fit.channels.map { channel in
                .object([
                    ("name", .string(channel.name)),
                    ("roi", .number(channel.roi)),
                    ("roi_interval", .array([.number(channel.roiInterval.lowerBound), .number(channel.roiInterval.upperBound)])),
                    ("marginal_roi", .number(channel.marginalROI)),
                    ("curve", curveJSON(channel.monthlyCurve)),
                    ("period_curve", curveJSON(channel.periodCurve)),
                    ("total_spend", .number(channel.spend.reduce(0, +))),
                    ("total_contribution", .number(channel.contribution.reduce(0, +))),
                    ("evidence", .string(evidence(channel).rawValue)),
                    ("informed", .bool(channel.informed)),
                ])
            })),
            ("metrics", .object([("r2", .number(fit.r2)), ("mape", .number(fit.mape)), ("holdout_mape", .number(fit.holdoutMAPE))])),
        ])
    }

    static func curveJSON(_ curve: Curve) -> JSON {
        switch curve {
        case let .hill(beta, k, s):
            .object([("type", .string("hill")), ("beta", .number(beta)), ("half_saturation", .number(k)), ("shape", .number(s))])
        case let .exponential(beta, scale): .object([("type", .string("exponential")), ("beta", .number(beta)), ("scale", .number(scale))])
        case let .log(beta, scale): .object([("type", .string("log")), ("beta", .number(beta)), ("scale", .number(scale))])
        case let .power(beta, exponent): .object([("type", .string("power")), ("beta", .number(beta)), ("exponent", .number(exponent))])
        case let .linear(roi): .object([("type", .string("linear")), ("roi", .number(roi))])
        case let .points(points): .object([("type", .string("points")), ("points", .array(points.map { .array([.number($0.x), .number($0.y)]) }))])
        }
    }

    static func curveText(_ curve: Curve) -> String {
        switch curve {
        case let .hill(beta, k, s): "hill β \(Format.compact(beta)), K \(Format.compact(k)), s \(Format.ratio(s))"
        case let .exponential(beta, scale): "exponential β \(Format.compact(beta)), scale \(Format.compact(scale))"
        case let .log(beta, scale): "log β \(Format.compact(beta)), scale \(Format.compact(scale))"
        case let .power(beta, exponent): "power β \(Format.compact(beta)), exponent \(Format.ratio(exponent))"
        case let .linear(roi): "linear roi \(Format.ratio(roi))"
        case let .points(points): "points (\(points.count))"
        }
    }

    /// SVG charts for `--report DIR`: `fit.svg` (actual vs fitted over time, baseline) and
    /// `curve-NAME.svg` per channel (the monthly response curve, bootstrap 90% band, recent spend).
    public static func charts(_ fit: HistoryFit) -> [(name: String, svg: String)] {
        let labels = fit.periods.map { "\($0)" }
        let label = { (x: Double) -> String in
            let i = Int(x.rounded())
            return labels.indices.contains(i) ? String(labels[i].prefix(7)) : ""
        }
        var charts: [(String, String)] = []
        var series = [
            LineChart.Series(label: tr(.seriesActual), points: fit.actual.enumerated().map { (Double($0), $1) }, color: "#444444", width: 1.5),
            LineChart.Series(label: tr(.seriesFitted), points: fit.fitted.enumerated().map { (Double($0), $1) }, color: "#1f77b4"),
        ]
        if fit.method == .aggregate {
            series.append(LineChart.Series(label: tr(.seriesBaseline), points: fit.baseline.enumerated().map { (Double($0), $1) }, color: "#7f7f7f", dashed: true))
        }
        charts.append(("fit.svg", LineChart(
            title: tr(.fitChartTitle, ["r2": Format.ratio(fit.r2)]), xTitle: tr(.axisPeriod), yTitle: tr(.wordOutcome),
            series: series, xLabel: label).render()))
        for (index, channel) in fit.channels.enumerated() {
            let recent = channel.spend.suffix(4)
            let current = recent.reduce(0, +) / Double(max(recent.count, 1)) * fit.periodsPerMonth
            let top = max(current * 2.5, (channel.spend.max() ?? 1) * fit.periodsPerMonth * 1.2, 1)
            let xs = (0...60).map { top * Double($0) / 60 }
            var band: [(Double, Double, Double)] = []
            if !channel.bootstrapMonthlyCurves.isEmpty {
                band = xs.map { x in
                    let values = channel.bootstrapMonthlyCurves.map { $0.outcome(x) }.sorted()
                    return (x, values[Int(0.05 * Double(values.count - 1))], values[Int(0.95 * Double(values.count - 1))])
                }
            }
            let chart = LineChart(
                title: tr(.curveChartTitle, ["channel": channel.name]), xTitle: tr(.axisMonthlySpend), yTitle: tr(.axisMonthlyOutcome),
                series: [LineChart.Series(label: tr(.seriesFittedCurve), points: xs.map { ($0, channel.monthlyCurve.outcome($0)) },
                                          color: LineChart.palette[index % LineChart.palette.count])]
                    + (band.isEmpty ? [] : [LineChart.Series(label: tr(.seriesBootstrapBand), points: [], color: "#9ecae1")]),
                band: band, markers: [(current, tr(.markerRecentSpend))])
            charts.append(("curve-\(channel.name).svg", chart.render()))
        }
        return charts
    }
}

extension Evidence {
    /// The word in the current language.
    var text: String {
        switch self {
        case .strong: tr(.evidenceStrong)
        case .moderate: tr(.evidenceModerate)
        case .weak: tr(.evidenceWeak)
        }
    }
}
