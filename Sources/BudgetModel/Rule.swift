import Localization



/// One rule of a scenario, as the optimiser names, prices and diagnoses it.
public enum Rule: Hashable, Sendable {
    /// Σ spend = total, or ≤ max.
    case budget
    /// spendᵢ ≥ minᵢ.
    case channelMin(Int)
    /// spendᵢ ≤ maxᵢ.
    case channelMax(Int)
    /// spendᵢ ≥ currentᵢ · (1 − max_change).
    case changeDown(Int)
    /// spendᵢ ≤ currentᵢ · (1 + max_change).
    case changeUp(Int)
    /// spendᵢ = currentᵢ.
    case locked(Int)
    /// spendᵢ = 0 or ≥ min_buyᵢ.
    case minBuy(Int)
    /// spendᵢ is a whole multiple of buy_unitᵢ.
    case buyUnit(Int)
    /// Σ group ≥ min_share · Σ all.
    case groupMinShare(String)
    /// Σ group ≤ max_share · Σ all.
    case groupMaxShare(String)
    /// Σ group ≥ min.
    case groupMin(String)
    /// Σ group ≤ max.
    case groupMax(String)
    /// A named `linear` rule.
    case linear(String)
    /// Σ outcome ≥ min_roi · Σ spend.
    case minROI
    /// Σ outcome ≥ target_outcome.
    case targetOutcome

    /// The rule's name as it appears in output (`"budget"`, `"group core max_share"`, ...).
    public func name(in scenario: Scenario) -> String {
        func channel(_ index: Int) -> String { scenario.channels[index].name }
        switch self {
        case .budget: return "budget"
        case let .channelMin(i): return "\(channel(i)) min"
        case let .channelMax(i): return "\(channel(i)) max"
        case let .changeDown(i): return "\(channel(i)) max_change down"
        case let .changeUp(i): return "\(channel(i)) max_change up"
        case let .locked(i): return "\(channel(i)) locked"
        case let .minBuy(i): return "\(channel(i)) min_buy"
        case let .buyUnit(i): return "\(channel(i)) buy_unit"
        case let .groupMinShare(g): return "group \(g) min_share"
        case let .groupMaxShare(g): return "group \(g) max_share"
        case let .groupMin(g): return "group \(g) min"
        case let .groupMax(g): return "group \(g) max"
        case let .linear(name): return "linear \(name)"
        case .minROI: return "min_roi"
        case .targetOutcome: return "target_outcome"
        }
    }

    /// The rule with its limit, for messages: `"douyin min (≥ 400000)"`.
    public func statement(in scenario: Scenario) -> String {
        let name = name(in: scenario)
        func number(_ value: Double?) -> String { value.map { formatPlain($0) } ?? "?" }
        switch self {
        case .budget:
            switch scenario.budget {
            case let .total(amount)?: return tr(.stmtTotal, ["name": name, "amount": number(amount)])
            case let .atMost(amount)?: return "\(name) (≤ \(number(amount)))"
            case nil: return name
            }
        case let .channelMin(i): return "\(name) (≥ \(number(scenario.channels[i].min)))"
        case let .channelMax(i): return "\(name) (≤ \(number(scenario.channels[i].max)))"
        case let .changeDown(i), let .changeUp(i):
            let channel = scenario.channels[i]
            let limit = channel.effectiveMaxChange(default: scenario.maxChange) ?? 0
            return tr(.stmtChange, ["name": name, "limit": number(limit * 100), "current": number(channel.current)])
        case let .locked(i): return "\(name) (= \(number(scenario.channels[i].current)))"
        case let .minBuy(i): return tr(.stmtMinBuy, ["name": name, "amount": number(scenario.channels[i].minBuy)])
        case let .buyUnit(i): return tr(.stmtBuyUnit, ["name": name, "amount": number(scenario.channels[i].buyUnit)])
        case let .groupMinShare(g): return "\(name) (≥ \(number(groupRule(g, scenario)?.minShare)))"
        case let .groupMaxShare(g): return "\(name) (≤ \(number(groupRule(g, scenario)?.maxShare)))"
        case let .groupMin(g): return "\(name) (≥ \(number(groupRule(g, scenario)?.min)))"
        case let .groupMax(g): return "\(name) (≤ \(number(groupRule(g, scenario)?.max)))"
        case let .linear(ruleName):
            let rule = scenario.linearRules.first { $0.name == ruleName }
            switch (rule?.min, rule?.max) {
            case let (low?, high?) where low == high: return "\(name) (= \(number(low)))"
            case let (low?, high?): return "\(name) (\(number(low))..\(number(high)))"
            case let (low?, nil): return "\(name) (≥ \(number(low)))"
            case let (nil, high?): return "\(name) (≤ \(number(high)))"
            case (nil, nil): return name
            }
        case .minROI: return "\(name) (≥ \(number(scenario.objective.minROI)))"
        case .targetOutcome:
            if case let .minimizeSpend(target) = scenario.objective { return "\(name) (≥ \(number(target)))" }
            return name
        }
    }

    private func groupRule(_ group: String, _ scenario: Scenario) -> GroupRule? {
        scenario.groupRules.first { $0.group == group }
    }

    /// Every rule the scenario states, in a stable order.
    public static func all(in scenario: Scenario) -> [Rule] {
        var rules: [Rule] = []
        if scenario.budget != nil { rules.append(.budget) }
        for (i, channel) in scenario.channels.enumerated() {
            if channel.locked { rules.append(.locked(i)); continue }
            if channel.min != nil { rules.append(.channelMin(i)) }
            if channel.max != nil { rules.append(.channelMax(i)) }
            if channel.effectiveMaxChange(default: scenario.maxChange) != nil {
                rules += [.changeDown(i), .changeUp(i)]
            }
            if channel.minBuy != nil { rules.append(.minBuy(i)) }
            if channel.buyUnit != nil { rules.append(.buyUnit(i)) }
        }
        for rule in scenario.groupRules {
            if rule.minShare != nil { rules.append(.groupMinShare(rule.group)) }
            if rule.maxShare != nil { rules.append(.groupMaxShare(rule.group)) }
            if rule.min != nil { rules.append(.groupMin(rule.group)) }
            if rule.max != nil { rules.append(.groupMax(rule.group)) }
        }
        rules += scenario.linearRules.map { .linear($0.name) }
        if scenario.objective.minROI != nil { rules.append(.minROI) }
        if case .minimizeSpend = scenario.objective { rules.append(.targetOutcome) }
        return rules
    }
}

extension Rule {
    /// Whether the rule concerns one channel only.
    public var isChannelRule: Bool { channel != nil }

    /// The channel a per-channel rule concerns.
    public var channel: Int? {
        switch self {
        case let .channelMin(i), let .channelMax(i), let .changeDown(i), let .changeUp(i),
            let .locked(i), let .minBuy(i), let .buyUnit(i): i
        default: nil
        }
    }

    /// Whether a per-channel rule is a lower bound on spend.
    public var isLowerBound: Bool {
        switch self {
        case .channelMin, .changeDown, .locked: true
        default: false
        }
    }
}

/// A number without grouping or exponent, trimmed of trailing zeros: 400000, 0.7, 1.5.
public func formatPlain(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    if abs(value) >= 1e15 || !value.isFinite { return "\(value)" }
    var text = String(format: "%.6f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
}

#if canImport(Foundation)
import Foundation
#endif
