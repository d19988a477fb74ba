/// Reads a wide file: one row per date, one spend column per channel.
struct WideReader: RowConsumer {
    private let date: CSVColumn
    private let outcome: CSVColumn
    private let spend: [CSVColumn]
    private let controls: [CSVColumn]
    /// One per channel, or `nil` when the mapping has no attributed columns.
    private let attributed: [CSVColumn]?
    private let multiplier: CSVColumn?
    private let duplicates: DuplicateDatePolicy
    private var order: DateOrder
    private var observations: [Observation] = []
    /// With duplicate dates summed: the index of each date's observation and its row count.
    private var merged: [Day: (index: Int, rows: Int)] = [:]
    private var missing: [MissingCell] = []

    /// Finds the mapped columns in the header.
    ///
    /// - Throws: ``HistoryError`` for a missing column.
    init(header: CSVHeader, mapping: ColumnMapping, spend spendNames: [String], attributed: [String: String], options: LoadOptions)
        throws(HistoryError)
    {
        date = try header.column(mapping.date)
        outcome = try header.column(mapping.outcome)
        var spend: [CSVColumn] = []
        for name in spendNames { spend.append(try header.column(name)) }
        self.spend = spend
        var controls: [CSVColumn] = []
        for name in mapping.controls { controls.append(try header.column(name)) }
        self.controls = controls
        if attributed.isEmpty {
            self.attributed = nil
        } else {
            var columns: [CSVColumn] = []
            for name in spendNames { columns.append(try header.column(attributed[name]!)) }
            self.attributed = columns
        }
        multiplier = try mapping.outcomeMultiplier.map { name throws(HistoryError) in try header.column(name) }
        duplicates = options.duplicateDates
        order = DateOrder(policy: options.onUnsorted)
    }

    mutating func consume(_ row: CSVRow) throws(HistoryError) {
        let (day, monthOnly) = try row.date(date)
        if duplicates == .error { try order.record(day, row: row, column: date) }
        var value = try row.number(outcome)
        if let multiplier, let factor = try row.number(multiplier) { value = value.map { $0 * factor } }
        var observation = Observation(
            date: day, row: row.number, monthOnly: monthOnly, spend: [], outcome: value,
            controls: [], attributed: nil)
        for column in spend { observation.spend.append(try row.spend(column)) }
        for column in controls { observation.controls.append(try row.number(column)) }
        if let attributed {
            var values: [Double?] = []
            for column in attributed { values.append(try row.number(column)) }
            observation.attributed = values
        }
        noteMissing(observation, row: row)
        guard duplicates == .sum else {
            observations.append(observation)
            return
        }
        if let (index, count) = merged[day] {
            observations[index] = Self.add(observations[index], observation, previousRows: count)
            merged[day] = (index, count + 1)
        } else {
            merged[day] = (observations.count, 1)
            observations.append(observation)
        }
    }

    /// Sums spend, outcome and attributed outcome; keeps the running mean of controls.
    private static func add(_ a: Observation, _ b: Observation, previousRows n: Int) -> Observation {
        func sum(_ x: Double?, _ y: Double?) -> Double? { x.flatMap { x in y.map { x + $0 } } }
        var result = a
        result.spend = zip(a.spend, b.spend).map(sum)
        result.outcome = sum(a.outcome, b.outcome)
        result.controls = zip(a.controls, b.controls).map { x, y in x.flatMap { x in y.map { (x * Double(n) + $0) / Double(n + 1) } } }
        if let first = a.attributed, let second = b.attributed { result.attributed = zip(first, second).map(sum) }
        return result
    }

    private mutating func noteMissing(_ observation: Observation, row: CSVRow) {
        var slots: [(Slot, CSVColumn)] = [(.outcome, outcome)]
        slots += spend.indices.map { (.spend($0), spend[$0]) }
        slots += controls.indices.map { (.control($0), controls[$0]) }
        slots += (attributed ?? []).indices.map { (.attributed($0), attributed![$0]) }
        for (slot, column) in slots.sorted(by: { $0.1.index < $1.1.index }) where observation[slot] == nil {
            missing.append(
                MissingCell(
                    date: observation.date, slot: slot, label: column.name, row: row.number,
                    error: row.error(column, "missing value (set on_missing: zero or skip to accept missing values)")))
        }
    }

    /// The rows read, in date order.
    func finish() -> RawTable {
        RawTable(
            channels: spend.map(\.name), controlNames: controls.map(\.name),
            observations: observations.sorted { $0.date < $1.date }, missing: missing,
            notes: (order.sortNote.map { [$0] } ?? []) + mergeNote, outcomeIsAttributedSum: false)
    }

    private var mergeNote: [String] {
        guard duplicates == .sum, let most = merged.values.map(\.rows).max(), most > 1 else { return [] }
        return ["summed rows with the same date (up to \(most) per date, e.g. one per geo): spend and outcome added, controls averaged"]
    }
}
