/// Which CSV columns hold the date, spend, outcome, controls and attributed outcome.
///
/// Two layouts are read:
///
/// - **Wide**: one row per date; one spend column per channel (the channel is named after its
///   column), one outcome column (the total for the date), optional control columns and
///   optional attributed-outcome columns, one per channel.
/// - **Long**: one row per date × channel, with a channel column and a spend column. The
///   outcome column means one of two things, chosen by `attributed`:
///   - `attributed == nil`, or a column other than the outcome column: the outcome column holds
///     the date's **total** and must be the same on every row of that date (an attributed
///     column, if given, is read per channel).
///   - `attributed == outcome` (the CLI's `--attributed`): the outcome column holds the
///     **channel's attributed outcome**; the date's total is the sum over its channels.
///
///   Controls are per date and must be the same on every row of a date. Rows of one date may be
///   anywhere in the file, but each channel's rows must be in date order.
public struct ColumnMapping: Sendable, Hashable {
    /// Where channels and their spend are.
    public enum Layout: Sendable, Hashable {
        /// One spend column per channel; `attributed` maps a spend column (channel) to its
        /// attributed-outcome column, and is either empty or covers every channel.
        case wide(spend: [String], attributed: [String: String])
        /// A channel column and a spend column; see ``ColumnMapping`` for `attributed`.
        case long(channel: String, spend: String, attributed: String?)
    }

    /// The date column.
    public var date: String
    /// The outcome column (revenue, conversions… in the file's own units).
    public var outcome: String
    /// Wide or long, with the channel columns.
    public var layout: Layout
    /// Control columns (prices, seasonality, competitor activity…), in order.
    public var controls: [String]
    /// Wide files: a column the outcome is multiplied by on each row before anything else
    /// (revenue = conversions × revenue_per_conversion); `nil` for none.
    public var outcomeMultiplier: String? = nil

    public init(date: String, outcome: String, layout: Layout, controls: [String] = []) {
        self.date = date
        self.outcome = outcome
        self.layout = layout
        self.controls = controls
    }

    /// A wide mapping: one spend column per channel.
    public static func wide(
        date: String, outcome: String, spend: [String], controls: [String] = [], attributed: [String: String] = [:]
    ) -> ColumnMapping {
        ColumnMapping(date: date, outcome: outcome, layout: .wide(spend: spend, attributed: attributed), controls: controls)
    }

    /// A long mapping: one row per date × channel.
    public static func long(
        date: String, outcome: String, channel: String, spend: String, controls: [String] = [],
        attributed: String? = nil
    ) -> ColumnMapping {
        ColumnMapping(
            date: date, outcome: outcome, layout: .long(channel: channel, spend: spend, attributed: attributed),
            controls: controls)
    }

    /// Every column the mapping reads, each once, in a stable order.
    var requiredColumns: [String] {
        var columns = [date, outcome]
        switch layout {
        case let .wide(spend, attributed):
            columns += spend
            columns += spend.compactMap { attributed[$0] }
        case let .long(channel, spend, attributed):
            columns += [channel, spend]
            if let attributed { columns.append(attributed) }
        }
        columns += controls
        var seen: Set<String> = []
        return columns.filter { seen.insert($0).inserted }
    }

    /// Checks the mapping itself: names not empty, no column in two roles, attributed columns
    /// for every channel or none.
    ///
    /// - Throws: ``HistoryError`` naming the column.
    func validate(file: String) throws(HistoryError) {
        func fail(_ column: String?, _ message: String) -> HistoryError {
            HistoryError(file: file, column: column, message: message)
        }
        var roles: [String: String] = [:]
        func claim(_ column: String, _ role: String) throws(HistoryError) {
            guard !column.trimmingSpaces.isEmpty else { throw fail(nil, "the \(role) column name is empty") }
            if let other = roles[column] { throw fail(column, "used both as \(other) and as \(role)") }
            roles[column] = role
        }
        try claim(date, "date")
        try claim(outcome, "outcome")
        switch layout {
        case let .wide(spend, attributed):
            guard !spend.isEmpty else { throw fail(nil, "give at least one spend column") }
            for column in spend { try claim(column, "spend") }
            for channel in attributed.keys.sorted() where !spend.contains(channel) {
                throw fail(channel, "has an attributed column but is not a spend column")
            }
            let uncovered = spend.filter { attributed[$0] == nil }
            if !attributed.isEmpty && !uncovered.isEmpty {
                throw fail(nil, "attributed columns must cover every channel or none; missing for \(uncovered.joined(separator: ", "))")
            }
            for channel in spend { if let column = attributed[channel] { try claim(column, "attributed outcome") } }
        case let .long(channel, spend, attributed):
            try claim(channel, "channel")
            try claim(spend, "spend")
            if let attributed, attributed != outcome { try claim(attributed, "attributed outcome") }
        }
        for column in controls { try claim(column, "control") }
    }
}
