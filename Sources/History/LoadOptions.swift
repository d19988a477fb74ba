/// What to do with an empty or `NA` cell in a spend, outcome, control or attributed column.
public enum MissingValuePolicy: String, Sendable, Hashable, CaseIterable {
    /// Stop with a ``HistoryError`` naming the row and column (the default).
    case error
    /// Use 0 and add a note to the dataset listing the rows per column.
    case zero
    /// Drop the whole period (date) and add a note. The period still counts for frequency and
    /// gap checks, so it is not reported as a gap; after ``Dataset/monthly()`` its month has
    /// coverage below 1.
    case skip
}

/// What to do when rows are not in ascending date order.
public enum UnsortedPolicy: String, Sendable, Hashable, CaseIterable {
    /// Stop with a ``HistoryError`` naming the first row out of order (the default).
    case error
    /// Sort by date and add a note.
    case sort
}

/// What to do when a wide file has several rows for one date (one per geo or region, say).
public enum DuplicateDatePolicy: String, Sendable, Hashable, CaseIterable {
    /// Stop with a ``HistoryError`` naming the second row (the default).
    case error
    /// Add the rows up: spend, outcome and attributed outcome are summed, controls averaged;
    /// a note says how many rows were merged. Rows may then come in any order.
    case sum
}

/// How strictly to read a dataset.
public struct LoadOptions: Sendable, Hashable {
    /// Missing values: error (default), zero-fill or skip the period.
    public var onMissing: MissingValuePolicy
    /// Rows out of date order: error (default) or sort.
    public var onUnsorted: UnsortedPolicy
    /// The expected frequency; `nil` detects it from the date spacing. When set, the data is
    /// checked against it.
    public var frequency: Frequency?
    /// Whether a weekly row's date is the first (default) or last day of its week.
    public var weekAnchor: WeekAnchor

    /// Several rows for one date (wide files): error (default) or sum them.
    public var duplicateDates: DuplicateDatePolicy = .error

    public init(
        onMissing: MissingValuePolicy = .error, onUnsorted: UnsortedPolicy = .error,
        frequency: Frequency? = nil, weekAnchor: WeekAnchor = .start, duplicateDates: DuplicateDatePolicy = .error
    ) {
        self.duplicateDates = duplicateDates
        self.onMissing = onMissing
        self.onUnsorted = onUnsorted
        self.frequency = frequency
        self.weekAnchor = weekAnchor
    }
}
