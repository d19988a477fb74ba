import Localization
import Simulation

/// A chart's drawing surface for the comparison report: a plot area over the simulated
/// months, y ticks, grid, axis titles and a legend, written as inline SVG for HTML (no XML
/// header, no namespace URL: the HTML parser knows `<svg>`).
struct SimulationChartCanvas {
    var svg = SVG()
    let width: Double
    let height: Double
    let left: Double, right: Double, top: Double, bottom: Double
    let months: [String]
    let yTicks: Ticks

    /// - Parameters:
    ///   - low, high: The data's y range (widened to round ticks; 0 is included when `zero`).
    init(width: Double, height: Double, months: [String], low: Double, high: Double, zero: Bool = true,
         margins: (left: Double, right: Double, top: Double, bottom: Double) = (86, 20, 44, 90)) {
        self.width = width
        self.height = height
        (left, right, top, bottom) = (margins.left, width - margins.right, margins.top, height - margins.bottom)
        self.months = months
        yTicks = Ticks(low: zero ? min(low, 0) : low, high: zero ? max(high, 0) : high, count: 5, extend: true)
    }

    /// The x position of month index `t` (0-based) for lines: first month at the left edge.
    func x(_ t: Double) -> Double {
        months.count > 1 ? left + t / Double(months.count - 1) * (right - left) : (left + right) / 2
    }

    /// The centre of month `t`'s slot, for bars; `slot` is the slot width.
    func slot(_ t: Int) -> (center: Double, width: Double) {
        let width = (right - left) / Double(max(months.count, 1))
        return (left + (Double(t) + 0.5) * width, width)
    }

    func y(_ value: Double) -> Double {
        bottom - (value - yTicks.low) / max(yTicks.high - yTicks.low, 1e-300) * (bottom - top)
    }

    /// Title, grid lines with y labels, month labels (thinned to about 12), axis titles.
    mutating func frame(title: String, yTitle: String, yLabel: (Double) -> String = { Format.compact($0) }, bars: Bool = false) {
        svg.element("rect", [("x", "0"), ("y", "0"), ("width", SVG.number(width)), ("height", SVG.number(height)), ("fill", "#ffffff")])
        svg.text(title, [("x", SVG.number(left)), ("y", "26"), ("font-size", "15"), ("font-weight", "bold")])
        for value in yTicks.values {
            let position = SVG.number(y(value))
            svg.element("line", [("x1", SVG.number(left)), ("x2", SVG.number(right)), ("y1", position), ("y2", position),
                                 ("stroke", value == 0 ? "#999999" : "#e4e4e4")])
            svg.text(yLabel(value), [("x", SVG.number(left - 6)), ("y", SVG.number(y(value) + 4)), ("font-size", "11"),
                                     ("text-anchor", "end"), ("fill", "#333333")])
        }
        let step = max(1, Int((Double(months.count) / 12).rounded(.up)))
        for t in stride(from: 0, to: months.count, by: step) {
            let position = SVG.number(bars ? slot(t).center : x(Double(t)))
            svg.element("line", [("x1", position), ("x2", position), ("y1", SVG.number(bottom)), ("y2", SVG.number(bottom + 4)), ("stroke", "#333333")])
            svg.text(months[t], [("x", position), ("y", SVG.number(bottom + 16)), ("font-size", "10"), ("text-anchor", "middle"), ("fill", "#333333")])
        }
        svg.element("rect", [("x", SVG.number(left)), ("y", SVG.number(top)), ("width", SVG.number(right - left)),
                             ("height", SVG.number(bottom - top)), ("fill", "none"), ("stroke", "#333333")])
        svg.text(tr(.columnMonth), [("x", SVG.number((left + right) / 2)), ("y", SVG.number(bottom + 34)), ("font-size", "12"), ("text-anchor", "middle")])
        let middle = SVG.number((top + bottom) / 2)
        svg.text(yTitle, [("x", "0"), ("y", "0"), ("transform", "translate(18 \(middle)) rotate(-90)"), ("text-anchor", "middle"), ("font-size", "12")])
    }

    /// A legend in rows under the plot: a line or a swatch per item.
    mutating func legend(_ items: [(label: String, color: String, swatch: Bool)], y start: Double) {
        svg.raw("<g class=\"legend\" font-size=\"12\">")
        var cursor = left
        var row = start
        for item in items {
            let advance = 30 + Double(item.label.displayWidth) * 6.8 + 18
            if cursor + advance > width - 10, cursor > left { cursor = left; row += 18 }
            if item.swatch {
                svg.element("rect", [("x", SVG.number(cursor)), ("y", SVG.number(row - 9)), ("width", "18"), ("height", "10"), ("fill", item.color)])
            } else {
                svg.element("line", [("x1", SVG.number(cursor)), ("x2", SVG.number(cursor + 22)), ("y1", SVG.number(row - 4)),
                                     ("y2", SVG.number(row - 4)), ("stroke", item.color), ("stroke-width", "3")])
            }
            svg.text(item.label, [("x", SVG.number(cursor + 28)), ("y", SVG.number(row))])
            cursor += advance
        }
        svg.raw("</g>")
    }

    /// A polyline through (x, y) points in data space.
    mutating func line(_ points: [(Double, Double)], color: String, strategy: String, dashed: Bool = false, tooltip: String) {
        guard !points.isEmpty else { return }
        var attributes = [
            ("class", "series"), ("data-strategy", strategy),
            ("points", points.map { "\(SVG.number(x($0.0))),\(SVG.number(y($0.1)))" }.joined(separator: " ")),
            ("fill", "none"), ("stroke", color), ("stroke-width", "2.2"), ("stroke-linejoin", "round"),
        ]
        if dashed { attributes.append(("stroke-dasharray", "6 4")) }
        svg.element("polyline", attributes, tooltip: tooltip)
    }

    /// The chart as an inline `<svg>` element with an id, scaled to the page width by CSS.
    func inline(id: String, label: String) -> String {
        SimulationCharts.inline(svg, id: id, width: width, height: height, label: label)
    }
}

/// Colours: one per strategy (fixed, so every chart agrees), one per channel.
enum SimulationColors {
    static func strategy(_ name: String) -> String {
        switch name {
        case "oracle": "#222222"
        case "optimizer": "#1f77b4"
        case "explorer": "#2ca02c"
        case "proportional": "#9467bd"
        case "rule-of-thumb": "#ff7f0e"
        case "frozen": "#8c564b"
        case "historical": "#7f7f7f"
        default: "#17becf"
        }
    }

    static func channel(_ index: Int) -> String {
        let palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]
        return palette[index % palette.count]
    }
}
