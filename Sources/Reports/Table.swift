import Localization

/// One cell of a report table: what a person reads, and what a CSV reader gets.
struct Cell {
    /// Display text (table and markdown): `1,234,568`, `31.2%`.
    var text: String
    /// Machine-readable text (CSV): `1234567.8`, `0.312`; empty for "no value".
    var raw: String

    /// A text cell, the same in every format.
    static func text(_ text: String) -> Cell { Cell(text: text, raw: text) }

    /// A number cell: `display` for people, the full-precision value for CSV.
    static func number(_ value: Double?, _ display: (Double) -> String) -> Cell {
        guard let value else { return Cell(text: "—", raw: "") }
        return Cell(text: display(value), raw: Format.raw(value))
    }

    /// An empty cell.
    static let empty = Cell(text: "", raw: "")
}

/// A column of a report table.
struct Column {
    enum Alignment { case left, right }

    var title: String
    var alignment: Alignment
    /// Whether the column appears only in CSV (machine-readable extras such as a feasibility flag).
    var csvOnly = false

    /// A left-aligned text column.
    static func text(_ title: String) -> Column { Column(title: title, alignment: .left) }
    /// A right-aligned number column.
    static func number(_ title: String) -> Column { Column(title: title, alignment: .right) }
}

/// A table with a header, rows, and an optional total row set off by a rule line.
struct Table {
    /// A short name (`"channels"`), used as a heading in table and markdown output.
    var title: String
    var columns: [Column]
    var rows: [[Cell]]
    var total: [Cell]? = nil

    /// Aligned plain text: columns two spaces apart, numbers right-aligned, text left-aligned,
    /// a `-` rule under the header and above the total row. Trailing spaces are trimmed.
    /// Widths are display widths (``Swift/String/displayWidth``): a Chinese character takes
    /// two columns, so tables stay aligned with Chinese names and headings.
    func text() -> [String] {
        var lines: [String] = []
        text { lines.append($0) }
        return lines
    }

    /// ``text()`` one line at a time (the lines of a 100,000-row table are not all held).
    func text(_ each: (String) throws -> Void) rethrows {
        let shown = columns.indices.filter { !columns[$0].csvOnly }
        var widths = shown.map { columns[$0].title.displayWidth }
        for row in rows + (total.map { [$0] } ?? []) {
            for (k, c) in shown.enumerated() { widths[k] = Swift.max(widths[k], row[c].text.displayWidth) }
        }
        func line(_ texts: [String]) -> String {
            let padded = zip(shown, zip(texts, widths)).map { c, item in
                pad(item.0, to: item.1, columns[c].alignment)
            }
            return trimTrailing(padded.joined(separator: "  "))
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        try each(line(shown.map { columns[$0].title }))
        try each(rule)
        for row in rows { try each(line(shown.map { row[$0].text })) }
        if let total {
            try each(rule)
            try each(line(shown.map { total[$0].text }))
        }
    }

    /// A markdown pipe table with alignment markers (`:--` left, `--:` right).
    func markdown() -> [String] {
        let shown = columns.indices.filter { !columns[$0].csvOnly }
        func line(_ texts: [String]) -> String {
            "| " + texts.map(escapeMarkdown).joined(separator: " | ") + " |"
        }
        let markers = shown.map { columns[$0].alignment == .right ? "--:" : ":--" }
        var lines = [line(shown.map { columns[$0].title }), "|" + markers.map { " \($0) " }.joined(separator: "|") + "|"]
        lines += rows.map { row in line(shown.map { row[$0].text }) }
        if let total { lines.append(line(shown.map { total[$0].text.isEmpty ? "" : "**\(total[$0].text)**" })) }
        return lines
    }

    /// RFC 4180 CSV: a header row, then every row (total included) with machine-readable values.
    func csv() -> [String] {
        let body = rows + (total.map { [$0] } ?? [])
        return [columns.map { csvField($0.title) }.joined(separator: ",")]
            + body.map { row in row.map { csvField($0.raw) }.joined(separator: ",") }
    }

    private func pad(_ text: String, to width: Int, _ alignment: Column.Alignment) -> String {
        let fill = String(repeating: " ", count: Swift.max(0, width - text.displayWidth))
        return alignment == .right ? fill + text : text + fill
    }
}

/// A field quoted when it holds a comma, a quote, or a line break (quotes doubled), per RFC 4180.
func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
}

/// Text safe inside a markdown line or table cell: `|` and `<` backslash-escaped, line breaks as spaces.
func escapeMarkdown(_ text: String) -> String {
    text.replacing("|", with: "\\|").replacing("<", with: "\\<").replacing("\n", with: " ")
}

private func trimTrailing(_ text: String) -> String {
    // ASCII text: bytes are characters, so trailing spaces are trailing 0x20 bytes.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
        let utf8 = text.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == 0x20 { end = utf8.index(before: end) }
        return end == utf8.endIndex ? text : String(text[..<end])
    }
    var result = Substring(text)
    while result.last == " " { result.removeLast() }
    return String(result)
}
