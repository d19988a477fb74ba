/// Reads a wide file: one row per date, one spend column per channel.
struct WideReader: RowConsumer {
    private let date: CSVColumn
    private let outcome: CSVColumn
    private let spend: [CSVColumn]
    private let controls: [CSVColumn]
    /// One per channel, or `nil` when the mapping has no attributed columns.
    private let attributed: [CSVColumn]?
    private var order: DateOrder
    private var observations: [Observation] = []
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
        order = DateOrder(policy: options.onUnsorted)
    }

    mutating func consume(_ row: CSVRow) throws(HistoryError) {
        let (day, monthOnly) = try row.date(date)
        try order.record(day, row: row, column: date)
        var observation = Observation(
            date: day, row: row.number, monthOnly: monthOnly, spend: [], outcome: try row.number(outcome),
            controls: [], attributed: nil)
        for column in spend { observation.spend.append(try row.spend(column)) }
        for column in controls { observation.controls.append(try row.number(column)) }
        if let attributed {
            var values: [Double?] = []
            for column in attributed { values.append(try row.number(column)) }
            observation.attributed = values
        }
        noteMissing(observation, row: row)
        observations.append(observation)
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
            notes: order.sortNote.map { [$0] } ?? [], outcomeIsAttributedSum: false)
    }
}
