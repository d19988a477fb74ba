/// How a report is written.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned plain-text tables for a terminal.
    case table
    /// One JSON object (the contract other tools read).
    case json
    /// RFC 4180 CSV: one header row per table, tables separated by a blank line.
    case csv
    /// Markdown pipe tables.
    case markdown
}
