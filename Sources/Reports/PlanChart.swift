import Localization
import Planning

extension PlanReport {
    /// A self-contained SVG: spend by month, one stacked bar per month with a segment per
    /// channel (legend on top), months already spent drawn paler.
    public static func svg(_ plan: AnnualPlan) -> String {
        let names = plan.scenario.channels.map(\.name)
        let width = max(760.0, 90 + 46 * Double(plan.months.count)), left = 80.0, right = width - 20
        let legendRows = legendLayout(names, width: width)
        let top = 50 + 20 * Double(legendRows.rows), plotHeight = 300.0, bottom = top + plotHeight
        let height = bottom + 60
        let ticks = Ticks(low: 0, high: plan.months.map(\.spend).max() ?? 1, count: 5, extend: true)
        let y = { (v: Double) in bottom - (v - ticks.low) / max(ticks.high - ticks.low, 1e-300) * plotHeight }
        let slot = (right - left) / Double(max(plan.months.count, 1))
        var svg = SVG()
        svg.element("rect", [("x", "0"), ("y", "0"), ("width", SVG.number(width)), ("height", SVG.number(height)), ("fill", "#ffffff")])
        svg.text(tr(.planChartTitle, ["name": plan.scenario.name]), [("x", "20"), ("y", "26"), ("font-size", "15"), ("font-weight", "bold")])
        for (i, position) in legendRows.positions.enumerated() {
            svg.element("rect", [("x", SVG.number(position.x)), ("y", SVG.number(position.y - 10)), ("width", "14"), ("height", "10"),
                                 ("fill", SimulationColors.channel(i))])
            svg.text(plan.scenario.channels[i].label ?? names[i], [("x", SVG.number(position.x + 18)), ("y", SVG.number(position.y)), ("font-size", "11")])
        }
        for value in ticks.values {
            svg.element("line", [("x1", SVG.number(left)), ("x2", SVG.number(right)), ("y1", SVG.number(y(value))), ("y2", SVG.number(y(value))),
                                 ("stroke", value == 0 ? "#999999" : "#e4e4e4")])
            svg.text(Format.compact(value), [("x", SVG.number(left - 6)), ("y", SVG.number(y(value) + 4)), ("font-size", "11"), ("text-anchor", "end")])
        }
        for (t, month) in plan.months.enumerated() {
            let x = left + slot * (Double(t) + 0.15)
            var stacked = 0.0
            for (i, channel) in month.channels.enumerated() where channel.spend > 0 {
                let (a, b) = (y(stacked), y(stacked + channel.spend))
                svg.element("rect", [
                    ("class", "spend"), ("data-month", month.label), ("data-channel", channel.name), ("x", SVG.number(x)), ("y", SVG.number(b)),
                    ("width", SVG.number(slot * 0.7)), ("height", SVG.number(max(a - b, 0))), ("fill", SimulationColors.channel(i)),
                    ("fill-opacity", month.isActual ? "0.45" : "0.9"),
                ], tooltip: "\(MonthLabel.shown(month.label)) \(channel.name): \(Format.amount(channel.spend))")
                stacked += channel.spend
            }
            svg.text(MonthLabel.shown(month.label), [("x", SVG.number(x + slot * 0.35)), ("y", SVG.number(bottom + 16)), ("font-size", "10"), ("text-anchor", "middle")])
        }
        let note = plan.actualMonths > 0 ? tr(.planChartPale) : ""
        svg.text(tr(.planChartAxis, ["currency": plan.scenario.currency.map { " (\($0))" } ?? "", "note": note]),
                 [("x", SVG.number((left + right) / 2)), ("y", SVG.number(bottom + 40)), ("font-size", "12"), ("text-anchor", "middle")])
        return svg.document(width: Int(width), height: Int(height), label: tr(.planChartLabel))
    }

    /// Legend entries laid out left to right, wrapping at the chart's width.
    private static func legendLayout(_ names: [String], width: Double) -> (positions: [(x: Double, y: Double)], rows: Int) {
        var positions: [(x: Double, y: Double)] = []
        var cursor = 20.0, row = 50.0, rows = 1
        for name in names {
            let advance = 34 + Double(name.count) * 6.8
            if cursor + advance > width - 10 { cursor = 20; row += 20; rows += 1 }
            positions.append((cursor, row))
            cursor += advance
        }
        return (positions, rows)
    }
}
