import CSV
import Foundation
import Localization

/// A CSV file read one row at a time with CSV.swift's `CSVReader`, numbering rows as the user
/// sees them: the header is row 1 and every record counts, blank ones included (so the row is
/// the line number unless a quoted field spans lines). Blank rows are skipped.
///
/// Files are read whole and decoded as UTF-8 before parsing: CSV.swift's `InputStream` reader
/// ends every file on Linux with a spurious `cannotReadFile` error (its end-of-stream test
/// asks `hasBytesAvailable`, which stays true until a read returns 0 bytes), which would hide
/// real read errors. Historical MMM files are small (kilobytes to a few megabytes).
struct CSVSource {
    let file: String
    private let reader: CSVReader

    /// Reads a UTF-8 file.
    static func open(path: String) throws(HistoryError) -> CSVSource {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw HistoryError(file: path, message: tr(.errCannotRead, ["reason": tr(.errNoSuchFile)]))
        }
        guard !isDirectory.boolValue else { throw HistoryError(file: path, message: tr(.dsFolder)) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw HistoryError(file: path, message: tr(.dsUnreadable))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw HistoryError(file: path, message: tr(.errCannotRead, ["reason": tr(.errNotUTF8)]))
        }
        return try Self.text(text, file: path)
    }

    /// Reads CSV text held in memory.
    static func text(_ csv: String, file: String) throws(HistoryError) -> CSVSource {
        do {
            return CSVSource(file: file, reader: try CSVReader(string: csv))
        } catch {
            throw HistoryError(file: file, message: tr(.dsCSVText, ["error": "\(error)"]))
        }
    }

    /// Reads the header, row 1. Call once, before ``readRows(into:)``.
    ///
    /// - Throws: ``HistoryError`` for an empty file or undecodable text.
    func readHeader() throws(HistoryError) -> CSVHeader {
        guard let names = reader.next(), !(names.count == 1 && names[0].trimmingSpaces.isEmpty) else {
            try checkReader()
            throw HistoryError(file: file, row: 1, message: tr(.errCSVEmpty))
        }
        return CSVHeader(file: file, names: names.map(\.trimmingSpaces))
    }

    /// Passes every non-blank data row to `consumer`.
    ///
    /// - Throws: ``HistoryError`` for a row with fewer fields than the header (or extra
    ///   non-empty ones), undecodable text, no data rows, or whatever `consumer` throws.
    func readRows(header: CSVHeader, into consumer: inout some RowConsumer) throws(HistoryError) {
        var number = 1
        var dataRows = 0
        while let fields = reader.next() {
            number += 1
            if fields.count == 1 && fields[0].trimmingSpaces.isEmpty { continue }
            if fields.count < header.names.count
                || fields[header.names.count...].contains(where: { !$0.trimmingSpaces.isEmpty })
            {
                throw HistoryError(
                    file: file, row: number,
                    message: tr(.errCSVFieldCount, ["fields": "\(fields.count)", "columns": "\(header.names.count)"]))
            }
            dataRows += 1
            try consumer.consume(CSVRow(file: file, number: number, fields: fields))
        }
        try checkReader()
        guard dataRows > 0 else { throw HistoryError(file: file, message: tr(.errCSVNoRows)) }
    }

    private func checkReader() throws(HistoryError) {
        if let error = reader.error {
            throw HistoryError(file: file, message: tr(.dsCSVText, ["error": "\(error)"]))
        }
    }
}

/// Takes the data rows of a CSV file one at a time.
protocol RowConsumer {
    mutating func consume(_ row: CSVRow) throws(HistoryError)
}

/// A column found in the header.
struct CSVColumn {
    let name: String
    let index: Int
}

/// The header row, resolving mapped column names to positions.
struct CSVHeader {
    let file: String
    let names: [String]

    /// The column called `name`.
    ///
    /// - Throws: ``HistoryError`` naming the column and listing the available ones when it is
    ///   absent, or naming both positions when the header has it twice.
    func column(_ name: String) throws(HistoryError) -> CSVColumn {
        let positions = names.indices.filter { names[$0] == name }
        guard let index = positions.first else {
            throw HistoryError(
                file: file, row: 1, column: name,
                message: tr(.errCSVNoColumn, ["columns": names.joined(separator: ", ")]))
        }
        guard positions.count == 1 else {
            throw HistoryError(
                file: file, row: 1, column: name,
                message: tr(.errCSVColumnTwice, [
                    "count": "\(positions.count)", "positions": positions.map { String($0 + 1) }.joined(separator: ", "),
                ]))
        }
        return CSVColumn(name: name, index: index)
    }
}

/// One data row, reading typed cells with errors that name the row and the column.
struct CSVRow {
    let file: String
    /// The row number, header = 1.
    let number: Int
    let fields: [String]

    func error(_ column: CSVColumn?, _ message: String) -> HistoryError {
        HistoryError(file: file, row: number, column: column?.name, message: message)
    }

    /// The raw text of a cell, trimmed.
    func text(_ column: CSVColumn) -> String { fields[column.index].trimmingSpaces }

    /// A date cell: `YYYY-MM-DD`, `YYYY/MM/DD` or `YYYY-MM`.
    func date(_ column: CSVColumn) throws(HistoryError) -> (day: Day, monthOnly: Bool) {
        let text = text(column)
        guard !text.isEmpty else { throw error(column, "missing date") }
        guard let parsed = DateText.parse(text) else {
            throw error(column, "cannot read the date '\(text)'; expected YYYY-MM-DD, YYYY/MM/DD or YYYY-MM")
        }
        return parsed
    }

    /// A finite number, or `nil` when the cell is missing (empty, `NA`, `N/A`, `null`).
    ///
    /// - Throws: ``HistoryError`` for text that is not a number, and for NaN or infinity.
    func number(_ column: CSVColumn) throws(HistoryError) -> Double? {
        let text = text(column)
        // No missing marker or non-finite word starts with a digit (most cells of a long file do).
        if !(text.utf8.first.map(Self.isDigit) ?? false) {
            let lower = text.lowercased()
            if CSVRow.missingMarkers.contains(lower) { return nil }
            if CSVRow.nonFiniteWords.contains(lower) {
                throw error(column, "not a finite number: '\(text)' (leave the cell empty or write NA for a missing value)")
            }
        }
        // Byte by byte: every character an ASCII digit or one of + - . e E.
        guard text.utf8.allSatisfy(Self.isNumberByte), let value = Double(text) else {
            throw error(column, tr(.errCSVNotNumber, ["value": text]))
        }
        guard value.isFinite else { throw error(column, "not a finite number: '\(text)'") }
        return value
    }

    /// A spend cell: a finite number ≥ 0, or `nil` when missing.
    func spend(_ column: CSVColumn) throws(HistoryError) -> Double? {
        guard let value = try number(column) else { return nil }
        guard value >= 0 else { throw error(column, "negative spend \(value)") }
        return value == 0 ? 0 : value  // no −0.0
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }
    /// An ASCII digit or one of `+ - . e E`.
    static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 48...57, UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): true
        default: false
        }
    }

    /// Cell texts read as a missing value (compared in lower case).
    static let missingMarkers: Set<String> = ["", "na", "n/a", "#n/a", "null"]
    /// Cell texts read as NaN or infinity, which are always errors.
    static let nonFiniteWords: Set<String> = [
        "nan", "-nan", "+nan", "inf", "-inf", "+inf", "infinity", "-infinity", "+infinity",
    ]
}
