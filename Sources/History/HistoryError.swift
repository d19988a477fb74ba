import Localization

/// Why a historical dataset could not be read: the file, where in it, and what is wrong.
///
/// For a CSV file the place is a row (1-based, the header is row 1) and a column name, as in
/// `data.csv: row 14, column tv_S: negative spend -3.0`. For a YAML dataset file it is a line
/// and a key path, as in `data.yaml:4: spend[1]: expected text`. The CLI maps every case to
/// exit status 2.
public struct HistoryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file, or "<input>" when parsed from a string.
    public var file: String
    /// The CSV row (header = 1), when the problem is in one row.
    public var row: Int?
    /// The CSV column name, when the problem is in one column.
    public var column: String?
    /// The YAML key path (such as `attributed.tv_S`), for dataset files.
    public var keyPath: String?
    /// The 1-based YAML line, when known.
    public var line: Int?
    /// What is wrong.
    public var message: String

    public init(
        file: String, row: Int? = nil, column: String? = nil, keyPath: String? = nil, line: Int? = nil,
        message: String
    ) {
        self.file = file
        self.row = row
        self.column = column
        self.keyPath = keyPath
        self.line = line
        self.message = message
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        var places: [String] = []
        if let row { places.append(tr(.placeRow, ["row": "\(row)"])) }
        if let column { places.append(tr(.placeColumn, ["column": column])) }
        if let keyPath, !keyPath.isEmpty { places.append(keyPath) }
        return places.isEmpty ? "\(location): \(message)" : "\(location): \(places.joined(separator: ", ")): \(message)"
    }
}
