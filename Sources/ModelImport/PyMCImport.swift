import BudgetModel
import Localization

/// PyMC-Marketing's posterior saturation curves as CSV: the array of
/// `MMM.sample_saturation_curve()` (dimensions `sample` = (`chain`, `draw`), `x`, `channel`)
/// written with `.to_dataframe(name="saturation").reset_index().to_csv()`. Columns: `x`,
/// `channel`, `chain` and `draw` (or `sample`), and one value column (the outcome per period, in
/// the target's original units).
///
/// `x` is spend in PyMC-Marketing's scaled space: spend = x × the channel's scale
/// (`mmm.data.get_channel_scale()`, given with `--channel-scale`). With the default normalised
/// adstock (weights summing to 1) a spend held constant every period is adstocked to itself, so
/// the saturation curve is the steady-state outcome of one period's spend; a month is `p`
/// periods (spend and outcome × p). Each posterior sample becomes one curve draw; the point
/// curve is their mean.
public enum PyMCImport {
    /// - Parameters:
    ///   - path: The CSV file.
    ///   - channelScale: Spend per unit of `x`, by channel.
    ///   - period: The model's period.
    ///   - maxDraws: Keep at most this many draws, evenly spaced.
    /// - Throws: ``ImportError`` naming the row and column of the first problem.
    public static func load(path: String, channelScale: [String: Double], period: Period = .week, maxDraws: Int = 200) throws(ImportError) -> ImportedModel {
        let table = try CSVTable.read(path: path)
        let xColumn = try table.requiredColumn("x")
        let channelColumn = try table.requiredColumn("channel")
        let sampleColumns: [Int]
        if let sample = table.column("sample") {
            sampleColumns = [sample]
        } else {
            sampleColumns = [try table.requiredColumn("chain"), try table.requiredColumn("draw")]
        }
        let known = Set([xColumn, channelColumn] + sampleColumns)
        let valueColumns = table.columns.indices.filter { !known.contains($0) && table.columns[$0] != "" }
        guard valueColumns.count == 1 else {
            throw ImportError(file: path, row: 1, message: tr(.impOneValueColumn, ["count": "\(valueColumns.count)", "columns": valueColumns.map { table.columns[$0] }.joined(separator: ", ")]))
        }
        let value = valueColumns[0]
        var order: [String] = []
        var byChannel: [String: [String: [PointsCurve.Point]]] = [:]
        var drawOrder: [String] = []
        var seen = Set<String>()
        for row in table.rows {
            let channel = row.fields[channelColumn]
            guard let scale = channelScale[channel] ?? channelScale["*"] else {
                throw ImportError(file: path, row: row.number, field: "channel", message: tr(.impNoScale, ["channel": channel]))
            }
            let draw = sampleColumns.map { row.fields[$0] }.joined(separator: ":")
            let point = PointsCurve.Point(spend: try table.number(row, xColumn) * scale, outcome: try table.number(row, value), row: row.number)
            if byChannel[channel] == nil { order.append(channel) }
            byChannel[channel, default: [:]][draw, default: []].append(point)
            if seen.insert(draw).inserted { drawOrder.append(draw) }
        }
        let kept = drawOrder.count < 2 ? [] : ResponseTable.evenlySpaced(drawOrder, count: maxDraws)
        var channels: [ImportedModel.Channel] = []
        for channel in order {
            var all: [Curve] = []
            for draw in drawOrder {
                guard let rows = byChannel[channel]![draw] else {
                    throw ImportError(file: path, field: "draw", message: tr(.impNoSampleRows, ["channel": channel, "draw": "\(draw)"]))
                }
                let curve = try PointsCurve.curve(rows, file: path, what: "channel '\(channel)', sample '\(draw)'", spendColumn: "x", outcomeColumn: table.columns[value])
                all.append(PointsCurve.scaled(curve, by: period.perMonth))
            }
            let draws = kept.map { all[drawOrder.firstIndex(of: $0)!] }
            channels.append(ImportedModel.Channel(name: channel, curve: ResponseTable.meanCurve(all), draws: draws))
        }
        let notes = [
            ImportNote(.notePyMCSource, ["file": path, "period": period.rawValue]),
            ImportNote(.notePyMCAdstock, ["period": period.rawValue]),
            ImportNote(.notePyMCMonthly, [
                "factor": "\(period.perMonth)", "period": period.rawValue, "count": "\(drawOrder.count)", "kept": "\(kept.count)",
            ]),
        ]
        return ImportedModel(source: "PyMC-Marketing saturation curves", channels: channels, drawIDs: kept, notes: notes)
    }
}
