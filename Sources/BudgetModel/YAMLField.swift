import Localization
import Yams

/// A node of a parsed YAML document with its path (`channels[2].curve.shape`), for reading
/// values strictly: wrong types, non-finite numbers and unknown keys become ``ScenarioError``s
/// that name the path and line.
struct YAMLField {
    let node: Node
    let path: String
    let file: String

    var line: Int? { node.mark?.line }

    func error(_ message: String) -> ScenarioError {
        ScenarioError(file: file, path: path, line: line, message: message)
    }

    /// The child at `key` (path `parent.key`).
    private func child(_ node: Node, key: String) -> YAMLField {
        YAMLField(node: node, path: path.isEmpty ? key : "\(path).\(key)", file: file)
    }

    /// The entries of a mapping, keyed by name, after checking every key is allowed.
    func mapping(allowed: [String]) throws(ScenarioError) -> [String: YAMLField] {
        guard case let .mapping(mapping) = node else { throw error(tr(.errExpectedMapping)) }
        var result: [String: YAMLField] = [:]
        for (keyNode, value) in mapping {
            guard case let .scalar(key) = keyNode else { throw error(tr(.errPlainKeys)) }
            let field = child(value, key: key.string)
            guard allowed.contains(key.string) else {
                throw ScenarioError(
                    file: file, path: field.path, line: keyNode.mark?.line,
                    message: tr(.errUnknownKey, ["key": key.string, "keys": allowed.joined(separator: ", ")]))
            }
            result[key.string] = field
        }
        return result
    }

    /// The entries of a mapping whose keys are user names (group names, channel names).
    func namedEntries() throws(ScenarioError) -> [(name: String, field: YAMLField)] {
        guard case let .mapping(mapping) = node else { throw error(tr(.errExpectedNameMapping)) }
        var result: [(String, YAMLField)] = []
        for (keyNode, value) in mapping {
            guard case let .scalar(key) = keyNode else { throw error(tr(.errPlainKeys)) }
            result.append((key.string, child(value, key: key.string)))
        }
        return result
    }

    /// The items of a sequence, with paths `parent[i]`.
    func sequence() throws(ScenarioError) -> [YAMLField] {
        guard case let .sequence(sequence) = node else { throw error(tr(.errExpectedList)) }
        return sequence.enumerated().map { YAMLField(node: $1, path: "\(path)[\($0)]", file: file) }
    }

    /// A plain string scalar.
    func string() throws(ScenarioError) -> String {
        guard case let .scalar(scalar) = node else { throw error(tr(.errExpectedText)) }
        return scalar.string
    }

    /// A finite number (plain scalar; quoted text, NaN and infinities are refused). An amount
    /// may also be written with a Chinese myriad unit: `50万` (500,000), `1.2亿` (120,000,000).
    func number() throws(ScenarioError) -> Double {
        guard case let .scalar(scalar) = node, scalar.style == .plain else {
            throw error(tr(.errExpectedNumber))
        }
        if let amount = ChineseAmount.parse(scalar.string) { return amount }
        let text = String(scalar.string.filter { $0 != "_" })
        let lowered = text.lowercased()
        if [".nan", "nan", ".inf", "+.inf", "-.inf", "inf", "-inf", "+inf", "infinity", "-infinity"].contains(lowered) {
            throw error(tr(.errNotFinite, ["value": scalar.string]))
        }
        guard let value = Double(text) else { throw error(tr(.errExpectedNumberFound, ["value": scalar.string])) }
        guard value.isFinite else { throw error(tr(.errNotFinite, ["value": scalar.string])) }
        return value
    }

    /// A finite number ≥ 0.
    func nonNegative() throws(ScenarioError) -> Double {
        let value = try number()
        guard value >= 0 else { throw error(tr(.errNegative, ["value": "\(value)"])) }
        return value
    }

    /// A finite number > 0.
    func positive() throws(ScenarioError) -> Double {
        let value = try number()
        guard value > 0 else { throw error(tr(.errNotPositive, ["value": "\(value)"])) }
        return value
    }

    /// A fraction in [0, 1].
    func share() throws(ScenarioError) -> Double {
        let value = try number()
        guard (0...1).contains(value) else { throw error(tr(.errNotShare, ["value": "\(value)"])) }
        return value
    }

    /// `true` or `false`.
    func bool() throws(ScenarioError) -> Bool {
        guard case let .scalar(scalar) = node, scalar.style == .plain else { throw error(tr(.errExpectedBool)) }
        switch scalar.string.lowercased() {
        case "true": return true
        case "false": return false
        default: throw error(tr(.errExpectedBoolFound, ["value": scalar.string]))
        }
    }
}

extension Dictionary where Key == String, Value == YAMLField {
    /// Reads an optional entry with `read`.
    func optional<T>(_ key: String, _ read: (YAMLField) throws(ScenarioError) -> T) throws(ScenarioError) -> T? {
        guard let field = self[key] else { return nil }
        return try read(field)
    }

    /// Reads a required entry with `read`; a missing one is an error at `parent`.
    func required<T>(
        _ key: String, in parent: YAMLField, _ read: (YAMLField) throws(ScenarioError) -> T
    ) throws(ScenarioError) -> T {
        guard let field = self[key] else { throw parent.error(tr(.errMissingKey, ["key": key])) }
        return try read(field)
    }
}
