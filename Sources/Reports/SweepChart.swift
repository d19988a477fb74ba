import Localization
import BudgetModel
import Optimizer

/// The sweep drawn as SVG: objective against budget (top), marginal returns against budget
/// (bottom), sharing the budget axis, with a legend.
struct SweepChart {
    let points: [SweepPoint]
    let scenario: Scenario

    private static let width = 800.0, height = 500.0
    private static let left = 96.0, right = 770.0
    private static let top = (y0: 50.0, y1: 245.0), bottom = (y0: 290.0, y1: 415.0)
    private static let colors = (objective: "#1f5fa8", bars: "#9ecae1", shadow: "#d1495b", reference: "#555555")

    private var kind: ObjectiveKind { ObjectiveKind(scenario.objective) }
    private var feasible: [(budget: Double, result: OptimizationResult)] {
        points.compactMap { point in point.result.map { (point.budget, $0) } }
    }
    /// The ROI-1.0 line, drawn when the objective is outcome (break-even if outcome is revenue).
    private var reference: Double? { kind == .outcome ? 1.0 : nil }

    func render() -> String {
        var svg = SVG()
        svg.element("rect", [("x", "0"), ("y", "0"), ("width", "800"), ("height", "500"), ("fill", "#ffffff")])
        svg.text(tr(.sweepChartTitle, ["name": scenario.name]), [
            ("x", "400"), ("y", "28"), ("text-anchor", "middle"), ("font-size", "17"), ("font-weight", "bold"),
        ])
        let budgets = points.map(\.budget)
        let x = Ticks(low: budgets.min() ?? 0, high: budgets.max() ?? 1, count: 6, extend: false)
        let inset = 10.0  // keeps the end markers off the frame
        let xScale = { (b: Double) in
            Self.left + inset + (b - x.low) / (x.high - x.low) * (Self.right - Self.left - 2 * inset)
        }
        drawTop(&svg, x: x, xScale: xScale)
        drawBottom(&svg, x: x, xScale: xScale)
        svg.text(Common.title(.labelBudget, currency: scenario.currency), [
            ("x", SVG.number((Self.left + Self.right) / 2)), ("y", "450"), ("text-anchor", "middle"), ("font-size", "13"),
        ])
        drawLegend(&svg)
        return svg.document(width: Int(Self.width), height: Int(Self.height), label: tr(.sweepChartTitle, ["name": scenario.name]))
    }

    private func drawTop(_ svg: inout SVG, x: Ticks, xScale: (Double) -> Double) {
        let values = feasible.map(\.result.objective)
        var low = values.min() ?? 0, high = values.max() ?? 1
        if low >= 0, low < 0.3 * high { low = 0 }
        if high <= 0, high > 0.3 * low { high = 0 }
        let y = Ticks(low: low, high: high, extend: true)
        let yScale = { (v: Double) in Self.top.y1 - (v - y.low) / (y.high - y.low) * (Self.top.y1 - Self.top.y0) }
        let yTitle = kind == .outcome ? "\(tr(.labelObjective)) (\(kind.word))" : Common.title(kind.word, currency: scenario.currency)
        axes(&svg, x: x, xScale: xScale, y: y, yScale: yScale, panel: Self.top, title: yTitle)
        if feasible.isEmpty {
            svg.text(tr(.noFeasibleLevel), [
                ("x", "433"), ("y", SVG.number((Self.top.y0 + Self.top.y1) / 2)), ("text-anchor", "middle"),
                ("font-size", "14"), ("fill", "#888888"),
            ])
        }
        for segment in segments(points.map { p in p.result.map { (p.budget, $0.objective) } }) {
            polyline(&svg, segment.map { (xScale($0.0), yScale($0.1)) }, color: Self.colors.objective, width: 2.5)
        }
        for (budget, result) in feasible {
            svg.element("circle", [
                ("class", "point"), ("cx", SVG.number(xScale(budget))), ("cy", SVG.number(yScale(result.objective))),
                ("r", "4"), ("fill", Self.colors.objective), ("stroke", "#ffffff"), ("stroke-width", "1"),
            ], tooltip: tr(.tipSweepPoint, [
                "budget": Format.money(budget, currency: scenario.currency), "word": kind.word,
                "value": kind.value(result.objective, currency: scenario.currency),
            ]))
        }
        for point in points where point.result == nil {
            let cx = xScale(point.budget), cy = Self.top.y1 - 8
            svg.element("path", [
                ("class", "infeasible"), ("d", "M\(SVG.number(cx - 4)) \(SVG.number(cy - 4))l8 8m0 -8l-8 8"),
                ("stroke", "#999999"), ("stroke-width", "1.5"),
            ], tooltip: tr(.tipSweepInfeasible, ["budget": Format.money(point.budget, currency: scenario.currency)]))
        }
    }

