import Localization
#if canImport(Foundation)
import Foundation
#endif

/// A minimal SVG writer: elements with escaped attributes and text, coordinates rounded to 0.1.
struct SVG {
    private(set) var body: [String] = []

    /// An empty element: `<circle cx="1" cy="2" r="3"/>`, with an optional tooltip.
    mutating func element(_ name: String, _ attributes: [(String, String)], tooltip: String? = nil) {
        let open = "<\(name)" + attributes.map { " \($0.0)=\"\(SVG.escape($0.1))\"" }.joined()
        if let tooltip {
            body.append(open + "><title>\(SVG.escape(tooltip))</title></\(name)>")
        } else {
            body.append(open + "/>")
        }
    }

    /// A text element.
    mutating func text(_ content: String, _ attributes: [(String, String)]) {
        let open = "<text" + attributes.map { " \($0.0)=\"\(SVG.escape($0.1))\"" }.joined()
        body.append(open + ">\(SVG.escape(content))</text>")
    }

    /// Raw markup (group open/close tags written by the caller).
    mutating func raw(_ markup: String) { body.append(markup) }

    /// The complete document.
    func document(width: Int, height: Int, label: String) -> String {
        let header = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" \
            viewBox="0 0 \(width) \(height)" font-family="\(SVG.escape(SVG.fontFamily))" role="img" \
            aria-label="\(SVG.escape(label))">
            """
        return ([header] + body.map { "  " + $0 } + ["</svg>"]).joined(separator: "\n") + "\n"
    }

    /// The font stack of every chart and page: Latin fonts first, then common Simplified
    /// Chinese fonts (macOS, Windows, Linux) so Chinese labels never fall back to boxes.
    static let fontFamily =
        "Helvetica, Arial, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif"

    /// `&`, `<`, `>`, `"` and `'` as XML entities.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }

    /// A coordinate with at most one decimal: `123.4`, `80`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : "\(rounded)"
    }
}

/// Evenly spaced round tick values (1, 2 or 5 × 10ᵏ apart) covering a range.
struct Ticks {
    let low: Double
    let high: Double
    let values: [Double]

    /// Ticks for `[low, high]`, about `count` of them; the range is widened to whole ticks when
    /// `extend` is true. An empty range is widened around its value first.
    init(low: Double, high: Double, count: Int = 5, extend: Bool) {
        var (a, b) = (min(low, high), max(low, high))
        if b - a <= abs(b) * 1e-12 {
            let pad = max(abs(a) * 0.1, 1)
            (a, b) = (a - pad, b + pad)
        }
        let rough = (b - a) / Double(max(count, 1))
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let normalised = rough / magnitude
        let step = (normalised < 1.5 ? 1 : normalised < 3 ? 2 : normalised < 7 ? 5 : 10) * magnitude
        if extend {
            a = (a / step).rounded(.down) * step
            b = (b / step).rounded(.up) * step
        }
        let first = (a / step - 1e-9).rounded(.up)
        let last = (b / step + 1e-9).rounded(.down)
        self.low = a
        self.high = b
        values = first <= last ? stride(from: first, through: last, by: 1).map { $0 * step } : []
    }
}
