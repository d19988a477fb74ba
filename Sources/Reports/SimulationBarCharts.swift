import Localization
import Simulation

extension SimulationCharts {
    /// Regret per strategy, best first: a bar at the mean, a whisker from the 5th to the 95th
    /// percentile over replicates.
    static func regretBars(_ summary: SimulationSummary) -> String {
        let strategies = summary.ranking
        let width = 860.0, rowHeight = 30.0, top = 48.0, left = 150.0, right = width - 90
        let height = top + rowHeight * Double(strategies.count) + 50
        let values = strategies.flatMap { [$0.regret, $0.regretP05, $0.regretP95] }
        let ticks = Ticks(low: min(values.min() ?? 0, 0), high: max(values.max() ?? 0.01, 0.001), count: 5, extend: true)
        let x = { (v: Double) in left + (v - ticks.low) / max(ticks.high - ticks.low, 1e-300) * (right - left) }
        var svg = SVG()
        svg.element("rect", [("x", "0"), ("y", "0"), ("width", SVG.number(width)), ("height", SVG.number(height)), ("fill", "#ffffff")])
        svg.text(tr(.regretBarsTitle), [("x", SVG.number(left)), ("y", "26"), ("font-size", "15"), ("font-weight", "bold")])
        let bottom = top + rowHeight * Double(strategies.count)
        for value in ticks.values {
            svg.element("line", [("x1", SVG.number(x(value))), ("x2", SVG.number(x(value))), ("y1", SVG.number(top)), ("y2", SVG.number(bottom)),
                                 ("stroke", value == 0 ? "#999999" : "#e4e4e4")])
            svg.text(Format.sharePercent(value), [("x", SVG.number(x(value))), ("y", SVG.number(bottom + 16)), ("font-size", "11"), ("text-anchor", "middle")])
        }
        for (row, strategy) in strategies.enumerated() {
            let center = top + rowHeight * (Double(row) + 0.5)
            let color = SimulationColors.strategy(strategy.name)
            svg.text(strategy.name, [("x", SVG.number(left - 8)), ("y", SVG.number(center + 4)), ("font-size", "12"), ("text-anchor", "end")])
            let (a, b) = (x(min(0, strategy.regret)), x(max(0, strategy.regret)))
            svg.element("rect", [
                ("class", "regret-bar"), ("data-strategy", strategy.name), ("x", SVG.number(a)), ("y", SVG.number(center - 9)),
                ("width", SVG.number(max(b - a, 1))), ("height", "18"), ("fill", color), ("fill-opacity", "0.8"),
            ], tooltip: tr(.tipRegret, [
                "strategy": strategy.name, "regret": SimulationText.percent(strategy.regret),
                "low": SimulationText.percent(strategy.regretP05), "high": SimulationText.percent(strategy.regretP95),
            ]))
            svg.element("line", [("x1", SVG.number(x(strategy.regretP05))), ("x2", SVG.number(x(strategy.regretP95))),
                                 ("y1", SVG.number(center)), ("y2", SVG.number(center)), ("stroke", "#333333"), ("stroke-width", "1.5")])
            for end in [strategy.regretP05, strategy.regretP95] {
                svg.element("line", [("x1", SVG.number(x(end))), ("x2", SVG.number(x(end))), ("y1", SVG.number(center - 5)),
                                     ("y2", SVG.number(center + 5)), ("stroke", "#333333"), ("stroke-width", "1.5")])
            }
            svg.text(SimulationText.percent(strategy.regret), [("x", SVG.number(right + 8)), ("y", SVG.number(center + 4)), ("font-size", "11")])
        }
        svg.text(tr(.regretAxis), [("x", SVG.number((left + right) / 2)), ("y", SVG.number(bottom + 36)),
                                                                  ("font-size", "12"), ("text-anchor", "middle")])
        return inline(svg, id: "chart-regret", width: width, height: height, label: tr(.regretVsOracle))
    }

