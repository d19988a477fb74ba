import Localization

/// Why another tool's output could not be turned into a scenario: the file, and where known the
/// row (1-based, the header is row 1) or the JSON field, and what is wrong with it.
public struct ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// The CSV row (header = 1) or `nil`.
    public var row: Int?
    /// The CSV column or JSON field path, or `nil`.
    public var field: String?
    public var message: String

    public init(file: String, row: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.row = row
        self.field = field
        self.message = message
    }

    /// `FILE: row 7: column 'spend': message`, `FILE: ExportedModel.hyper_values.tv_S_alphas: message`.
    public var description: String {
        var parts = [file]
        if let row { parts.append(tr(.placeRow, ["row": "\(row)"])) }
        if let field { parts.append(row == nil ? field : tr(.impColumn, ["column": field])) }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}
