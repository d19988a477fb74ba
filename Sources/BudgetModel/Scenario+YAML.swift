extension Scenario {
    /// The scenario as a YAML scenario file that ``Scenario/parse(yaml:file:)`` reads back to an
    /// equal value (numbers are written with full precision).
    ///
    /// - Parameter header: Comment lines put at the top (without the leading `#`).
    public func yaml(header: [String] = []) -> String {
        var lines = header.map { "# \($0)" }
        lines.append("name: \(Self.quoted(name))")
        if let currency { lines.append("currency: \(Self.quoted(currency))") }
        switch budget {
        case let .total(amount)?: lines.append("budget: { total: \(Self.number(amount)) }")
        case let .atMost(amount)?: lines.append("budget: { max: \(Self.number(amount)) }")
        case nil: break
        }
        let risk = self.risk.map { ", risk: \(Self.risk($0))" } ?? ""
        switch objective {
        case let .maximizeOutcome(minROI):
            if minROI != nil || !risk.isEmpty {
                lines.append("objective: { maximize: outcome" + (minROI.map { ", min_roi: \(Self.number($0))" } ?? "") + "\(risk) }")
            }
        case let .maximizeProfit(value, minROI):
            lines.append("objective: { maximize: profit, value_per_outcome: \(Self.number(value))"
                + (minROI.map { ", min_roi: \(Self.number($0))" } ?? "") + "\(risk) }")
        case let .minimizeSpend(target):
            lines.append("objective: { minimize: spend, target_outcome: \(Self.number(target)) }")
        }
        lines.append("channels:")
        for channel in channels {
            lines.append("  - name: \(channel.name)")
            if let label = channel.label { lines.append("    label: \(Self.quoted(label))") }
            if !channel.groups.isEmpty { lines.append("    groups: [\(channel.groups.joined(separator: ", "))]") }
            for (key, value) in [("current", channel.current), ("min", channel.min), ("max", channel.max),
                                 ("min_buy", channel.minBuy), ("buy_unit", channel.buyUnit), ("max_change", channel.maxChange)] {
                if let value { lines.append("    \(key): \(Self.number(value))") }
            }
            if channel.locked { lines.append("    locked: true") }
            if let seen = channel.seen { lines.append("    seen: { min: \(Self.number(seen.lowerBound)), max: \(Self.number(seen.upperBound)) }") }
            lines.append("    curve: \(Self.curve(channel.curve))")
            if !channel.draws.isEmpty { lines += ["    draws:"] + channel.draws.map { "      - \(Self.curve($0))" } }
        }
        var constraints: [String] = []
        if !groupRules.isEmpty {
            constraints.append("  groups:")
            for rule in groupRules {
                let fields = [("min_share", rule.minShare), ("max_share", rule.maxShare), ("min", rule.min), ("max", rule.max)]
                    .compactMap { key, value in value.map { "\(key): \(Self.number($0))" } }
                constraints.append("    \(rule.group): { \(fields.joined(separator: ", ")) }")
            }
        }
        if let maxChange { constraints.append("  max_change: \(Self.number(maxChange))") }
        if !linearRules.isEmpty {
            constraints.append("  linear:")
            for rule in linearRules {
                let terms = rule.terms.map { "\(channels[$0.channel].name): \(Self.number($0.coefficient))" }
                var bounds: [String] = []
                if let low = rule.min, let high = rule.max, low == high {
                    bounds.append("equal: \(Self.number(low))")
                } else {
                    if let low = rule.min { bounds.append("min: \(Self.number(low))") }
                    if let high = rule.max { bounds.append("max: \(Self.number(high))") }
                }
                constraints.append("    - { name: \(Self.quoted(rule.name)), terms: { \(terms.joined(separator: ", ")) }, \(bounds.joined(separator: ", ")) }")
            }
        }
        if !constraints.isEmpty { lines += ["constraints:"] + constraints }
        return lines.joined(separator: "\n") + "\n"
    }

    static func risk(_ risk: Risk) -> String {
        switch risk {
        case .mean: "{ measure: mean }"
        case let .cvar(level): "{ measure: cvar, level: \(number(level)) }"
        case let .chance(p): "{ measure: chance, probability: \(number(p)) }"
        }
    }

    public static func curve(_ curve: Curve) -> String {
        switch curve {
        case let .hill(beta, k, s):
            return "{ type: hill, beta: \(number(beta)), half_saturation: \(number(k)), shape: \(number(s)) }"
        case let .exponential(beta, scale): return "{ type: exponential, beta: \(number(beta)), scale: \(number(scale)) }"
        case let .log(beta, scale): return "{ type: log, beta: \(number(beta)), scale: \(number(scale)) }"
        case let .power(beta, exponent): return "{ type: power, beta: \(number(beta)), exponent: \(number(exponent)) }"
        case let .linear(roi): return "{ type: linear, roi: \(number(roi)) }"
        case let .points(points):
            return "{ type: points, points: [\(points.map { "[\(number($0.x)), \(number($0.y))]" }.joined(separator: ", "))] }"
        }
    }

    /// Shortest text that reads back as the same Double.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// A double-quoted YAML string.
    public static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

#if canImport(Foundation)
import Foundation
#endif
