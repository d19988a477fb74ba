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
        case let .scaleBudget(factor): return "budget × \(plain(factor))"
        case let .setBudget(amount): return "budget = \(plain(amount))"
        case let .setChannelField(channel, field, value): return "\(channel).\(field) = \(plain(value))"
        case let .setLocked(channel, locked): return "\(channel).locked = \(locked)"
        case let .scaleCurve(channel, factor): return "\(channel) curve × \(plain(factor))"
        case let .setShare(group, low, high): return "group \(group) share \(plain(low))..\(plain(high))"
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
            guard let index = scenario.channelIndex(name) else { throw fail("unknown channel '\(name)'") }
            return index
        }
        for change in changes {
            switch change {
            case let .scaleBudget(factor), let .setBudget(factor):
                guard let budget = scenario.budget else { throw fail("the scenario has no budget to change") }
                let amount = if case .scaleBudget = change { budget.amount * factor } else { factor }
                guard amount > 0, amount.isFinite else { throw fail("the budget must stay positive (\(formatPlain(amount)))") }
                if case .total = budget { scenario.budget = .total(amount) } else { scenario.budget = .atMost(amount) }
            case let .setChannelField(name, field, value):
                let i = try channel(name)
                if let value, !(value.isFinite && value >= 0) { throw fail("\(name).\(field) must be a non-negative number") }
                switch field {
                case "min": scenario.channels[i].min = value
                case "max": scenario.channels[i].max = value
                case "current": scenario.channels[i].current = value
                case "min_buy": scenario.channels[i].minBuy = value == 0 ? nil : value
                case "buy_unit": scenario.channels[i].buyUnit = value == 0 ? nil : value
                case "max_change": scenario.channels[i].maxChange = value
                default:
                    throw fail("unknown channel field '\(field)'; expected one of: \(ScenarioChange.channelFields.joined(separator: ", ")), locked")
                }
            case let .setLocked(name, locked):
                let i = try channel(name)
                if locked && scenario.channels[i].current == nil { throw fail("\(name) has no current spend to lock at") }
                scenario.channels[i].locked = locked
            case let .scaleCurve(name, factor):
                let i = try channel(name)
                guard factor.isFinite, factor > 0 else { throw fail("the scale for \(name) must be positive") }
                scenario.channels[i].curve = scenario.channels[i].curve.scaled(by: factor)
            case let .setShare(group, low, high):
                guard scenario.channels.contains(where: { $0.groups.contains(group) }) else { throw fail("unknown group '\(group)'") }
                for share in [low, high].compactMap({ $0 }) where !(0...1).contains(share) {
                    throw fail("group \(group) share \(formatPlain(share)) is outside [0, 1]")
                }
                if let low, let high, low > high { throw fail("group \(group): min share above max share") }
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
                throw fail("\(c.name): min \(formatPlain(low)) is above max \(formatPlain(high))")
            }
            if c.upperLimit(budget: scenario.budget) == nil { throw fail("channel #\(i) \(c.name) has no upper limit") }
            if let conflict = c.lockConflict() { throw fail("\(c.name): \(conflict)") }
            if c.maxChange != nil, c.current == nil { throw fail("\(c.name): max_change needs a current spend to measure the change from") }
        }
        return scenario
    }
}
