/// How often the rows of a dataset were recorded.
public enum Frequency: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// One row per calendar day.
    case daily
    /// One row per 7-day week (see ``WeekAnchor`` for which day the date names).
    case weekly
    /// One row per calendar month; the row covers the whole calendar month its date falls in.
    case monthly

    public var description: String { rawValue }

    /// The unit of one step, for messages: "day", "week", "month".
    var unit: String {
        switch self {
        case .daily: "day"
        case .weekly: "week"
        case .monthly: "month"
        }
    }
}

/// Which day of its week a weekly row's date names.
///
/// The default, ``start``, matches Robyn, Meridian and most exports: the row dated 2024-01-29
/// covers 2024-01-29 … 2024-02-04. With ``end`` (YAML `week_ending: true`) the same row covers
/// 2024-01-23 … 2024-01-29. Daily and monthly rows ignore this.
public enum WeekAnchor: String, Sendable, Hashable {
    /// The date is the first of the 7 days the row covers.
    case start
    /// The date is the last of the 7 days the row covers.
    case end
}
