import Foundation
import Localization

/// A value in a JSON document with its path, for messages (`ExportedModel.hyper_values.tv_S_alphas`).
/// R's `jsonlite::write_json` writes every scalar as an array of length 1, so scalar reads accept
/// `x` and `[x]` alike.
struct JSONField {
    let file: String
    let path: String
    let value: Any

    static func read(path: String) throws(ImportError) -> JSONField {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError(file: path, message: tr(.impUnreadable))
        }
        do {
            return JSONField(file: path, path: "", value: try JSONSerialization.jsonObject(with: data))
        } catch {
            throw ImportError(file: path, message: tr(.impNotJSON, ["detail": error.localizedDescription]))
        }
    }

    func error(_ message: String) -> ImportError {
        ImportError(file: file, field: path.isEmpty ? nil : path, message: message)
    }

    /// The member `key` of an object, or `nil` when absent (or JSON null).
    func optional(_ key: String) throws(ImportError) -> JSONField? {
        guard let object = value as? [String: Any] else { throw error(tr(.impExpectedObject)) }
        guard let member = object[key], !(member is NSNull) else { return nil }
        return JSONField(file: file, path: path.isEmpty ? key : "\(path).\(key)", value: member)
    }

    func required(_ key: String) throws(ImportError) -> JSONField {
        guard let member = try optional(key) else {
            throw ImportError(file: file, field: path.isEmpty ? key : "\(path).\(key)", message: tr(.impMissing))
        }
        return member
    }

    /// The keys of an object.
    func keys() throws(ImportError) -> [String] {
        guard let object = value as? [String: Any] else { throw error(tr(.impExpectedObject)) }
        return Array(object.keys)
    }

    /// The elements of an array (a scalar counts as an array of one).
    func array() -> [JSONField] {
        let items = value as? [Any] ?? [value]
        return items.enumerated().map { JSONField(file: file, path: "\(path)[\($0.offset)]", value: $0.element) }
    }

    /// A scalar, unwrapping an array of length 1.
    private func scalar() throws(ImportError) -> Any {
        if let items = value as? [Any] {
            guard items.count == 1 else { throw error(tr(.impOneValue, ["count": "\(items.count)"])) }
            return items[0]
        }
        return value
    }

    func string() throws(ImportError) -> String {
        guard let text = try scalar() as? String else { throw error(tr(.dsExpectedText)) }
        return text
    }

    func number() throws(ImportError) -> Double {
        let scalar = try scalar()
        guard let number = scalar as? NSNumber, !(scalar is Bool), number.doubleValue.isFinite else {
            throw error(tr(.impFiniteFound, ["value": "\(scalar)"]))
        }
        return number.doubleValue
    }

    func strings() throws(ImportError) -> [String] {
        var result: [String] = []
        for item in array() { result.append(try item.string()) }
        return result
    }
}
