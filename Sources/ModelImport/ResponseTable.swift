import BudgetModel
import Foundation
import Localization

/// The generic response table any media-mix model can export: CSV with columns
/// `channel,spend,outcome` and optionally `draw`. One row is one point of one channel's response
/// curve (of one posterior draw): the incremental outcome of `spend` in one period.
///
/// Without `draw`, each channel's rows make its `points` curve. With `draw`, rows with the same
/// channel and draw make one curve draw; the channel's point curve is the mean of its draws
/// (pointwise, on the union of their spends), and every channel must have the same draw ids (a
/// draw is one joint posterior sample of all channels).
public enum ResponseTable {
    /// Reads a response table.
    ///
    /// - Parameters:
    ///   - path: The CSV file.
    ///   - period: The period the table's spend and outcome cover (`month` needs no scaling).
    ///   - maxDraws: Keep at most this many draws, evenly spaced in file order.
    /// - Throws: ``ImportError`` naming the row and column of the first problem.
    public static func load(path: String, period: Period = .month, maxDraws: Int = 200) throws(ImportError) -> ImportedModel {
        let table = try CSVTable.read(path: path)
        let channelColumn = try table.requiredColumn("channel")
        let spendColumn = try table.requiredColumn("spend")
        let outcomeColumn = try table.requiredColumn("outcome")
        let drawColumn = table.column("draw")
        var channels: [String] = []
        var points: [String: [String: [PointsCurve.Point]]] = [:]
        var drawOrder: [String] = []
        var seenDraws = Set<String>()
        for row in table.rows {
            let channel = row.fields[channelColumn]
            guard !channel.isEmpty else { throw ImportError(file: path, row: row.number, field: "channel", message: tr(.impEmptyChannel)) }
            let draw = drawColumn.map { row.fields[$0] } ?? ""
            if drawColumn != nil, draw.isEmpty { throw ImportError(file: path, row: row.number, field: "draw", message: tr(.impEmptyDraw)) }
            let point = PointsCurve.Point(spend: try table.number(row, spendColumn), outcome: try table.number(row, outcomeColumn), row: row.number)
            if points[channel] == nil { channels.append(channel) }
            points[channel, default: [:]][draw, default: []].append(point)
            if seenDraws.insert(draw).inserted { drawOrder.append(draw) }
        }
        // A single draw is no uncertainty: the scenario format wants 2 or more.
        let kept = drawColumn == nil || drawOrder.count < 2 ? [] : evenlySpaced(drawOrder, count: maxDraws)
        var result: [ImportedModel.Channel] = []
        for channel in channels {
            let byDraw = points[channel]!
            func curve(_ draw: String) throws(ImportError) -> Curve {
                guard let rows = byDraw[draw] else {
                    throw ImportError(file: path, field: "draw", message: tr(.impNoDrawRows, ["channel": channel, "draw": "\(draw)"]))
                }
                let what = draw.isEmpty ? "channel '\(channel)'" : "channel '\(channel)', draw '\(draw)'"
                return try PointsCurve.curve(rows, file: path, what: what, spendColumn: table.columns[spendColumn], outcomeColumn: table.columns[outcomeColumn])
            }
            var draws: [Curve] = []
            var point: Curve
            if drawColumn == nil {
                point = try curve("")
            } else {
                var all: [Curve] = []
                for draw in drawOrder { all.append(try curve(draw)) }
                point = meanCurve(all)
                draws = kept.map { all[drawOrder.firstIndex(of: $0)!] }
            }
            point = PointsCurve.scaled(point, by: period.perMonth)
            draws = draws.map { PointsCurve.scaled($0, by: period.perMonth) }
            result.append(ImportedModel.Channel(name: channel, curve: point, draws: draws))
        }
        var notes = [ImportNote(.noteTableSource, ["file": path, "period": period.rawValue])]
        if period != .month {
            notes.append(ImportNote(.noteTablePeriod, ["period": period.rawValue, "factor": "\(period.perMonth)"]))
        }
        if drawColumn != nil {
            notes.append(ImportNote(.noteTableDraws, ["count": "\(drawOrder.count)", "kept": "\(kept.count)"]))
        }
        return ImportedModel(source: "response table \(URL(fileURLWithPath: path).lastPathComponent)", channels: result, drawIDs: kept, notes: notes)
    }

    /// The mean of piecewise-linear curves: evaluated on the union of their spends, which is
    /// exact (the mean of piecewise-linear functions is piecewise linear with breakpoints there).
    static func meanCurve(_ curves: [Curve]) -> Curve {
        let spends = Set(curves.flatMap { $0.pointList.map(\.x) }).sorted()
        let n = Double(curves.count)
        return .points(spends.map { x in CurvePoint(x: x, y: curves.reduce(0) { $0 + $1.outcome(x) } / n) })
    }

    /// At most `count` items, evenly spaced: indices ⌊i · n / count⌋.
    static func evenlySpaced<T>(_ items: [T], count: Int) -> [T] {
        guard items.count > count, count > 0 else { return items }
        return (0..<count).map { items[$0 * items.count / count] }
    }
}
