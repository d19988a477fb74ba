import Localization

/// A report laid out once and written as a terminal table, markdown, or CSV.
///
/// CSV keeps only the data: facts become a `field,value` table, lists a one-column table,
/// tables themselves; titles and paragraphs are left out. Tables are separated by a blank line.
struct Document {
    enum Block {
        /// The report's title.
        case title(String)
        /// Labelled values (`Budget: CNY 1,000,000`).
        case facts([(label: String, value: Cell)])
        /// A data table.
        case table(Table)
        /// Free text.
        case paragraph(String)
        /// A titled list of short items.
        case list(title: String, items: [String])
    }

    var blocks: [Block] = []

    mutating func append(_ block: Block) { blocks.append(block) }

    /// The document in `format`; `json` is not a document format and yields the table text.
    func render(_ format: OutputFormat) -> String {
        let parts: [[String]] = switch format {
        case .table, .json: blocks.map(text)
        case .markdown: blocks.map(markdown)
        case .csv: blocks.compactMap(csv)
        }
        return parts.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    /// The same text as ``render(_:)``, handed to `sink` in pieces of about a megabyte: blocks
    /// are written as they are laid out, a text table line by line, so neither the lines nor the
    /// whole text of a 100,000-row report are held.
    func render(_ format: OutputFormat, piece: Int = 1 << 20, to sink: (String) throws -> Void) throws {
        try withoutActuallyEscaping(sink) { sink in
            var out = ChunkedText(piece: piece, sink: sink)
            var written = false  // whether a block with lines has been written
            for block in blocks {
                var first = true
                func write(_ line: String) throws {
                    try out.append(first ? (written ? "\n\n" : "") + line : "\n" + line)
                    first = false
                }
                switch (format, block) {
                case let (.table, .table(table)), let (.json, .table(table)):
                    try write(table.title)
                    try table.text(write)
                case (.table, _), (.json, _): try text(block).forEach(write)
                case (.markdown, _): try markdown(block).forEach(write)
                case (.csv, _): try (csv(block) ?? []).forEach(write)
                }
                written = written || !first
            }
            try out.append("\n")
            try out.flush()
        }
    }

    private func text(_ block: Block) -> [String] {
        switch block {
        case let .title(title):
            return [title, String(repeating: "=", count: title.displayWidth)]
        case let .facts(facts):
            let colon = tr(.colon)
            let width = facts.reduce(0) { max($0, ($1.label + colon).displayWidth) }
            return facts.map { fact in
                (fact.label + colon).padding(to: width) + "  " + fact.value.text
            }
        case let .table(table):
            return [table.title] + table.text()
        case let .paragraph(text):
            return wrap(text, width: 100)
        case let .list(title, items):
            return [title] + items.flatMap { item in
                wrap(item, width: 96).enumerated().map { $0.offset == 0 ? "  - \($0.element)" : "    \($0.element)" }
            }
        }
    }

    private func markdown(_ block: Block) -> [String] {
        switch block {
        case let .title(title): return ["# \(escapeMarkdown(title))"]
        case let .facts(facts): return facts.map { "- **\($0.label)\(tr(.colon))** \(escapeMarkdown($0.value.text))" }
        case let .table(table): return ["## \(escapeMarkdown(table.title))", ""] + table.markdown()
        case let .paragraph(text): return [escapeMarkdown(text)]
        case let .list(title, items): return ["## \(escapeMarkdown(title))", ""] + items.map { "- \(escapeMarkdown($0))" }
        }
    }

    private func csv(_ block: Block) -> [String]? {
        switch block {
        case .title, .paragraph: return nil
        case let .facts(facts):
            return [csvField(tr(.csvField)) + "," + csvField(tr(.csvValue))] + facts.map { csvField($0.label) + "," + csvField($0.value.raw) }
        case let .table(table): return table.csv()
        case let .list(title, items): return [csvField(title)] + items.map(csvField)
        }
    }
}

extension String {
    /// The string padded with spaces on the right to `width` display columns.
    func padding(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - displayWidth))
    }
}

/// Greedy word wrap at `width` display columns; words longer than a line stay whole. Chinese
/// and Japanese text, written without spaces, may break between any two wide characters
/// (but not before closing punctuation such as `，` `。` `）`).
func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in text.split(separator: " ") {
        for (offset, piece) in breakablePieces(word).enumerated() {
            let gap = offset == 0 && !line.isEmpty ? 1 : 0
            let pieceWidth = piece.displayWidth
            if !line.isEmpty, lineWidth + gap + pieceWidth > width {
                lines.append(line)
                (line, lineWidth) = ("", 0)
            }
            let separator = line.isEmpty || gap == 0 ? "" : " "
            line += separator + piece
            lineWidth += separator.count + pieceWidth
        }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
}

/// A word cut before each wide character (a line may break there), keeping closing
/// punctuation with the character before it.
private func breakablePieces(_ word: Substring) -> [String] {
    let closing: Set<Character> = ["，", "。", "、", "；", "：", "）", "！", "？", "」", "》", "”", ")", ",", ".", ":", ";"]
    var pieces: [String] = []
    var current = ""
    for character in word {
        if character.displayWidth == 2, !current.isEmpty, !closing.contains(character) {
            pieces.append(current)
            current = ""
        }
        current.append(character)
    }
    if !current.isEmpty { pieces.append(current) }
    return pieces
}
