import Localization
import BudgetModel
import Optimizer

/// Pieces shared by several reports: channel rows and objects, totals, titles.
enum Common {
    /// `Spend (CNY)` or `Spend`.
    static func title(_ base: String, currency: String?) -> String {
        currency.map { "\(base) (\($0))" } ?? base
    }

    /// `Spend (CNY)` or `Spend`, the heading in the current language.
    static func title(_ base: Message, currency: String?) -> String {
        title(tr(base), currency: currency)
    }

    /// The channel's display cell: its `label` (else its name) for people, its name in CSV, so
    /// that a plan exported to a spreadsheet reads back by name.
    static func channelCell(_ name: String, scenario: Scenario) -> Cell {
        Cell(text: scenario.displayName(of: name), raw: name)
    }

    /// The display cell through ``labels(_:)``, built once per report (O(1) per channel).
    static func channelCell(_ name: String, labels: [String: String]) -> Cell {
        Cell(text: labels[name] ?? name, raw: name)
    }

    /// Each channel's display name (its `label`, else its name) by name, built in one pass:
    /// ``BudgetModel/Scenario/displayName(of:)`` for every channel in O(n) instead of O(n²).
    static func labels(_ scenario: Scenario) -> [String: String] {
        var result: [String: String] = Dictionary(minimumCapacity: scenario.channels.count)
        for channel in scenario.channels where result[channel.name] == nil { result[channel.name] = channel.label ?? channel.name }
        return result
    }

    /// `channels` lined up with `names` (nil where a name has none), by one table when the
    /// order differs: O(n).
    static func aligned(_ channels: [ChannelResult], to names: [String]) -> [ChannelResult?] {
        if channels.count == names.count, zip(channels, names).allSatisfy({ $0.name == $1 }) { return channels }
        var index: [String: Int] = Dictionary(minimumCapacity: channels.count)
        for (i, channel) in channels.enumerated() where index[channel.name] == nil { index[channel.name] = i }
        return names.map { index[$0].map { channels[$0] } }
    }

    /// The display cell from the channel's own scenario entry (O(1); see ``sources(_:scenario:)``).
    static func channelCell(_ name: String, source: Channel?) -> Cell {
        Cell(text: source?.label ?? name, raw: name)
    }

    /// `yes` / `no` in the current language; `raw` stays `yes`/`no` for CSV readers.
    static func yesNo(_ flag: Bool) -> Cell {
        Cell(text: tr(flag ? .yes : .no), raw: flag ? "yes" : "no")
    }

    /// `numerator / denominator`, or `nil` when the denominator is 0.
    static func ratio(_ numerator: Double, _ denominator: Double) -> Double? {
        denominator == 0 ? nil : numerator / denominator
    }

    /// The plan's cells for one channel: spend, share, outcome, ROI, marginal ROI.
    static func cells(_ channel: ChannelResult) -> (spend: Cell, share: Cell, outcome: Cell, roi: Cell, marginal: Cell) {
        (
            .number(channel.spend, Format.amount), .number(channel.share) { Format.percent($0) },
            .number(channel.outcome, Format.amount), .number(channel.roi, Format.ratio),
            .number(channel.marginalROI, Format.ratio)
        )
    }

    /// A channel's change against its current spend: `+62,000 (+24.8%)`, or `—` without one.
    static func changeCell(_ channel: ChannelResult) -> Cell {
        guard let change = channel.change else { return .number(nil, Format.amount) }
        return Cell(text: Format.change(change, base: channel.spend - change), raw: Format.raw(change))
    }

    /// The total of the `change` column over the channels that have a current spend.
    static func totalChangeCell(_ channels: [ChannelResult]) -> Cell {
        let changed = channels.filter { $0.change != nil }
        guard !changed.isEmpty else { return .empty }
        let delta = changed.reduce(0) { $0 + ($1.change ?? 0) }
        let current = changed.reduce(0) { $0 + $1.spend - ($1.change ?? 0) }
        return Cell(text: Format.change(delta, base: current), raw: Format.raw(delta))
    }

    /// A channel as a JSON object: the contract's keys, then `current`. `source` is the
    /// channel's scenario entry (its label and current spend), passed in so that rendering n
    /// channels stays O(n).
    static func channelJSON(_ channel: ChannelResult, source: Channel?) -> JSON {
        .object([
            ("name", .string(channel.name)),
            ("label", .string(source?.label)),
            ("spend", .number(channel.spend)),
            ("outcome", .number(channel.outcome)),
            ("share", .number(channel.share)),
            ("roi", .number(channel.roi)),
            ("marginal_roi", .number(channel.marginalROI)),
            ("change", .number(channel.change)),
            ("current", .number(source?.current)),
        ])
    }

    /// Each result channel's scenario entry, aligned with `channels` (matched by name through
    /// one dictionary when the order differs): O(n) for n channels.
    static func sources(_ channels: [ChannelResult], scenario: Scenario) -> [Channel?] {
        let aligned = channels.count == scenario.channels.count
            && zip(channels, scenario.channels).allSatisfy { $0.name == $1.name }
        if aligned { return scenario.channels }
        let index = scenario.channelIndices
        return channels.map { index[$0.name].map { scenario.channels[$0] } }
    }

    /// `budget 1,000,000 (spend exactly)` style text for the scenario's budget rule.
    static func budgetText(_ scenario: Scenario) -> String {
        switch scenario.budget {
        case let .total(amount)?: tr(.budgetExactly, ["amount": Format.money(amount, currency: scenario.currency)])
        case let .atMost(amount)?: tr(.budgetAtMost, ["amount": Format.money(amount, currency: scenario.currency)])
        case nil: tr(.none)
        }
    }
}
