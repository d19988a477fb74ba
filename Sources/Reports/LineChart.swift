import Localization
import Foundation

/// A simple self-contained SVG line chart: several series over one x axis, with ticks,
/// axis titles, a legend and an optional shaded band.
struct LineChart {
    struct Series {
        var label: String
        var points: [(Double, Double)]
        var color: String
        var width: Double = 2
        var dashed = false
        var markers = false
    }

    var title: String
    var xTitle: String
    var yTitle: String
    var series: [Series]
    /// A shaded band (x, low, high), drawn under the series.
    var band: [(Double, Double, Double)] = []
    var bandColor = "#9ecae1"
    /// Vertical marker lines with labels.
    var markers: [(x: Double, label: String)] = []
    /// Formats x tick labels (e.g. dates from an index).
    var xLabel: (Double) -> String = { Format.compact($0) }
    var width = 820
    var height = 420

    func render() -> String {
        var svg = SVG()
        let left = 80.0, right = Double(width) - 20, top = 40.0, bottom = Double(height) - 70
        let xs = series.flatMap { $0.points.map(\.0) } + band.map(\.0)
        let ys = series.flatMap { $0.points.map(\.1) } + band.flatMap { [$0.1, $0.2] }
        let xTicks = Ticks(low: xs.min() ?? 0, high: xs.max() ?? 1, count: 6, extend: false)
        let yTicks = Ticks(low: min(ys.min() ?? 0, 0), high: ys.max() ?? 1, count: 5, extend: true)
        let xScale = { (x: Double) in left + (x - xTicks.low) / max(xTicks.high - xTicks.low, 1e-300) * (right - left) }
        let yScale = { (y: Double) in bottom - (y - yTicks.low) / max(yTicks.high - yTicks.low, 1e-300) * (bottom - top) }
        svg.element("rect", [("x", "0"), ("y", "0"), ("width", "\(width)"), ("height", "\(height)"), ("fill", "white")])
        svg.text(title, [("x", SVG.number(left)), ("y", "24"), ("font-size", "16"), ("font-weight", "bold")])
        for value in yTicks.values {
            let y = yScale(value)
            svg.element("line", [("x1", SVG.number(left)), ("x2", SVG.number(right)), ("y1", SVG.number(y)), ("y2", SVG.number(y)), ("stroke", "#e5e5e5")])
            svg.text(Format.compact(value), [("x", SVG.number(left - 8)), ("y", SVG.number(y + 4)), ("font-size", "11"), ("text-anchor", "end")])
        }
        for value in xTicks.values {
            let x = xScale(value)
            svg.element("line", [("x1", SVG.number(x)), ("x2", SVG.number(x)), ("y1", SVG.number(bottom)), ("y2", SVG.number(bottom + 5)), ("stroke", "#444")])
            svg.text(xLabel(value), [("x", SVG.number(x)), ("y", SVG.number(bottom + 18)), ("font-size", "11"), ("text-anchor", "middle")])
        }
        svg.element("line", [("x1", SVG.number(left)), ("x2", SVG.number(right)), ("y1", SVG.number(bottom)), ("y2", SVG.number(bottom)), ("stroke", "#444")])
        svg.element("line", [("x1", SVG.number(left)), ("x2", SVG.number(left)), ("y1", SVG.number(top)), ("y2", SVG.number(bottom)), ("stroke", "#444")])
        svg.text(xTitle, [("x", SVG.number((left + right) / 2)), ("y", SVG.number(bottom + 38)), ("font-size", "12"), ("text-anchor", "middle")])
        svg.text(yTitle, [("x", "16"), ("y", SVG.number((top + bottom) / 2)), ("font-size", "12"), ("text-anchor", "middle"),
                          ("transform", "rotate(-90 16 \(SVG.number((top + bottom) / 2)))")])
        if !band.isEmpty {
            let upper = band.map { "\(SVG.number(xScale($0.0))),\(SVG.number(yScale($0.2)))" }
            let lower = band.reversed().map { "\(SVG.number(xScale($0.0))),\(SVG.number(yScale($0.1)))" }
            svg.element("polygon", [("points", (upper + lower).joined(separator: " ")), ("fill", bandColor), ("fill-opacity", "0.45"), ("stroke", "none")])
        }
        for marker in markers {
            let x = xScale(marker.x)
            svg.element("line", [("x1", SVG.number(x)), ("x2", SVG.number(x)), ("y1", SVG.number(top)), ("y2", SVG.number(bottom)), ("stroke", "#d62728"), ("stroke-dasharray", "4 3")])
            svg.text(marker.label, [("x", SVG.number(x + 4)), ("y", SVG.number(top + 12)), ("font-size", "11"), ("fill", "#d62728")])
        }
        for line in series where !line.points.isEmpty {
            let path = line.points.map { "\(SVG.number(xScale($0.0))),\(SVG.number(yScale($0.1)))" }.joined(separator: " ")
            var attributes = [("points", path), ("fill", "none"), ("stroke", line.color), ("stroke-width", SVG.number(line.width))]
            if line.dashed { attributes.append(("stroke-dasharray", "6 4")) }
            svg.element("polyline", attributes)
            if line.markers {
                for point in line.points {
                    svg.element("circle", [("cx", SVG.number(xScale(point.0))), ("cy", SVG.number(yScale(point.1))), ("r", "3"), ("fill", line.color)])
                }
            }
        }
        for (index, line) in series.enumerated() {
            let x = left + Double(index % 4) * 180
            let y = Double(height) - 22 + Double(index / 4) * 14
            svg.element("line", [("x1", SVG.number(x)), ("x2", SVG.number(x + 22)), ("y1", SVG.number(y - 4)), ("y2", SVG.number(y - 4)), ("stroke", line.color), ("stroke-width", "3")])
            svg.text(line.label, [("x", SVG.number(x + 28)), ("y", SVG.number(y)), ("font-size", "12")])
        }
        return svg.document(width: width, height: height, label: title)
    }

    /// A qualitative palette for series.
    static let palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]
}
