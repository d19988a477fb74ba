import BudgetModel
import Localization

/// What `budgetlab import` prints: the scenario it wrote, one row per channel (curve type,
/// current monthly spend, the curve's outcome and marginal return there, number of draws), and
/// how the tool's numbers were mapped.
public enum ImportReport {
    /// - Parameters:
    ///   - scenario: The imported scenario.
    ///   - file: The file it was imported from.
    ///   - draws: Curve draws per channel, in channel order.
    ///   - notes: The mapping's assumptions, in the output language.
    ///   - written: Files written, for the last line.
    public static func render(_ scenario: Scenario, file: String, draws: [Int], notes: [String], written: [String]) -> String {
        var document = Document()
        document.append(.title(tr(.importTitle, ["file": file, "name": scenario.name])))
        let rows = scenario.channels.enumerated().map { index, channel -> [Cell] in
            [
                Common.channelCell(channel.name, source: channel), .text(channel.curve.typeName),
                .number(channel.current) { Format.amount($0) },
                .number(channel.current.map { channel.curve.outcome($0) }) { Format.amount($0) },
                .number(channel.current.map { channel.curve.marginal($0) }) { Format.ratio($0) },
                .number(Double(draws[index])) { String(Int($0)) },
            ]
        }
        document.append(.table(Table(title: tr(.importChannels), columns: [
            .text(tr(.columnChannel)), .text(tr(.columnCurve)), .number(tr(.columnCurrentSpend)), .number(tr(.columnOutcomeAtCurrent)),
            .number(tr(.columnMarginalROI)), .number(tr(.columnDraws)),
        ], rows: rows)))
        document.append(.list(title: tr(.importMapping), items: notes))
        document.append(.paragraph(tr(.importWrote, ["files": written.joined(separator: tr(.importAnd))])))
        return document.render(.table)
    }
}
