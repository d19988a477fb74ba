import Localization
/// A self-contained HTML page: inline styles, inline SVG, no scripts, fonts or images from
/// anywhere, so it opens the same offline, in a mail attachment or an archive.
struct HTMLPage {
    var title: String
    private(set) var body: [String] = []

    init(title: String) {
        self.title = title
    }

    mutating func heading(_ text: String, level: Int = 2, id: String? = nil) {
        let anchor = id.map { " id=\"\(escape($0))\"" } ?? ""
        body.append("<h\(level)\(anchor)>\(escape(text))</h\(level)>")
    }

    mutating func paragraph(_ text: String, className: String? = nil) {
        body.append("<p\(className.map { " class=\"\($0)\"" } ?? "")>\(escape(text))</p>")
    }

    /// Label–value pairs as a definition list.
    mutating func facts(_ facts: [(label: String, value: String)]) {
        body.append("<dl class=\"facts\">")
        for fact in facts { body.append("  <dt>\(escape(fact.label))</dt><dd>\(escape(fact.value))</dd>") }
        body.append("</dl>")
    }

    /// A figure around markup that is already HTML (an inline SVG chart).
    mutating func figure(id: String, markup: String, caption: String) {
        body.append("<figure id=\"\(escape(id))\">")
        body.append(markup)
        body.append("<figcaption>\(escape(caption))</figcaption>")
        body.append("</figure>")
    }

    /// A table; each cell is display text plus, for numbers, the machine-readable value and
    /// its key, written as `data-key`/`data-value` attributes so tests and tools can read the
    /// exact numbers behind the rounded text.
    mutating func table(id: String, headers: [String], rows: [[HTMLCell]]) {
        body.append("<table id=\"\(escape(id))\">")
        body.append("  <thead><tr>" + headers.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>")
        body.append("  <tbody>")
        for row in rows {
            body.append("    <tr>" + row.map(\.markup).joined() + "</tr>")
        }
        body.append("  </tbody>")
        body.append("</table>")
    }

    mutating func list(_ items: [String]) {
        body.append("<ul>" + items.map { "<li>\(escape($0))</li>" }.joined() + "</ul>")
    }

    /// The whole document.
    func render() -> String {
        """
        <!DOCTYPE html>
        <html lang="\(OutputLocale.current.language == .zh ? "zh-CN" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        \(Self.style)
        </style>
        </head>
        <body>
        <main>
        <h1>\(escape(title))</h1>
        \(body.joined(separator: "\n"))
        </main>
        </body>
        </html>

        """
    }

    static let style = """
        body { margin: 0; background: #f6f6f4; color: #222; font: 15px/1.45 \(SVG.fontFamily); }
        main { max-width: 960px; margin: 0 auto; padding: 24px 20px 60px; background: #fff; }
        h1 { font-size: 24px; margin: 0 0 12px; }
        h2 { font-size: 18px; margin: 32px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
        dl.facts dt { font-weight: bold; }
        dl.facts dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; }
        th, td { padding: 4px 6px; border-bottom: 1px solid #e4e4e4; text-align: right; }
        td { white-space: nowrap; }
        th:nth-child(2), td:nth-child(2) { text-align: left; }
        thead th { border-bottom: 2px solid #333; }
        figure { margin: 16px 0; }
        svg.chart { width: 100%; height: auto; display: block; }
        figcaption { font-size: 13px; color: #555; margin-top: 4px; }
        p.note { font-size: 13px; color: #555; }
        """
}

/// One table cell of an ``HTMLPage``.
struct HTMLCell {
    var text: String
    /// `data-key` and `data-value` for numbers.
    var key: String?
    var value: String?

    static func text(_ text: String) -> HTMLCell { HTMLCell(text: text) }

    /// A number shown as `display`, carrying its exact JSON text.
    static func number(_ value: Double, key: String, _ display: (Double) -> String) -> HTMLCell {
        HTMLCell(text: display(value), key: key, value: JSON.text(of: value))
    }

    var markup: String {
        guard let key, let value else { return "<td>\(escape(text))</td>" }
        return "<td data-key=\"\(escape(key))\" data-value=\"\(escape(value))\">\(escape(text))</td>"
    }
}

/// `&`, `<`, `>`, `"` and `'` as entities: safe in HTML text and attribute values.
private func escape(_ text: String) -> String { SVG.escape(text) }
