import BudgetModel

/// What `budgetlab import` prints: the scenario it wrote, one row per channel (curve type,
/// current monthly spend, the curve's outcome and marginal return there, number of draws), and
/// how the tool's numbers were mapped.
public enum ImportReport {
    /// - Parameters:
    ///   - scenario: The imported scenario.
    ///   - file: The file it was imported from.
    ///   - draws: Curve draws per channel, in channel order.
    ///   - notes: The mapping's assumptions.
    ///   - written: Files written, for the last line.
    public static func render(_ scenario: Scenario, file: String, draws: [Int], notes: [String], written: [String]) -> String {
        var document = Document()
        document.append(.title("Imported \(file) as \"\(scenario.name)\""))
        let rows = scenario.channels.enumerated().map { index, channel -> [Cell] in
            [
                .text(channel.name), .text(channel.curve.typeName),
                .number(channel.current) { Format.amount($0) },
                .number(channel.current.map { channel.curve.outcome($0) }) { Format.amount($0) },
                .number(channel.current.map { channel.curve.marginal($0) }) { Format.ratio($0) },
                .number(Double(draws[index])) { String(Int($0)) },
            ]
        }
        document.append(.table(Table(title: "channels (monthly)", columns: [
            .text("Channel"), .text("Curve"), .number("Current"), .number("Outcome at current"), .number("Marginal ROI"), .number("Draws"),
        ], rows: rows)))
        document.append(.list(title: "Mapping", items: notes))
        document.append(.paragraph("Wrote \(written.joined(separator: " and "))."))
        return document.render(.table)
    }
}
