import Localization

extension Dataset {
    /// Reads and checks a CSV file of historical data, streaming it row by row.
    ///
    /// - Parameters:
    ///   - path: The CSV file.
    ///   - mapping: Which columns to read.
    ///   - options: Missing values, sorting, frequency override, week convention.
    /// - Throws: ``HistoryError`` naming the file, and the row (header = 1) and column.
    public static func load(path: String, mapping: ColumnMapping, options: LoadOptions = LoadOptions()) throws(HistoryError)
        -> Dataset
    {
        try read(CSVSource.open(path: path), mapping: mapping, options: options)
    }

    /// Reads and checks historical data from CSV text.
    ///
    /// - Parameters:
    ///   - csv: The CSV text, with a header row.
    ///   - file: The name used in error messages.
    ///   - mapping: Which columns to read.
    ///   - options: Missing values, sorting, frequency override, week convention.
    /// - Throws: ``HistoryError`` naming `file`, and the row (header = 1) and column.
    public static func parse(
        csv: String, file: String = "<input>", mapping: ColumnMapping, options: LoadOptions = LoadOptions()
    ) throws(HistoryError) -> Dataset {
        try read(CSVSource.text(csv, file: file), mapping: mapping, options: options)
    }

    private static func read(_ source: CSVSource, mapping: ColumnMapping, options: LoadOptions) throws(HistoryError)
        -> Dataset
    {
        try mapping.validate(file: source.file)
        let header = try source.readHeader()
        let table: RawTable
        switch mapping.layout {
        case let .wide(spend, attributed):
            var reader = try WideReader(header: header, mapping: mapping, spend: spend, attributed: attributed, options: options)
            try source.readRows(header: header, into: &reader)
            table = reader.finish()
        case let .long(channel, spend, attributed):
            var reader = try LongReader(
                header: header, mapping: mapping, channel: channel, spend: spend, attributed: attributed, options: options)
            try source.readRows(header: header, into: &reader)
            table = reader.finish()
        }
        let frequency = try FrequencyCheck(file: source.file, column: mapping.date)
            .resolve(table.observations, expected: options.frequency)
        let resolved = try MissingValues.resolve(table, policy: options.onMissing)
        guard !resolved.observations.isEmpty else {
            throw HistoryError(file: source.file, message: tr(.dsAllMissing))
        }
        return assemble(table, resolved, frequency: frequency, weekAnchor: options.weekAnchor)
    }

    /// Turns observations (every value present) into `[series][period]` arrays.
    private static func assemble(
        _ table: RawTable, _ resolved: (observations: [Observation], skipped: [Day], notes: [String]),
        frequency: Frequency, weekAnchor: WeekAnchor
    ) -> Dataset {
        let rows = resolved.observations
        let attributed = table.observations.first?.attributed == nil ? nil : table.channels.indices.map { c in rows.map { $0.attributed![c]! } }
        let outcome =
            table.outcomeIsAttributedSum
            ? rows.map { $0.attributed!.reduce(0) { $0 + $1! } }
            : rows.map { $0.outcome! }
        return Dataset(
            frequency: frequency, weekAnchor: weekAnchor, periods: rows.map(\.date), channels: table.channels,
            spend: table.channels.indices.map { c in rows.map { $0.spend[c]! } }, outcome: outcome,
            controlNames: table.controlNames,
            controls: table.controlNames.indices.map { i in rows.map { $0.controls[i]! } },
            attributed: attributed, skipped: resolved.skipped, notes: table.notes + resolved.notes)
    }
}
