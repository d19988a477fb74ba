import Localization

/// A lift test on one channel, as read from a dataset file's `experiments:` list or an
/// experiments CSV: the channel, the test's first and last day, the spend change during the
/// test (total, in the data's currency; negative for a pause), the measured incremental
/// outcome over the test (same sign convention) and its standard error; for a regional (geo)
/// test, `share`: the test regions' share of the market (0–1, default 1 = national).
///
/// ```yaml
/// experiments:
///   - {channel: tv_S, start: 2019-03-04, end: 2019-04-28, spend_change: -400000, lift: -1200000, standard_error: 150000}
/// ```
///
/// The CSV has a header with the same names: `channel,start,end,spend_change,lift,standard_error`
/// and optionally `share`.
public struct Experiment: Sendable, Equatable {
    public var channel: String
    public var start: Day
    public var end: Day
    public var spendChange: Double
    public var lift: Double
    public var standardError: Double
    /// The share of the market in the test's regions, in (0, 1].
    public var share: Double

    public init(channel: String, start: Day, end: Day, spendChange: Double, lift: Double, standardError: Double, share: Double = 1) {
        self.share = share
        self.channel = channel
        self.start = start
        self.end = end
        self.spendChange = spendChange
        self.lift = lift
        self.standardError = standardError
    }

    /// The keys of one experiment, in the YAML list and as CSV columns.
    static let keys = ["channel", "start", "end", "spend_change", "lift", "standard_error", "share"]

    /// The indices of the dataset's periods that overlap the test's days, or nil if none do.
    public func periods(in dataset: Dataset) -> Range<Int>? {
        let covered = dataset.periods.indices.filter { index in
            let span = dataset.span(ofPeriod: index)
            return !(span.first.advanced(by: span.days - 1) < start) && !(end < span.first)
        }
        guard let first = covered.first, let last = covered.last else { return nil }
        return first..<(last + 1)
    }

    /// Checks what one experiment must satisfy, naming the problem.
    static func validate(_ e: Experiment, fail: (String) -> HistoryError) throws(HistoryError) {
        if e.end < e.start { throw fail("end \(e.end) is before start \(e.start)") }
        if !(e.spendChange.isFinite && e.spendChange != 0) { throw fail("spend_change must be a non-zero number") }
        if !e.lift.isFinite { throw fail("lift must be a number") }
        if !(e.standardError.isFinite && e.standardError > 0) { throw fail("standard_error must be a number > 0") }
        if !(e.share > 0 && e.share <= 1) { throw fail("share must be in (0, 1]") }
    }
}

/// Reading experiments from YAML and CSV.
public enum ExperimentFile {
    /// Reads an experiments CSV (`channel,start,end,spend_change,lift,standard_error`).
    ///
    /// - Throws: ``HistoryError`` naming the file, row and column.
    public static func load(csv path: String) throws(HistoryError) -> [Experiment] {
        let source = try CSVSource.open(path: path)
        let header = try source.readHeader()
        var reader = Reader(
            channel: try header.column("channel"), start: try header.column("start"), end: try header.column("end"),
            change: try header.column("spend_change"), lift: try header.column("lift"), error: try header.column("standard_error"),
            share: header.names.contains("share") ? try header.column("share") : nil)
        try source.readRows(header: header, into: &reader)
        return reader.experiments
    }

    private struct Reader: RowConsumer {
        let channel, start, end, change, lift, error: CSVColumn
        let share: CSVColumn?
        var experiments: [Experiment] = []

        mutating func consume(_ row: CSVRow) throws(HistoryError) {
            func number(_ column: CSVColumn) throws(HistoryError) -> Double {
                guard let value = try row.number(column) else { throw row.error(column, "missing value") }
                return value
            }
            let name = row.text(channel)
            guard !name.isEmpty else { throw row.error(channel, "missing channel") }
            let experiment = Experiment(
                channel: name, start: try row.date(start).day, end: try row.date(end).day,
                spendChange: try number(change), lift: try number(lift), standardError: try number(error),
                share: try share.map { c throws(HistoryError) in try number(c) } ?? 1)
            try Experiment.validate(experiment) { row.error(nil, $0) }
            experiments.append(experiment)
        }
    }

    /// The `experiments:` list of a dataset file.
    static func parse(_ field: YAMLField) throws(HistoryError) -> [Experiment] {
        guard case let .sequence(sequence) = field.node else { throw field.error(tr(.dsExperimentList)) }
        var result: [Experiment] = []
        for (index, node) in sequence.enumerated() {
            let item = YAMLField(node: node, path: "\(field.path)[\(index)]", file: field.file)
            let keys = try item.mapping(allowed: Experiment.keys)
            func value(_ key: String) throws(HistoryError) -> YAMLField {
                guard let found = keys[key] else { throw item.error(tr(.errMissingKey, ["key": key])) }
                return found
            }
            func number(_ key: String) throws(HistoryError) -> Double {
                let f = try value(key)
                guard let x = Double(try f.string().trimmingSpaces), x.isFinite else { throw f.error(tr(.errExpectedNumber)) }
                return x
            }
            func day(_ key: String) throws(HistoryError) -> Day {
                let f = try value(key)
                guard let parsed = DateText.parse(try f.string()) else { throw f.error(tr(.dsExpectedDate)) }
                return parsed.day
            }
            let experiment = Experiment(
                channel: try value("channel").string(), start: try day("start"), end: try day("end"),
                spendChange: try number("spend_change"), lift: try number("lift"), standardError: try number("standard_error"),
                share: keys["share"] == nil ? 1 : try number("share"))
            try Experiment.validate(experiment) { item.error($0) }
            result.append(experiment)
        }
        return result
    }
}
