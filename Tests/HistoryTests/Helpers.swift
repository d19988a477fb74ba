import History
import Testing

extension ColumnMapping {
    /// The wide mapping most tests use: columns `date, tv, radio, sales`.
    static let sample = ColumnMapping.wide(date: "date", outcome: "sales", spend: ["tv", "radio"])
}

/// Parses CSV text named `data.csv`.
func parse(_ csv: String, _ mapping: ColumnMapping = .sample, _ options: LoadOptions = LoadOptions()) throws(HistoryError)
    -> Dataset
{
    try Dataset.parse(csv: csv, file: "data.csv", mapping: mapping, options: options)
}

/// The error parsing `csv` throws, or `nil` (recorded as a test failure) when it parses.
func parseError(
    _ csv: String, _ mapping: ColumnMapping = .sample, _ options: LoadOptions = LoadOptions(),
    sourceLocation: SourceLocation = #_sourceLocation
) -> HistoryError? {
    do {
        _ = try parse(csv, mapping, options)
        Issue.record("expected an error", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// A day that must exist.
func day(_ text: String) -> Day { Day(parsing: text)! }
