/// Where a value of an ``Observation`` lives.
enum Slot: Hashable {
    case spend(Int)
    case outcome
    case control(Int)
    case attributed(Int)
}

/// One period as read from the file, before missing values are resolved (`nil` = missing).
struct Observation {
    var date: Day
    /// The first row of this date (header = 1).
    var row: Int
    /// Whether the date was written as `YYYY-MM`.
    var monthOnly: Bool
    var spend: [Double?]
    var outcome: Double?
    var controls: [Double?]
    var attributed: [Double?]?

    subscript(slot: Slot) -> Double? {
        get {
            switch slot {
            case let .spend(channel): spend[channel]
            case .outcome: outcome
            case let .control(index): controls[index]
            case let .attributed(channel): attributed?[channel]
            }
        }
        set {
            switch slot {
            case let .spend(channel): spend[channel] = newValue
            case .outcome: outcome = newValue
            case let .control(index): controls[index] = newValue
            case let .attributed(channel): attributed?[channel] = newValue
            }
        }
    }
}

/// A value the file does not give: an empty or `NA` cell, or (long format) no row at all
/// for a channel on a date.
struct MissingCell {
    /// The observation's date.
    var date: Day
    var slot: Slot
    /// What the notes call the value: a column name, or `spend for channel tv`.
    var label: String
    /// The row of the empty cell; `nil` when there is no row (long format).
    var row: Int?
    /// The error reported when missing values are not accepted.
    var error: HistoryError
}

/// Everything a reader produced from one file, in date order.
struct RawTable {
    var channels: [String]
    var controlNames: [String]
    var observations: [Observation]
    var missing: [MissingCell]
    var notes: [String]
    /// Long format with `attributed == outcome`: the outcome is the sum of attributed values.
    var outcomeIsAttributedSum: Bool
}

/// Applies a ``MissingValuePolicy`` to the missing cells of a table.
enum MissingValues {
    /// The observations with every value present, the dates dropped, and notes saying what was
    /// filled or dropped.
    ///
    /// - Throws: the ``HistoryError`` of the first missing cell (by row) under `.error`.
    static func resolve(
        _ table: RawTable, policy: MissingValuePolicy
    ) throws(HistoryError) -> (observations: [Observation], skipped: [Day], notes: [String]) {
        guard !table.missing.isEmpty else { return (table.observations, [], []) }
        let cells = table.missing.enumerated()
            .sorted { ($0.element.row ?? Int.max, $0.element.date, $0.offset) < ($1.element.row ?? Int.max, $1.element.date, $1.offset) }
            .map(\.element)
        switch policy {
        case .error:
            throw cells[0].error
        case .zero:
            var observations = table.observations
            let position = Dictionary(uniqueKeysWithValues: observations.enumerated().map { ($1.date, $0) })
            for cell in cells { observations[position[cell.date]!][cell.slot] = 0 }
            return (observations, [], zeroNotes(cells))
        case .skip:
            let byDate = Dictionary(grouping: cells, by: \.date)
            let kept = table.observations.filter { byDate[$0.date] == nil }
            let skipped = table.observations.filter { byDate[$0.date] != nil }
            let items = skipped.map { observation in
                var labels: [String] = []
                for cell in byDate[observation.date]! where !labels.contains(cell.label) { labels.append(cell.label) }
                return "\(observation.date) (row \(observation.row): \(labels.joined(separator: ", ")))"
            }
            let count = skipped.count
            let note = "skipped \(count) \(count == 1 ? "period" : "periods") with missing values: \(Notes.list(items))"
            return (kept, skipped.map(\.date), [note])
        }
    }

    /// One note per label: `filled 3 missing values with 0 in tv_S (rows 5, 9, 12)`.
    private static func zeroNotes(_ cells: [MissingCell]) -> [String] {
        var groups: [(label: String, withRow: Bool, cells: [MissingCell])] = []
        for cell in cells {
            if let index = groups.firstIndex(where: { $0.label == cell.label && $0.withRow == (cell.row != nil) }) {
                groups[index].cells.append(cell)
            } else {
                groups.append((cell.label, cell.row != nil, [cell]))
            }
        }
        return groups.map { group in
            let count = group.cells.count
            let places =
                group.withRow
                ? "\(count == 1 ? "row" : "rows") \(Notes.list(group.cells.map { String($0.row!) }))"
                : "no \(count == 1 ? "row" : "rows") for \(Notes.list(group.cells.map { $0.date.description }))"
            return "filled \(count) missing \(count == 1 ? "value" : "values") with 0 in \(group.label) (\(places))"
        }
    }
}

/// Formatting helpers for notes.
enum Notes {
    /// `a, b, c`, or the first `limit` items and `… and N more`.
    static func list(_ items: [String], limit: Int = 10) -> String {
        guard items.count > limit else { return items.joined(separator: ", ") }
        return items.prefix(limit).joined(separator: ", ") + " and \(items.count - limit) more"
    }
}
