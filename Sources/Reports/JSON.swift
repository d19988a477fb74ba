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

    /// A number, or `null` when `value` is `nil`.
    static func number(_ value: Double?) -> JSON { value.map { .number($0) } ?? .null }
    /// A string, or `null` when `value` is `nil`.
    static func string(_ value: String?) -> JSON { value.map { .string($0) } ?? .null }
    /// An integer.
    static func integer(_ value: Int) -> JSON { .number(Double(value)) }

    /// The value as indented JSON text (two spaces), ending with a newline.
    func rendered() -> String {
        var output = ""
        write(to: &output, indent: "")
        return output + "\n"
    }

    private func write(to output: inout String, indent: String) {
        let inner = indent + "  "
        switch self {
        case .null: output += "null"
        case let .bool(value): output += value ? "true" : "false"
        case let .number(value): output += JSON.text(of: value)
        case let .string(value): output += JSON.quoted(value)
        case let .array(items):
            guard !items.isEmpty else { output += "[]"; return }
            output += "[\n"
            for (offset, item) in items.enumerated() {
                output += inner
                item.write(to: &output, indent: inner)
                output += offset == items.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case let .object(members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{\n"
            for (offset, (key, value)) in members.enumerated() {
                output += inner + JSON.quoted(key) + ": "
                value.write(to: &output, indent: inner)
                output += offset == members.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        }
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
