import Localization

/// One what-if change to a scenario, as given on the command line.
public enum ScenarioChange: Sendable, Equatable, CustomStringConvertible {
    /// Multiply the budget by a factor (`--budget +20%` is 1.2).
    case scaleBudget(Double)
    /// Set the budget amount (keeping `total` or `max`).
    case setBudget(Double)
    /// Set one channel field: `min`, `max`, `current`, `min_buy`, `buy_unit`, `max_change`;
    /// `nil` removes it.
    case setChannelField(channel: String, field: String, value: Double?)
    /// Lock or unlock a channel.
    case setLocked(channel: String, Bool)
    /// Multiply a channel's curve by a factor (0.8: 20% less effective).
    case scaleCurve(channel: String, factor: Double)
    /// Set a group's share range.
    case setShare(group: String, min: Double?, max: Double?)
    /// Set the scenario-wide max_change.
    case setMaxChange(Double?)

    public var description: String {
        func plain(_ v: Double?) -> String { v.map(formatPlain) ?? "none" }
        switch self {
        case let .scaleBudget(factor): return tr(.changeScaleBudget, ["factor": plain(factor)])
        case let .setBudget(amount): return tr(.changeSetBudget, ["amount": plain(amount)])
        case let .setChannelField(channel, field, value): return "\(channel).\(field) = \(plain(value))"
        case let .setLocked(channel, locked): return "\(channel).locked = \(locked)"
        case let .scaleCurve(channel, factor): return tr(.changeScaleCurve, ["channel": channel, "factor": plain(factor)])
        case let .setShare(group, low, high): return tr(.changeShare, ["group": group, "low": plain(low), "high": plain(high)])
        case let .setMaxChange(limit): return "max_change = \(plain(limit))"
        }
    }

    /// Channel fields `setChannelField` accepts.
    public static let channelFields = ["min", "max", "current", "min_buy", "buy_unit", "max_change"]
}

extension Scenario {
    /// The scenario with `changes` applied in order, re-validated.
    ///
    /// - Throws: ``ScenarioError`` (path `whatif`) for an unknown channel, group or field, a
    ///   scenario without budget, or a change that makes the scenario invalid.
    public func applying(_ changes: [ScenarioChange]) throws(ScenarioError) -> Scenario {
        var scenario = self
        func fail(_ message: String) -> ScenarioError { ScenarioError(file: "what-if", path: "", message: message) }
        func channel(_ name: String) throws(ScenarioError) -> Int {
            guard let index = scenario.channelIndex(name) else { throw fail(tr(.errUnknownChannel, ["name": name])) }
            return index
        }
        for change in changes {
            switch change {
            case let .scaleBudget(factor), let .setBudget(factor):
                guard let budget = scenario.budget else { throw fail(tr(.errNoBudgetToChange)) }
                let amount = if case .scaleBudget = change { budget.amount * factor } else { factor }
                guard amount > 0, amount.isFinite else { throw fail(tr(.errBudgetPositive, ["amount": formatPlain(amount)])) }
                if case .total = budget { scenario.budget = .total(amount) } else { scenario.budget = .atMost(amount) }
            case let .setChannelField(name, field, value):
                let i = try channel(name)
                if let value, !(value.isFinite && value >= 0) { throw fail(tr(.errFieldNonNegative, ["name": name, "field": field])) }
                switch field {
                case "min": scenario.channels[i].min = value
                case "max": scenario.channels[i].max = value
                case "current": scenario.channels[i].current = value
                case "min_buy": scenario.channels[i].minBuy = value == 0 ? nil : value
                case "buy_unit": scenario.channels[i].buyUnit = value == 0 ? nil : value
                case "max_change": scenario.channels[i].maxChange = value
                default:
                    throw fail(tr(.errUnknownField, ["field": field, "fields": ScenarioChange.channelFields.joined(separator: ", ")]))
                }
            case let .setLocked(name, locked):
                let i = try channel(name)
                if locked && scenario.channels[i].current == nil { throw fail(tr(.errNothingToLock, ["name": name])) }
                scenario.channels[i].locked = locked
            case let .scaleCurve(name, factor):
                let i = try channel(name)
                guard factor.isFinite, factor > 0 else { throw fail(tr(.errScalePositive, ["name": name])) }
                scenario.channels[i].curve = scenario.channels[i].curve.scaled(by: factor)
                scenario.channels[i].draws = scenario.channels[i].draws.map { $0.scaled(by: factor) }
            case let .setShare(group, low, high):
                guard scenario.channels.contains(where: { $0.groups.contains(group) }) else { throw fail(tr(.errUnknownGroupName, ["group": group])) }
                for share in [low, high].compactMap({ $0 }) where !(0...1).contains(share) {
                    throw fail(tr(.errShareOutside, ["group": group, "share": formatPlain(share)]))
                }
                if let low, let high, low > high { throw fail(tr(.errShareOrder, ["group": group])) }
                if let index = scenario.groupRules.firstIndex(where: { $0.group == group }) {
                    scenario.groupRules[index].minShare = low
                    scenario.groupRules[index].maxShare = high
                } else {
                    scenario.groupRules.append(GroupRule(group: group, minShare: low, maxShare: high))
                }
            case let .setMaxChange(limit):
                scenario.maxChange = limit
            }
        }
        for (i, c) in scenario.channels.enumerated() {
            if let low = c.min, let high = c.max, low > high {
                throw fail(tr(.errChannelMinAboveMax, ["name": c.name, "min": formatPlain(low), "max": formatPlain(high)]))
            }
            if c.upperLimit(budget: scenario.budget) == nil { throw fail(tr(.errChannelNoLimit, ["index": "\(i)", "name": c.name])) }
            if let conflict = c.lockConflict() { throw fail("\(c.name): \(conflict)") }
            if c.maxChange != nil, c.current == nil { throw fail("\(c.name): max_change needs a current spend to measure the change from") }
        }
        try scenario.checkAmountRange { path, message in fail("\(path): \(message)") }
        return scenario
    }
}