    private func drawBottom(_ svg: inout SVG, x: Ticks, xScale: (Double) -> Double) {
        let steps = points.compactMap(\.stepMarginalROI), prices = points.compactMap(\.budgetShadowPrice)
        let values = steps + prices + [0] + (reference.map { [$0] } ?? [])
        let y = Ticks(low: values.min() ?? 0, high: values.max() ?? 1, count: 4, extend: true)
        let yScale = { (v: Double) in Self.bottom.y1 - (v - y.low) / (y.high - y.low) * (Self.bottom.y1 - Self.bottom.y0) }
        let title = kind == .outcome ? tr(.columnMarginalROI) : tr(.marginalPerUnit, ["word": kind.word])
        axes(&svg, x: x, xScale: xScale, y: y, yScale: yScale, panel: Self.bottom, title: title)
        let zero = yScale(0)
        for (k, point) in points.enumerated() where k > 0 {
            guard let value = point.stepMarginalROI else { continue }
            let (x0, x1) = (xScale(points[k - 1].budget), xScale(point.budget))
            let inset = min(3, abs(x1 - x0) * 0.15)
            svg.element("rect", [
                ("class", "bar"), ("x", SVG.number(min(x0, x1) + inset)), ("y", SVG.number(min(zero, yScale(value)))),
                ("width", SVG.number(max(abs(x1 - x0) - 2 * inset, 1))), ("height", SVG.number(abs(zero - yScale(value)))),
                ("fill", Self.colors.bars),
            ], tooltip: tr(.tipStepMarginal, [
                "from": Format.amount(points[k - 1].budget), "to": Format.amount(point.budget), "value": Format.ratio(value),
            ]))
        }
        if let reference {
            svg.element("line", [
                ("class", "reference"), ("x1", SVG.number(Self.left)), ("x2", SVG.number(Self.right)),
                ("y1", SVG.number(yScale(reference))), ("y2", SVG.number(yScale(reference))),
                ("stroke", Self.colors.reference), ("stroke-width", "1"), ("stroke-dasharray", "5 4"),
            ])
            svg.text("ROI 1.0", [
                ("x", SVG.number(Self.right - 4)), ("y", SVG.number(yScale(reference) - 4)), ("text-anchor", "end"),
                ("font-size", "11"), ("fill", Self.colors.reference),
            ])
        }
        for segment in segments(points.map { p in p.budgetShadowPrice.map { (p.budget, $0) } }) {
            polyline(&svg, segment.map { (xScale($0.0), yScale($0.1)) }, color: Self.colors.shadow, width: 2)
        }
        for point in points {
            guard let price = point.budgetShadowPrice else { continue }
            svg.element("circle", [
                ("class", "shadow-point"), ("cx", SVG.number(xScale(point.budget))), ("cy", SVG.number(yScale(price))),
                ("r", "2.5"), ("fill", Self.colors.shadow),
            ], tooltip: tr(.tipShadowPrice, ["budget": Format.amount(point.budget), "value": Format.ratio(price)]))
        }
    }

