import BudgetModel
import Localization

/// Meridian's response curves as CSV: the data set of `Analyzer.response_curves()` (or
/// `MediaEffects.response_curves_data()`, or `OptimizationResults.get_response_curves()`) written
/// with `.to_dataframe().reset_index().to_csv()`. Columns: `channel` (or `media`), `metric`
/// (`mean`, `ci_lo`, `ci_hi`), `spend_multiplier`, `spend`, `incremental_outcome`.
///
/// Meridian's curve maps the spend over the whole selected period (all weeks, all geos) to the
/// incremental outcome over that period, every week's spend scaled by the same multiplier. Over
/// a period of `M` months that is `M` times a month's curve when spend is spread as in history,
/// so the monthly curve is the `mean` curve with both axes divided by `M`. `current` is the
/// spend at multiplier 1 divided by `M`. The file carries the posterior mean and a credible
/// band, not draws: the band (`ci_lo`, `ci_hi`) is checked but not imported.
public enum MeridianImport {
    /// - Parameters:
    ///   - path: The CSV file.
    ///   - months: The length in months of the period the curves cover (`selected_times`).
    /// - Throws: ``ImportError`` naming the row and column of the first problem.
    public static func load(path: String, months: Double) throws(ImportError) -> ImportedModel {
        guard months > 0, months.isFinite else { throw ImportError(file: path, message: tr(.impMonthsPositive)) }
        let table = try CSVTable.read(path: path)
        let channelColumn = try table.requiredColumn("channel", "media")
        let metricColumn = try table.requiredColumn("metric")
        let spendColumn = try table.requiredColumn("spend")
        let outcomeColumn = try table.requiredColumn("incremental_outcome")
        let multiplierColumn = table.column("spend_multiplier")
        var order: [String] = []
        var points: [String: [PointsCurve.Point]] = [:]
        var current: [String: Double] = [:]
        for row in table.rows {
            let metric = row.fields[metricColumn]
            guard ["mean", "median", "ci_lo", "ci_hi"].contains(metric) else {
                throw ImportError(file: path, row: row.number, field: table.columns[metricColumn], message: tr(.impNotOneOf, ["value": metric, "values": "mean, median, ci_lo, ci_hi"]))
            }
            let channel = row.fields[channelColumn]
            guard !channel.isEmpty else { throw ImportError(file: path, row: row.number, field: table.columns[channelColumn], message: tr(.impEmptyChannel)) }
            let spend = try table.number(row, spendColumn)
            let outcome = try table.number(row, outcomeColumn)
            if points[channel] == nil { order.append(channel); points[channel] = [] }
            if let multiplierColumn, try table.number(row, multiplierColumn) == 1 { current[channel] = spend / months }
            if metric == "mean" { points[channel]!.append(PointsCurve.Point(spend: spend, outcome: outcome, row: row.number)) }
        }
        var channels: [ImportedModel.Channel] = []
        for channel in order {
            guard let rows = points[channel], !rows.isEmpty else {
                throw ImportError(file: path, field: table.columns[metricColumn], message: tr(.impNoMean, ["channel": channel]))
            }
            let curve = try PointsCurve.curve(rows, file: path, what: "channel '\(channel)'", spendColumn: "spend", outcomeColumn: "incremental_outcome")
            channels.append(ImportedModel.Channel(name: channel, curve: PointsCurve.scaled(curve, by: 1 / months), current: current[channel]))
        }
        let notes = [
            ImportNote(.noteMeridianSource, ["file": path]),
            ImportNote(.noteMeridianMonthly, ["months": "\(months)"]),
            ImportNote(.noteMeridianCurrent, ["months": "\(months)"]),
        ]
        return ImportedModel(source: "Meridian response curves", channels: channels, notes: notes)
    }
}
