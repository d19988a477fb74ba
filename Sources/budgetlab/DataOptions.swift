import ArgumentParser
import Localization
import History

/// How to read a history CSV: column flags, or a YAML dataset file that says the same.
struct DataOptions: ParsableArguments {
    @Option(help: "A YAML dataset file (file, format, date, outcome, spend, controls, ...) instead of the column flags.")
    var dataset: String?

    @Option(help: "The date column (ISO dates: YYYY-MM-DD, YYYY/MM/DD, or YYYY-MM for monthly data).")
    var date: String?

    @Option(help: "The outcome column (the total, or the channel's attributed outcome in long data with --attributed).")
    var outcome: String?

    @Option(help: "Wide data: the spend columns, comma-separated (each is a channel). Long data: the spend column.")
    var spend: String?

    @Option(help: "Control columns, comma-separated (price, promotions, competitor activity, ...).")
    var control: String?

    @Option(help: "Data layout: wide (one spend column per channel) or long (one row per date and channel).")
    var layout: String = "wide"

    @Option(help: "Long data: the channel column.")
    var channel: String?

    @Option(help: "Per-channel (attributed) outcomes. Wide: SPEND_COL=OUTCOME_COL,...; long: the attributed column (use the outcome column's name if it is per channel).")
    var attributed: String?

    @Option(help: "Check the data against this frequency: daily, weekly or monthly (detected otherwise).")
    var frequency: String?

    @Flag(help: "A weekly row's date is the last day of its week (default: the first).")
    var weekEnding = false

    @Option(help: "Missing values: error (default), zero (fill with 0) or skip (drop the period).")
    var onMissing: String = "error"

    @Option(help: "Rows out of date order: error (default) or sort.")
    var onUnsorted: String = "error"

    @Flag(help: "Wide data with several rows per date (one per geo): sum spend and outcome, average controls.")
    var sumDuplicateDates = false

    @Option(help: "Wide data: multiply the outcome by this column on each row (e.g. revenue_per_conversion).")
    var outcomeMultiplier: String?

    /// Marks the data files of this run (and `others`) as inputs that no output may overwrite.
    func protectInputs(_ others: [String?]) {
        OutputFiles.protect(others + [dataset, dataset.flatMap { try? DatasetFile.load(path: $0).csvPath }])
    }

    /// Reads the dataset at `path` (or the `--dataset` file's CSV).
    func load(path: String?) throws -> Dataset {
        if let dataset {
            if let path { throw ValidationError("give either the data file (\(path)) or --dataset \(dataset), not both: the dataset file names its own CSV") }
            let flags = [("--date", date), ("--outcome", outcome), ("--spend", spend), ("--control", control), ("--channel", channel), ("--attributed", attributed), ("--frequency", frequency), ("--outcome-multiplier", outcomeMultiplier)]
            if let given = flags.first(where: { $0.1 != nil }) {
                throw ValidationError("\(given.0) cannot be combined with --dataset: the dataset file \(dataset) sets the columns")
            }
            return try DatasetFile.load(path: dataset).loadDataset()
        }
        guard let path else { throw ValidationError(tr(.usageDataFile)) }
        guard let date, let outcome, let spend else {
            throw ValidationError(tr(.usageColumns))
        }
        let controls = control.map(list) ?? []
        var mapping: ColumnMapping
        switch layout {
        case "wide":
            var pairs: [String: String] = [:]
            for item in attributed.map(list) ?? [] {
                let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { throw ValidationError(tr(.usageAttributed)) }
                pairs[parts[0]] = parts[1]
            }
            mapping = .wide(date: date, outcome: outcome, spend: list(spend), controls: controls, attributed: pairs)
        case "long":
            guard let channel else { throw ValidationError(tr(.usageLongChannel)) }
            mapping = .long(date: date, outcome: outcome, channel: channel, spend: spend, controls: controls, attributed: attributed)
        default:
            throw ValidationError(tr(.usageOneOf, ["option": "--layout", "values": "wide, long"]))
        }
        guard let missing = MissingValuePolicy(rawValue: onMissing) else { throw ValidationError(tr(.usageOneOf, ["option": "--on-missing", "values": "error, zero, skip"])) }
        guard let unsorted = UnsortedPolicy(rawValue: onUnsorted) else { throw ValidationError(tr(.usageOneOf, ["option": "--on-unsorted", "values": "error, sort"])) }
        var expected: Frequency?
        if let frequency {
            guard let value = Frequency(rawValue: frequency) else { throw ValidationError(tr(.usageOneOf, ["option": "--frequency", "values": "daily, weekly, monthly"])) }
            expected = value
        }
        mapping.outcomeMultiplier = outcomeMultiplier
        let options = LoadOptions(
            onMissing: missing, onUnsorted: unsorted, frequency: expected, weekAnchor: weekEnding ? .end : .start,
            duplicateDates: sumDuplicateDates ? .sum : .error)
        return try Dataset.load(path: path, mapping: mapping, options: options)
    }

    /// The `experiments:` of the `--dataset` file (none without one).
    func datasetExperiments() throws -> [Experiment] {
        guard let dataset else { return [] }
        return try DatasetFile.load(path: dataset).experiments
    }

    private func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

import Foundation