    /// Frame, grid lines, tick labels and the y-axis title of one panel.
    private func axes(
        _ svg: inout SVG, x: Ticks, xScale: (Double) -> Double, y: Ticks, yScale: (Double) -> Double,
        panel: (y0: Double, y1: Double), title: String
    ) {
        let (left, right) = (SVG.number(Self.left), SVG.number(Self.right))
        for value in y.values {
            let position = SVG.number(yScale(value))
            svg.element("line", [("x1", left), ("x2", right), ("y1", position), ("y2", position),
                                 ("stroke", value == 0 ? "#999999" : "#e4e4e4"), ("stroke-width", "1")])
            svg.text(Format.compact(value), [("x", SVG.number(Self.left - 6)), ("y", SVG.number(yScale(value) + 4)),
                                             ("text-anchor", "end"), ("font-size", "11"), ("fill", "#333333")])
        }
        for value in x.values {
            let position = SVG.number(xScale(value))
            svg.element("line", [("x1", position), ("x2", position), ("y1", SVG.number(panel.y1)),
                                 ("y2", SVG.number(panel.y1 + 4)), ("stroke", "#333333")])
            svg.text(Format.compact(value), [("x", position), ("y", SVG.number(panel.y1 + 16)),
                                             ("text-anchor", "middle"), ("font-size", "11"), ("fill", "#333333")])
        }
        svg.element("rect", [("x", left), ("y", SVG.number(panel.y0)), ("width", SVG.number(Self.right - Self.left)),
                             ("height", SVG.number(panel.y1 - panel.y0)), ("fill", "none"), ("stroke", "#333333")])
        let middle = SVG.number((panel.y0 + panel.y1) / 2)
        svg.text(title, [("x", "0"), ("y", "0"), ("transform", "translate(22 \(middle)) rotate(-90)"),
                         ("text-anchor", "middle"), ("font-size", "13")])
    }

    private func drawLegend(_ svg: inout SVG) {
        var items: [(label: String, color: String, shape: String)] = [
            ("\(tr(.labelObjective)) (\(kind.word))", Self.colors.objective, "line"),
            (tr(.legendStepMarginal, ["word": kind == .outcome ? "ROI" : kind.word]), Self.colors.bars, "bar"),
            (tr(.columnBudgetShadowPrice), Self.colors.shadow, "line"),
        ]
        if reference != nil { items.append(("ROI 1.0", Self.colors.reference, "dash")) }
        svg.raw("<g class=\"legend\" font-size=\"12\">")
        var cursor = Self.left
        for item in items {
            let y = 478.0
            switch item.shape {
            case "bar":
                svg.element("rect", [("x", SVG.number(cursor)), ("y", SVG.number(y - 6)), ("width", "18"),
                                     ("height", "10"), ("fill", item.color)])
            default:
                svg.element("line", [("x1", SVG.number(cursor)), ("x2", SVG.number(cursor + 18)), ("y1", SVG.number(y - 1)),
                                     ("y2", SVG.number(y - 1)), ("stroke", item.color), ("stroke-width", "2.5")]
                                + (item.shape == "dash" ? [("stroke-dasharray", "5 4")] : []))
            }
            svg.text(item.label, [("x", SVG.number(cursor + 24)), ("y", SVG.number(y + 3))])
            cursor += 24 + Double(item.label.displayWidth) * 6.6 + 22
        }
        svg.raw("</g>")
    }

    private func polyline(_ svg: inout SVG, _ points: [(Double, Double)], color: String, width: Double) {
        guard points.count > 1 else { return }
        svg.element("polyline", [
            ("points", points.map { "\(SVG.number($0.0)),\(SVG.number($0.1))" }.joined(separator: " ")),
            ("fill", "none"), ("stroke", color), ("stroke-width", SVG.number(width)), ("stroke-linejoin", "round"),
        ])
    }

    /// Runs of consecutive present values.
    private func segments(_ values: [(Double, Double)?]) -> [[(Double, Double)]] {
        var runs: [[(Double, Double)]] = [[]]
        for value in values {
            if let value { runs[runs.count - 1].append(value) } else if !runs[runs.count - 1].isEmpty { runs.append([]) }
        }
        return runs.filter { !$0.isEmpty }
    }
}
