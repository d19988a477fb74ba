import Foundation

/// A YAML file describing a dataset: which CSV to read, its layout and how strictly.
///
/// ```yaml
/// file: robyn.csv            # relative to this YAML file
/// format: wide               # wide (default) or long
/// date: DATE
/// outcome: revenue
/// spend: [tv_S, ooh_S]       # long format: spend: spend_column, plus channel: channel_column
/// controls: [competitor_sales_B]
/// attributed: {tv_S: tv_attr, ooh_S: ooh_attr}   # long format: one column name
/// frequency: weekly          # optional: daily, weekly or monthly, checked against the data
/// week_ending: false         # true: a weekly date is the last day of its week
/// on_missing: error          # error, zero or skip
/// on_unsorted: error         # error or sort
/// experiments:               # optional lift tests (see Experiment)
///   - {channel: tv_S, start: 2019-03-04, end: 2019-04-28, spend_change: -400000, lift: -1200000, standard_error: 150000}
/// ```
///
/// Unknown keys are errors naming the key path and line.
public struct DatasetFile: Sendable, Equatable {
    /// The CSV file, resolved against the YAML file's folder.
    public var csvPath: String
    /// The columns to read.
    public var mapping: ColumnMapping
    /// How strictly to read them.
    public var options: LoadOptions
    /// Lift tests on the channels (`experiments:`), empty when none are given.
    public var experiments: [Experiment] = []

    public init(csvPath: String, mapping: ColumnMapping, options: LoadOptions) {
        self.csvPath = csvPath
        self.mapping = mapping
        self.options = options
    }

    /// The keys a dataset file may have.
    static let keys = [
        "file", "format", "date", "outcome", "spend", "channel", "controls", "attributed", "frequency", "week_ending",
        "on_missing", "on_unsorted", "on_duplicate_dates", "outcome_multiplier", "experiments",
    ]

    /// Reads a dataset file; `file:` is resolved relative to the YAML file's folder.
    ///
    /// - Throws: ``HistoryError`` naming the YAML file, key path and line.
    public static func load(path: String) throws(HistoryError) -> DatasetFile {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw HistoryError(file: path, message: "cannot read the file (\(FileManager.default.fileExists(atPath: path) ? (URL(fileURLWithPath: path).hasDirectoryPath || (try? FileManager.default.contentsOfDirectory(atPath: path)) != nil ? "it is a directory" : "not UTF-8 text") : "no such file"))")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try parse(yaml: text, file: path, directory: folder)
    }

    /// Parses a dataset file from YAML text.
    ///
    /// - Parameters:
    ///   - yaml: The document.
    ///   - file: The name used in error messages.
    ///   - directory: The folder a relative `file:` is resolved against; `nil` leaves it as written.
    public static func parse(yaml: String, file: String = "<input>", directory: String? = nil) throws(HistoryError)
        -> DatasetFile
    {
        let document = try YAMLField.document(yaml: yaml, file: file)
        let keys = try document.mapping(allowed: Self.keys)
        func required(_ key: String) throws(HistoryError) -> YAMLField {
            guard let field = keys[key] else { throw document.error("missing required key '\(key)'") }
            return field
        }
        let csv = try required("file").string()
        let format = try keys["format"]?.choice(Format.self) ?? .wide
        let date = try required("date").string()
        let outcome = try required("outcome").string()
        let controls = try keys["controls"]?.strings() ?? []
        let layout: ColumnMapping.Layout
        switch format {
        case .wide:
            if let channel = keys["channel"] { throw channel.error("'channel' goes with 'format: long'") }
            let spend = try required("spend").strings()
            layout = .wide(spend: spend, attributed: try keys["attributed"].map { f throws(HistoryError) in try wideAttributed(f, spend: spend) } ?? [:])
        case .long:
            let spend = try required("spend")
            guard case .scalar = spend.node else { throw spend.error("with 'format: long', spend is one column name") }
            layout = .long(
                channel: try required("channel").string(), spend: try spend.string(),
                attributed: try keys["attributed"]?.string())
        }
        var mapping = ColumnMapping(date: date, outcome: outcome, layout: layout, controls: controls)
        mapping.outcomeMultiplier = try keys["outcome_multiplier"]?.string()
        try mapping.validate(file: file)
        let options = LoadOptions(
            onMissing: try keys["on_missing"]?.choice(MissingValuePolicy.self) ?? .error,
            onUnsorted: try keys["on_unsorted"]?.choice(UnsortedPolicy.self) ?? .error,
            frequency: try keys["frequency"]?.choice(Frequency.self),
            weekAnchor: try keys["week_ending"]?.bool() == true ? .end : .start,
            duplicateDates: try keys["on_duplicate_dates"]?.choice(DuplicateDatePolicy.self) ?? .error)
        var result = DatasetFile(csvPath: resolve(csv, against: directory), mapping: mapping, options: options)
        result.experiments = try keys["experiments"].map { f throws(HistoryError) in try ExperimentFile.parse(f) } ?? []
        return result
    }

    /// Loads the CSV file this dataset file describes.
    ///
    /// - Throws: ``HistoryError`` naming the CSV file, row and column.
    public func loadDataset() throws(HistoryError) -> Dataset {
        try Dataset.load(path: csvPath, mapping: mapping, options: options)
    }

    private enum Format: String, CaseIterable {
        case wide, long
    }

    /// `attributed:` for wide format: spend column → attributed column, covering every channel.
    private static func wideAttributed(_ field: YAMLField, spend: [String]) throws(HistoryError) -> [String: String] {
        var result: [String: String] = [:]
        for (name, value) in try field.namedEntries() {
            guard spend.contains(name) else {
                throw value.error("'\(name)' is not a spend column; expected one of: \(spend.joined(separator: ", "))")
            }
            result[name] = try value.string()
        }
        let uncovered = spend.filter { result[$0] == nil }
        guard uncovered.isEmpty else {
            throw field.error("give an attributed column for every channel or none; missing: \(uncovered.joined(separator: ", "))")
        }
        return result
    }

    private static func resolve(_ path: String, against directory: String?) -> String {
        guard let directory, !path.hasPrefix("/") else { return path }
        return URL(fileURLWithPath: directory).appendingPathComponent(path).standardizedFileURL.path
    }
}
