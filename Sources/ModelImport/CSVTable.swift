import CSV
import Foundation
import Localization

/// A small CSV file read whole: the header's column names and the data rows, each with its row
/// number as the user sees it (header = row 1). Blank rows are skipped.
struct CSVTable {
    struct Row {
        var number: Int
        var fields: [String]
    }

    let file: String
    let columns: [String]
    let rows: [Row]

    /// Reads a UTF-8 CSV file (a leading byte-order mark is ignored).
    static func read(path: String) throws(ImportError) -> CSVTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError(file: path, message: tr(.impUnreadable))
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw ImportError(file: path, message: tr(.dsCannotRead, ["reason": tr(.dsNotUTF8)]))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return try parse(text, file: path)
    }

    /// Parses CSV text held in memory.
    static func parse(_ text: String, file: String) throws(ImportError) -> CSVTable {
        let reader: CSVReader
        do { reader = try CSVReader(string: text) } catch {
            throw ImportError(file: file, message: tr(.dsCSVText, ["error": "\(error)"]))
        }
        guard let header = reader.next(), header.contains(where: { !$0.trimmed.isEmpty }) else {
            throw ImportError(file: file, row: 1, message: tr(.errCSVEmpty))
        }
        let columns = header.map(\.trimmed)
        var rows: [Row] = []
        var number = 1
        while let fields = reader.next() {
            number += 1
            if fields.allSatisfy({ $0.trimmed.isEmpty }) { continue }
            guard fields.count == columns.count else {
                throw ImportError(file: file, row: number, message: tr(.impFieldCount, ["fields": "\(fields.count)", "columns": "\(columns.count)"]))
            }
            rows.append(Row(number: number, fields: fields.map(\.trimmed)))
        }
        if let error = reader.error { throw ImportError(file: file, message: tr(.dsCSVText, ["error": "\(error)"])) }
        guard !rows.isEmpty else { throw ImportError(file: file, message: tr(.impNoRows)) }
        return CSVTable(file: file, columns: columns, rows: rows)
    }

    /// The index of the first column named any of `names` (case-insensitive), or `nil`.
    func column(_ names: String...) -> Int? {
        columns.firstIndex { column in names.contains { $0.caseInsensitiveCompare(column) == .orderedSame } }
    }

    /// Like ``column(_:)`` but an error naming the expected columns when none is present.
    func requiredColumn(_ names: String...) throws(ImportError) -> Int {
        if let index = columns.firstIndex(where: { column in names.contains { $0.caseInsensitiveCompare(column) == .orderedSame } }) {
            return index
        }
        let wanted = names.map { "'\($0)'" }.joined(separator: " or ")
        throw ImportError(file: file, row: 1, message: tr(.impNoColumn, ["wanted": "\(wanted)", "columns": columns.joined(separator: ", ")]))
    }

    /// The field as a finite number, or an error naming the row and column.
    func number(_ row: Row, _ column: Int) throws(ImportError) -> Double {
        let text = row.fields[column]
        guard let value = Double(text), value.isFinite else {
            throw ImportError(file: file, row: row.number, field: columns[column], message: tr(.impNotFinite, ["value": text]))
        }
        return value
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