    /// Mean spend per channel and month, stacked, one small panel per strategy.
    static func allocation(_ summary: SimulationSummary) -> String {
        let strategies = summary.ranking
        let channels = summary.world.channels
        let columns = 2, panelWidth = 430.0, panelHeight = 210.0, legendHeight = 24.0 * Double(1 + channels.count / 6)
        let rows = (strategies.count + columns - 1) / columns
        let width = panelWidth * Double(columns), height = 40 + legendHeight + panelHeight * Double(rows)
        let high = strategies.flatMap { $0.monthly.spend.map { $0.reduce(0, +) } }.max() ?? 1
        let ticks = Ticks(low: 0, high: high, count: 4, extend: true)
        var svg = SVG()
        svg.element("rect", [("x", "0"), ("y", "0"), ("width", SVG.number(width)), ("height", SVG.number(height)), ("fill", "#ffffff")])
        svg.text(tr(.allocationTitle), [("x", "20"), ("y", "26"), ("font-size", "15"), ("font-weight", "bold")])
        var cursor = 20.0, legendRow = 50.0
        for (i, channel) in channels.enumerated() {
            let advance = 34 + Double(channel.displayWidth) * 6.8
            if cursor + advance > width - 10 { cursor = 20; legendRow += 20 }
            svg.element("rect", [("x", SVG.number(cursor)), ("y", SVG.number(legendRow - 10)), ("width", "14"), ("height", "10"), ("fill", SimulationColors.channel(i))])
            svg.text(channel, [("x", SVG.number(cursor + 18)), ("y", SVG.number(legendRow)), ("font-size", "12")])
            cursor += advance
        }
        for (index, strategy) in strategies.enumerated() {
            let originX = panelWidth * Double(index % columns), originY = 40 + legendHeight + panelHeight * Double(index / columns)
            let (left, right, top, bottom) = (originX + 70, originX + panelWidth - 15, originY + 28, originY + panelHeight - 30)
            let y = { (v: Double) in bottom - (v - ticks.low) / max(ticks.high - ticks.low, 1e-300) * (bottom - top) }
            svg.raw("<g class=\"allocation-panel\" data-strategy=\"\(SVG.escape(strategy.name))\">")
            svg.text(strategy.name, [("x", SVG.number(left)), ("y", SVG.number(originY + 18)), ("font-size", "13"), ("font-weight", "bold"),
                                     ("fill", SimulationColors.strategy(strategy.name))])
            for value in ticks.values {
                svg.element("line", [("x1", SVG.number(left)), ("x2", SVG.number(right)), ("y1", SVG.number(y(value))), ("y2", SVG.number(y(value))), ("stroke", "#e4e4e4")])
                svg.text(Format.compact(value), [("x", SVG.number(left - 5)), ("y", SVG.number(y(value) + 4)), ("font-size", "10"), ("text-anchor", "end")])
            }
            let slot = (right - left) / Double(max(summary.world.months.count, 1))
            for (t, month) in summary.world.months.enumerated() {
                var base = 0.0
                for (i, amount) in strategy.monthly.spend[t].enumerated() where amount > 0 {
                    svg.element("rect", [
                        ("class", "alloc"), ("x", SVG.number(left + Double(t) * slot + slot * 0.08)), ("y", SVG.number(y(base + amount))),
                        ("width", SVG.number(max(slot * 0.84, 0.5))), ("height", SVG.number(max(y(base) - y(base + amount), 0))),
                        ("fill", SimulationColors.channel(i)),
                    ], tooltip: "\(month) \(channels[i]): \(Format.amount(amount))")
                    base += amount
                }
            }
            let labels = summary.world.months
            for t in [0, labels.count - 1] where !labels.isEmpty {
                svg.text(labels[t], [("x", SVG.number(left + (Double(t) + 0.5) * slot)), ("y", SVG.number(bottom + 14)), ("font-size", "10"), ("text-anchor", "middle")])
            }
            svg.element("rect", [("x", SVG.number(left)), ("y", SVG.number(top)), ("width", SVG.number(right - left)), ("height", SVG.number(bottom - top)),
                                 ("fill", "none"), ("stroke", "#333333")])
            svg.raw("</g>")
        }
        return inline(svg, id: "chart-allocation", width: width, height: height, label: tr(.monthlyAllocation))
    }

    static func inline(_ svg: SVG, id: String, width: Double, height: Double, label: String) -> String {
        let open = "<svg id=\"\(id)\" class=\"chart\" viewBox=\"0 0 \(SVG.number(width)) \(SVG.number(height))\" width=\"\(SVG.number(width))\" "
            + "height=\"\(SVG.number(height))\" role=\"img\" aria-label=\"\(SVG.escape(label))\" font-family=\"\(SVG.escape(SVG.fontFamily))\">"
        return ([open] + svg.body.map { "  " + $0 } + ["</svg>"]).joined(separator: "\n")
    }
}
