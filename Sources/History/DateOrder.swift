/// Checks that dates come in ascending order without duplicates, per key (a channel in long
/// format; one key for wide format).
struct DateOrder {
    let policy: UnsortedPolicy
    private var last: [String: (day: Day, row: Int)] = [:]
    private var seen: [String: [Day: Int]] = [:]
    /// A note for the first row out of order, when `policy` is `.sort`.
    private(set) var sortNote: String?

    init(policy: UnsortedPolicy) { self.policy = policy }

    /// Records `day` on `row`.
    ///
    /// - Parameters:
    ///   - scope: For long format, ` for channel tv`; empty for wide format.
    /// - Throws: ``HistoryError`` on the row and date column for a duplicate date, or for a date
    ///   earlier than the previous one when the policy is `.error`.
    mutating func record(
        _ day: Day, row: CSVRow, column: CSVColumn, key: String = "", scope: String = ""
    ) throws(HistoryError) {
        if let first = seen[key, default: [:]][day] {
            throw row.error(column, "duplicate date \(day)\(scope) (also on row \(first))")
        }
        seen[key, default: [:]][day] = row.number
        defer { last[key] = (day, row.number) }
        guard let previous = last[key], day < previous.day else { return }
        switch policy {
        case .error:
            throw row.error(
                column,
                "\(day) comes after \(previous.day) on row \(previous.row)\(scope); rows must be in date order "
                    + "(set on_unsorted: sort to sort them)")
        case .sort:
            if sortNote == nil {
                sortNote =
                    "sorted rows by date (the first out of order was row \(row.number): \(day) after \(previous.day) on row \(previous.row)\(scope))"
            }
        }
    }
}
