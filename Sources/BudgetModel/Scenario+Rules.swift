import Localization

/// A rule a plan breaks, and by how much.
public struct Violation: Sendable, Equatable, CustomStringConvertible {
    public let rule: Rule
    /// What is wrong, in words, with the numbers.
    public let message: String
    public var description: String { message }
}

extension Scenario {
    /// Σ outcome of a plan on the true curves.
    public func totalOutcome(_ plan: [Double]) -> Double {
        zip(channels, plan).reduce(0) { $0 + $1.0.curve.outcome($1.1) }
    }

    /// Every rule the plan breaks.
    ///
    /// - Parameters:
    ///   - plan: Spend per channel, aligned with ``channels``.
    ///   - tolerance: Relative slack allowed on each limit (default 1e-6, i.e. rounding).
    ///   - described: Whether to word each violation (false: empty messages, for a caller that
    ///     only asks whether a plan breaks a rule; wording them was 5% of a simulation).
    public func violations(of plan: [Double], tolerance: Double = 1e-6, described: Bool = true) -> [Violation] {
        var found: [Violation] = []
        func tr(_ message: Message, _ values: @autoclosure () -> [String: String] = [:]) -> String {
            described ? Localization.tr(message, values()) : ""
        }
        let total = plan.reduce(0, +)
        func slack(_ limit: Double) -> Double { tolerance * Swift.max(abs(limit), 1) }
        // `what` is built only for a broken rule: translating it for every channel of a
        // 100,000-channel plan cost more than the solve.
        // `relative`: slack `tolerance·|limit|` with no floor (the outcome rules, see below).
        func check(
            _ rule: Rule, _ value: Double, atLeast limit: Double?, atMost upper: Double?, _ what: @autoclosure () -> String,
            relative: Bool = false
        ) {
            func room(_ limit: Double) -> Double { relative ? tolerance * abs(limit) : slack(limit) }
            if let limit, value < limit - room(limit) {
                found.append(Violation(rule: rule, message: tr(.violBelow, [
                    "what": what(), "value": formatPlain(value), "limit": formatPlain(limit), "rule": rule.name(in: self),
                ])))
            }
            if let upper, value > upper + room(upper) {
                found.append(Violation(rule: rule, message: tr(.violAbove, [
                    "what": what(), "value": formatPlain(value), "limit": formatPlain(upper), "rule": rule.name(in: self),
                ])))
            }
        }
        switch budget {
        case let .total(amount)?: check(.budget, total, atLeast: amount, atMost: amount, tr(.violTotalSpend))
        case let .atMost(amount)?: check(.budget, total, atLeast: nil, atMost: amount, tr(.violTotalSpend))
        case nil: break
        }
        for (i, channel) in channels.enumerated() {
            let x = plan[i]
            func what() -> String { tr(.violChannelSpend, ["channel": channel.name]) }
            if x < -slack(0) { found.append(Violation(rule: .channelMin(i), message: tr(.violNegative, ["what": what()]))) }
            if channel.locked, let current = channel.current {
                check(.locked(i), x, atLeast: current, atMost: current, what())
                continue
            }
            check(.channelMin(i), x, atLeast: channel.min, atMost: nil, what())
            check(.channelMax(i), x, atLeast: nil, atMost: channel.max, what())
            if let current = channel.current, let limit = channel.effectiveMaxChange(default: maxChange) {
                check(.changeDown(i), x, atLeast: current * (1 - limit), atMost: nil, what())
                check(.changeUp(i), x, atLeast: nil, atMost: current * (1 + limit), what())
            }
            if let minBuy = channel.minBuy, x > slack(minBuy), x < minBuy - slack(minBuy) {
                found.append(Violation(rule: .minBuy(i), message: tr(.violMinBuy, [
                    "what": what(), "value": formatPlain(x), "limit": formatPlain(minBuy),
                ])))
            }
            if let unit = channel.buyUnit {
                let units = x / unit
                if abs(units - units.rounded()) > 1e-6 * Swift.max(1, units) {
                    found.append(Violation(rule: .buyUnit(i), message: tr(.violBuyUnit, [
                        "what": what(), "value": formatPlain(x), "limit": formatPlain(unit),
                    ])))
                }
            }
        }
        for rule in groupRules {
            let sum = members(of: rule.group).reduce(0) { $0 + plan[$1] }
            let share = total > 0 ? sum / total : 0
            let group = ["group": rule.group]
            // A plan that spends nothing meets every share rule: `sum ≥ s·total` is 0 ≥ 0 (the
            // optimiser's row), and "spend nothing" is the answer when no channel pays for itself.
            if let s = rule.minShare, total > 0, share < s - tolerance {
                found.append(Violation(rule: .groupMinShare(rule.group), message: tr(.violGroupShareBelow, [
                    "group": rule.group, "share": percent(share, apartFrom: s), "limit": percent(s),
                ])))
            }
            if let s = rule.maxShare, share > s + tolerance {
                found.append(Violation(rule: .groupMaxShare(rule.group), message: tr(.violGroupShareAbove, [
                    "group": rule.group, "share": percent(share, apartFrom: s), "limit": percent(s),
                ])))
            }
            check(.groupMin(rule.group), sum, atLeast: rule.min, atMost: nil, tr(.violGroupSpend, group))
            check(.groupMax(rule.group), sum, atLeast: nil, atMost: rule.max, tr(.violGroupSpend, group))
        }
        for rule in linearRules {
            let value = rule.terms.reduce(0) { $0 + $1.coefficient * plan[$1.channel] }
            check(.linear(rule.name), value, atLeast: rule.min, atMost: rule.max, tr(.violRule, ["name": rule.name]))
        }
        // Outcome rules are held to `tolerance` of their own size (r·spend, the target), with
        // no floor: in the optimiser's internal units an outcome can be far below 1, where the
        // floor let a plan miss `min_roi` by 5·10⁻⁶ (fuzz finding min-roi-4-missed-by-5e-6).
        let outcome = totalOutcome(plan)
        if let minROI = objective.minROI, outcome < minROI * total - tolerance * abs(minROI * total) {
            found.append(Violation(rule: .minROI, message: tr(.violROI, [
                "value": formatPlain(total > 0 ? outcome / total : 0), "limit": formatPlain(minROI),
            ])))
        }
        if case let .minimizeSpend(target) = objective {
            check(.targetOutcome, outcome, atLeast: target, atMost: nil, tr(.violTotalOutcome), relative: true)
        }
        return found
    }

    private func percent(_ share: Double) -> String {
        "\(formatPlain((share * 10000).rounded() / 100))%"
    }

    /// `share` as a percentage with as many decimals as it takes to differ from `limit`'s
    /// (never "60% of spend, below 60%"): `59.9995%`.
    private func percent(_ share: Double, apartFrom limit: Double) -> String {
        let shown = percent(limit)
        for decimals in 2...6 {
            let factor = (0..<decimals).reduce(1.0) { value, _ in value * 10 }
            let text = "\(formatPlain((share * 100 * factor).rounded() / factor))%"
            if text != shown { return text }
        }
        return "\(share * 100)%"
    }
}
