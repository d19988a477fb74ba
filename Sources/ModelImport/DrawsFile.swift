import BudgetModel

/// The curve draws of an imported model as YAML, in a file beside the scenario, until the
/// scenario format has a `draws:` key per channel: `draw_ids` lists the tool's draw
/// identifiers, and under `channels`, each channel lists its draws as curves (scenario syntax),
/// draw `i` of every channel being the same joint posterior sample.
public enum DrawsFile {
    public static func yaml(_ model: ImportedModel, source: String) -> String {
        var lines = [
            "# Curve draws imported from \(source) (\(model.source)); draw i of every channel is one posterior sample.",
            "# Each curve gives the outcome of ONE MONTH's spend, like the scenario's `curve:`.",
            "draw_ids: [\(model.drawIDs.map { Scenario.quoted($0) }.joined(separator: ", "))]",
            "channels:",
        ]
        for channel in model.channels where !channel.draws.isEmpty {
            lines.append("  \(Scenario.quoted(channel.name)):")
            lines += channel.draws.map { "    - \(Scenario.curve($0))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
