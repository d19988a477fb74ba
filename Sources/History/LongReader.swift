import Localization

/// Reads a long file: one row per date × channel. See ``ColumnMapping`` for what the outcome
/// column means.
struct LongReader: RowConsumer {
    /// A per-channel value and its row.
    private struct Cell {
        var value: Double?
        var row: Int
    }

    /// The rows of one date.
    private struct DateRows {
        var firstRow: Int
        var monthOnly: Bool
        var spend: [Int: Cell] = [:]
        var attributed: [Int: Cell] = [:]
        /// Per-date values (total outcome, controls) and the row that first gave each.
        var outcome: Cell?
        var controls: [Cell?]
    }

    private let file: String
    private let date: CSVColumn
    private let outcome: CSVColumn
    private let channel: CSVColumn
    private let spend: CSVColumn
    private let controls: [CSVColumn]
    /// The per-channel attributed column (possibly the outcome column itself).
    private let attributed: CSVColumn?
    private let outcomeIsAttributedSum: Bool
    private var order: DateOrder
    private var channels: [String] = []
    private var channelIndex: [String: Int] = [:]
    private var dates: [Day: DateRows] = [:]

    /// Finds the mapped columns in the header.
    ///
    /// - Throws: ``HistoryError`` for a missing column.
    init(header: CSVHeader, mapping: ColumnMapping, channel: String, spend: String, attributed: String?, options: LoadOptions)
        throws(HistoryError)
    {
        file = header.file
        date = try header.column(mapping.date)
        outcome = try header.column(mapping.outcome)
        self.channel = try header.column(channel)
        self.spend = try header.column(spend)
        var controls: [CSVColumn] = []
        for name in mapping.controls { controls.append(try header.column(name)) }
        self.controls = controls
        self.attributed = try attributed.map { name throws(HistoryError) in try header.column(name) }
        outcomeIsAttributedSum = attributed == mapping.outcome
        order = DateOrder(policy: options.onUnsorted)
    }

    mutating func consume(_ row: CSVRow) throws(HistoryError) {
        let (day, monthOnly) = try row.date(date)
        let name = row.text(channel)
        guard !name.isEmpty else { throw row.error(channel, "missing channel name") }
        try order.record(day, row: row, column: date, key: name, scope: " for channel \(name)")
        let index = channelIndex[name] ?? channels.count
        if index == channels.count {
            channels.append(name)
            channelIndex[name] = index
        }
        var entry = dates[day] ?? DateRows(firstRow: row.number, monthOnly: monthOnly, controls: controls.map { _ in nil })
        entry.monthOnly = entry.monthOnly || monthOnly
        entry.spend[index] = Cell(value: try row.spend(spend), row: row.number)
        if let attributed { entry.attributed[index] = Cell(value: try row.number(attributed), row: row.number) }
        if !outcomeIsAttributedSum {
            try agree(
                &entry.outcome, row: row, column: outcome, day: day,
                rule: "the outcome column holds the date's total and must be the same on every row of a date "
                    + "(use attributed to read it per channel)")
        }
        for i in controls.indices {
            try agree(
                &entry.controls[i], row: row, column: controls[i], day: day,
                rule: "a control has one value per date, the same on every row of that date")
        }
        dates[day] = entry
    }

    /// Keeps the first value given for a per-date column and checks later rows agree with it;
    /// missing cells are ignored when another row of the date has the value.
    private func agree(
        _ shared: inout Cell?, row: CSVRow, column: CSVColumn, day: Day, rule: String
    ) throws(HistoryError) {
        guard let value = try row.number(column) else { return }
        guard let existing = shared, let known = existing.value else {
            shared = Cell(value: value, row: row.number)
            return
        }
        guard abs(value - known) <= 1e-9 * max(abs(value), abs(known)) else {
            throw row.error(column, "\(value) differs from \(known) on row \(existing.row) for the same date \(day); \(rule)")
        }
    }

    /// The dates read, in order, with a missing cell for every absent value.
    func finish() -> RawTable {
        var observations: [Observation] = []
        var missing: [MissingCell] = []
        for day in dates.keys.sorted() {
            let entry = dates[day]!
            var observation = Observation(
                date: day, row: entry.firstRow, monthOnly: entry.monthOnly, spend: [], outcome: entry.outcome?.value,
                controls: entry.controls.map { $0?.value }, attributed: attributed == nil ? nil : [])
            for (index, name) in channels.enumerated() {
                observation.spend.append(entry.spend[index]?.value)
                if observation.spend[index] == nil {
                    missing.append(missingChannelValue(.spend(index), spend, name, entry.spend[index], day, entry))
                }
                if let attributed {
                    observation.attributed?.append(entry.attributed[index]?.value)
                    if observation.attributed?[index] == nil {
                        missing.append(missingChannelValue(.attributed(index), attributed, name, entry.attributed[index], day, entry))
                    }
                }
            }
            var perDate: [(Slot, CSVColumn)] = outcomeIsAttributedSum ? [] : [(.outcome, outcome)]
            perDate += controls.indices.map { (.control($0), controls[$0]) }
            for (slot, column) in perDate where observation[slot] == nil {
                let error = HistoryError(
                    file: file, row: entry.firstRow, column: column.name,
                    message: tr(.dsMissingDay, ["day": "\(day)"]))
                missing.append(MissingCell(date: day, slot: slot, label: column.name, row: entry.firstRow, error: error))
            }
            observations.append(observation)
        }
        return RawTable(
            channels: channels, controlNames: controls.map(\.name), observations: observations, missing: missing,
            notes: order.sortNote.map { [$0] } ?? [], outcomeIsAttributedSum: outcomeIsAttributedSum)
    }

    /// A missing per-channel value: an empty cell on the channel's row, or no row at all.
    private func missingChannelValue(
        _ slot: Slot, _ column: CSVColumn, _ name: String, _ cell: Cell?, _ day: Day, _ entry: DateRows
    ) -> MissingCell {
        let label = "\(column.name) for channel \(name)"
        if let cell {
            let error = HistoryError(
                file: file, row: cell.row, column: column.name,
                message: tr(.dsMissingValue))
            return MissingCell(date: day, slot: slot, label: label, row: cell.row, error: error)
        }
        let error = HistoryError(
            file: file, row: entry.firstRow, column: channel.name,
            message: tr(.dsNoRow, ["channel": name, "day": "\(day)"]))
        return MissingCell(date: day, slot: slot, label: label, row: nil, error: error)
    }
}
