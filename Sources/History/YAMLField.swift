import Yams
import Localization

/// A node of a parsed YAML dataset file with its key path (`attributed.tv_S`), for reading
/// values strictly: wrong types and unknown keys become ``HistoryError``s naming the path and
/// line.
struct YAMLField {
    let node: Node
    let path: String
    let file: String

    /// Parses a whole document.
    ///
    /// - Throws: ``HistoryError`` for an empty document or invalid YAML, with the line.
    static func document(yaml: String, file: String) throws(HistoryError) -> YAMLField {
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw HistoryError(file: file, message: tr(.errEmptyFile))
            }
            return YAMLField(node: node, path: "", file: file)
        } catch let error as HistoryError {
            throw error
        } catch let error as YamlError {
            throw HistoryError(file: file, line: line(of: error), message: tr(.errNotYAML, ["detail": summary(error)]))
        } catch {
            throw HistoryError(file: file, message: tr(.errNotYAML, ["detail": "\(error)"]))
        }
    }

    func error(_ message: String) -> HistoryError {
        HistoryError(file: file, keyPath: path, line: node.mark?.line, message: message)
    }

    private func child(_ node: Node, key: String) -> YAMLField {
        YAMLField(node: node, path: path.isEmpty ? key : "\(path).\(key)", file: file)
    }

    /// The entries of a mapping, keyed by name, after checking every key is allowed.
    func mapping(allowed: [String]) throws(HistoryError) -> [String: YAMLField] {
        var result: [String: YAMLField] = [:]
        for (key, keyLine, field) in try entries() {
            guard allowed.contains(key) else {
                throw HistoryError(
                    file: file, keyPath: field.path, line: keyLine,
                    message: tr(.errUnknownKey, ["key": key, "keys": allowed.joined(separator: ", ")]))
            }
            result[key] = field
        }
        return result
    }

    /// The entries of a mapping whose keys are user names (channels), in file order.
    func namedEntries() throws(HistoryError) -> [(name: String, field: YAMLField)] {
        try entries().map { ($0.key, $0.field) }
    }

    private func entries() throws(HistoryError) -> [(key: String, line: Int?, field: YAMLField)] {
        guard case let .mapping(mapping) = node else { throw error(tr(.errExpectedMapping)) }
        var result: [(String, Int?, YAMLField)] = []
        for (keyNode, value) in mapping {
            guard case let .scalar(key) = keyNode else { throw error(tr(.dsPlainKeys)) }
            result.append((key.string, keyNode.mark?.line, child(value, key: key.string)))
        }
        return result
    }

    /// A non-empty text scalar.
    func string() throws(HistoryError) -> String {
        guard case let .scalar(scalar) = node else { throw error(tr(.dsExpectedText)) }
        guard !scalar.string.trimmingSpaces.isEmpty else { throw error(tr(.dsNotEmpty)) }
        return scalar.string
    }

    /// A list of texts (a single text counts as a list of one).
    func strings() throws(HistoryError) -> [String] {
        if case .scalar = node { return [try string()] }
        guard case let .sequence(sequence) = node else { throw error(tr(.dsColumnList)) }
        var result: [String] = []
        for (index, item) in sequence.enumerated() {
            result.append(try YAMLField(node: item, path: "\(path)[\(index)]", file: file).string())
        }
        return result
    }

    /// One of the enum's raw values.
    func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type) throws(HistoryError) -> T where T.RawValue == String {
        let text = try string()
        guard let value = T(rawValue: text) else {
            throw error(tr(.dsOneOfFound, ["values": T.allCases.map(\.rawValue).joined(separator: ", "), "value": text]))
        }
        return value
    }

    /// `true` or `false`.
    func bool() throws(HistoryError) -> Bool {
        guard case let .scalar(scalar) = node, scalar.style == .plain else { throw error(tr(.errExpectedBool)) }
        switch scalar.string.lowercased() {
        case "true": return true
        case "false": return false
        default: throw error(tr(.errExpectedBoolFound, ["value": scalar.string]))
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): mark.line
        default: nil
        }
    }

    private static func summary(_ error: YamlError) -> String {
        switch error {
        case let .scanner(context, problem, _, _), let .parser(context, problem, _, _),
            let .composer(context, problem, _, _):
            [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        case let .duplicatedKeysInMapping(duplicates, _):
            "duplicate keys: \(duplicates.joined(separator: ", "))"
        default:
            "\(error)"
        }
    }
}
