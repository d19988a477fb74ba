/// A JSON value whose object keys keep the order they were given in, written by hand.
///
/// Numbers are written so that they read back to the same `Double`: integral values below
/// 2⁵³ without a fraction, others in Swift's shortest round-trip form (`0.1`, `1e-05`).
/// Non-finite numbers (∞, NaN) have no JSON form and are written as `null`.
enum JSON {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])
    /// An array whose `count` elements are made one at a time while it is written (the
    /// channels of a 100,000-channel plan), so that the whole tree is never held.
    case elements(Int, (Int) -> JSON)

    /// A number, or `null` when `value` is `nil`.
    static func number(_ value: Double?) -> JSON { value.map { .number($0) } ?? .null }
    /// A string, or `null` when `value` is `nil`.
    static func string(_ value: String?) -> JSON { value.map { .string($0) } ?? .null }
    /// An integer.
    static func integer(_ value: Int) -> JSON { .number(Double(value)) }

    /// The value as indented JSON text (two spaces), ending with a newline.
    func rendered() -> String {
        var writer = Writer(sink: nil)
        // Without a sink nothing is handed over, so nothing can throw.
        try? write(to: &writer, depth: 0)
        writer += "\n"
        return writer.text
    }

    /// The same text as ``rendered()``, handed to `sink` in pieces of about a megabyte, so that
    /// a large report is never held whole.
    func render(to sink: (String) throws -> Void) throws {
        try withoutActuallyEscaping(sink) { sink in
            var writer = Writer(sink: sink)
            try write(to: &writer, depth: 0)
            writer += "\n"
            try sink(writer.text)
        }
    }

    /// Collects text as UTF-8 bytes (appending bytes costs a fraction of appending to a
    /// `String`); with a sink, hands it over whenever a megabyte has built up.
    private struct Writer {
        var bytes: [UInt8] = []
        let sink: ((String) throws -> Void)?

        var text: String { String(decoding: bytes, as: UTF8.self) }

        static func += (writer: inout Writer, piece: String) {
            var piece = piece
            piece.withUTF8 { writer.bytes.append(contentsOf: $0) }
        }

        mutating func flushIfFull() throws {
            guard let sink, bytes.count >= 1 << 20 else { return }
            try sink(text)
            bytes.removeAll(keepingCapacity: true)
        }
    }

    /// Two spaces per level of nesting.
    private static let indents = (0..<16).map { String(repeating: "  ", count: $0) }

    private static func indent(_ depth: Int) -> String {
        depth < indents.count ? indents[depth] : String(repeating: "  ", count: depth)
    }

    private func write(to writer: inout Writer, depth: Int) throws {
        switch self {
        case .null: writer += "null"
        case let .bool(value): writer += value ? "true" : "false"
        case let .number(value): writer += JSON.text(of: value)
        case let .string(value): JSON.appendQuoted(value, to: &writer)
        case let .array(items):
            try JSON.elements(items.count) { items[$0] }.write(to: &writer, depth: depth)
        case let .elements(count, element):
            guard count > 0 else { writer += "[]"; return }
            writer += "[\n"
            let inner = JSON.indent(depth + 1)
            for offset in 0..<count {
                writer += inner
                try element(offset).write(to: &writer, depth: depth + 1)
                writer += offset == count - 1 ? "\n" : ",\n"
                try writer.flushIfFull()
            }
            writer += JSON.indent(depth)
            writer += "]"
        case let .object(members):
            guard !members.isEmpty else { writer += "{}"; return }
            writer += "{\n"
            let inner = JSON.indent(depth + 1)
            for (offset, (key, value)) in members.enumerated() {
                writer += inner
                JSON.appendQuoted(key, to: &writer)
                writer += ": "
                try value.write(to: &writer, depth: depth + 1)
                writer += offset == members.count - 1 ? "\n" : ",\n"
            }
            writer += JSON.indent(depth)
            writer += "}"
        }
    }

    /// Appends ``quoted(_:)`` of `text` without building it apart.
    private static func appendQuoted(_ text: String, to output: inout Writer) {
        if text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output += quoted(text)
            return
        }
        output += "\""
        output += text
        output += "\""
    }

    /// A finite number in round-trip form; `null` otherwise.
    static func text(of value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
            return String(Int64(value))  // −0 is written 0
        }
        return "\(value)"
    }

    /// A JSON string literal: `"`, `\` and control characters escaped.
    static func quoted(_ text: String) -> String {
        // Most keys and names need no escape: copy them whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
