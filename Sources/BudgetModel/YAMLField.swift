import Localization

/// A node of a parsed document with its path (`channels[2].curve.shape`), for reading
/// values strictly: wrong types, non-finite numbers and unknown keys become ``ScenarioError``s
/// that name the path and line.
struct YAMLField {
    let node: DocumentNode
    let location: FieldPath
    let file: String

    init(node: DocumentNode, location: FieldPath = .root, file: String) {
        self.node = node
        self.location = location
        self.file = file
    }

    /// The dotted path, assembled on demand (only error messages need it).
    var path: String { location.text }

    var line: Int? { node.line }

    func error(_ message: String) -> ScenarioError {
        ScenarioError(file: file, path: path, line: line, message: message)
    }

    /// The child at `key` (path `parent.key`).
    private func child(_ node: DocumentNode, key: String) -> YAMLField {
        YAMLField(node: node, location: location.key(key), file: file)
    }

    /// The entries of a mapping, keyed by name, after checking every key is allowed.
    func mapping(allowed: [String]) throws(ScenarioError) -> [String: YAMLField] {
        guard case let .mapping(mapping, _) = node else { throw error(tr(.errExpectedMapping)) }
        var result: [String: YAMLField] = Dictionary(minimumCapacity: mapping.count)
        for (keyNode, value) in mapping {
            guard let (key, _, keyLine) = keyNode.scalar else { throw error(tr(.errPlainKeys)) }
            let field = child(value, key: key)
            guard allowed.contains(key) else {
                throw ScenarioError(
                    file: file, path: field.path, line: keyLine,
                    message: tr(.errUnknownKey, ["key": key, "keys": allowed.joined(separator: ", ")]))
            }
            result[key] = field
        }
        return result
    }

    /// The entries of a mapping whose keys are user names (group names, channel names).
    func namedEntries() throws(ScenarioError) -> [(name: String, field: YAMLField)] {
        guard case let .mapping(mapping, _) = node else { throw error(tr(.errExpectedNameMapping)) }
        var result: [(String, YAMLField)] = []
        result.reserveCapacity(mapping.count)
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.text else { throw error(tr(.errPlainKeys)) }
            result.append((key, child(value, key: key)))
        }
        return result
    }

    /// The items of a sequence, with paths `parent[i]`.
    func sequence() throws(ScenarioError) -> [YAMLField] {
        guard case let .sequence(sequence, _) = node else { throw error(tr(.errExpectedList)) }
        return sequence.enumerated().map { YAMLField(node: $1, location: location.index($0), file: file) }
    }

    /// A plain string scalar.
    func string() throws(ScenarioError) -> String {
        guard let text = node.scalar?.text else { throw error(tr(.errExpectedText)) }
        return text
    }

    /// A finite number (plain scalar; quoted text, NaN and infinities are refused). An amount
    /// may also be written with a Chinese myriad unit: `50万` (500,000), `1.2亿` (120,000,000).
    func number() throws(ScenarioError) -> Double {
        if case let .number(value, _) = node { return value }
        guard let scalar = node.scalar, scalar.plain else {
            throw error(tr(.errExpectedNumber))
        }
        let written = scalar.text
        if let value = Double(written), value.isFinite { return value }
        if let amount = ChineseAmount.parse(written) { return amount }
        let text = String(written.filter { $0 != "_" })
        let lowered = text.lowercased()
        if [".nan", "nan", ".inf", "+.inf", "-.inf", "inf", "-inf", "+inf", "infinity", "-infinity"].contains(lowered) {
            throw error(tr(.errNotFinite, ["value": written]))
        }
        guard let value = Double(text) else { throw error(tr(.errExpectedNumberFound, ["value": written])) }
        guard value.isFinite else { throw error(tr(.errNotFinite, ["value": written])) }
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
        guard let scalar = node.scalar, scalar.plain else { throw error(tr(.errExpectedBool)) }
        let written = scalar.text
        switch written.lowercased() {
        case "true": return true
        case "false": return false
        default: throw error(tr(.errExpectedBoolFound, ["value": written]))
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
