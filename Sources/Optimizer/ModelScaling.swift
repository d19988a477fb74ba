import BudgetModel

/// The units the optimiser works in: money divided by ``money`` and outcome by ``outcome``,
/// so that a scenario in VND, IDR or KRW (amounts of 10¹⁰) is solved with the same numbers as
/// the same scenario in CNY (amounts of 10⁵).
///
/// With `x = M·x′` (spend) and `y = O·y′` (outcome) every rule keeps its form:
/// - amounts (budget, `current`, `min`, `max`, `min_buy`, `buy_unit`, group `min`/`max`) ÷ M,
///   a channel `max` above twice the budget first lowered to twice the budget (it cannot bind);
/// - curves and their draws (`objective.risk`): `β ÷ O` (hill, exponential, log), `K ÷ M` and
///   `scale ÷ M`, power `β·Mᵉ ÷ O`, linear `roi·M ÷ O`, points `(x ÷ M, y ÷ O)`; every risk
///   measure (mean, CVaR, the chance rule's CVaR of improvements) is positively homogeneous,
///   so it scales with the objective's unit;
/// - `min_roi·M ÷ O`, `value_per_outcome·O ÷ M`, `target_outcome ÷ O`;
/// - a linear rule `Σ aⱼxⱼ ≤ b` is also divided by its largest `|aⱼ|` (call it A):
///   `Σ (aⱼ/A)·x′ⱼ ≤ b/(A·M)`, so coefficients of 10²⁰⁰ reach GLPK as 1.
/// The objective is then in units of O (maximise outcome) or M (profit, spend).
///
/// M is the median of the scenario's positive amounts (robust to one `max: 1e20`), O the
/// median of its outcome levels (ceilings β, points' largest y, `target_outcome`, ...).
struct ModelScaling: Sendable {
    /// Currency units per internal money unit (M).
    let money: Double
    /// Outcome units per internal outcome unit (O).
    let outcome: Double
    /// Per linear rule (by name): its largest |coefficient| (A).
    let ruleScale: [String: Double]

    init(for scenario: Scenario) {
        let money = Self.median(Self.amounts(scenario)) ?? 1
        let levels = scenario.channels.compactMap { Self.outcomeLevel($0.curve, money: money) }
            + [scenario.objective.target].compactMap { $0 }
        self.money = money
        self.outcome = Self.median(levels.filter { $0 > 0 && $0.isFinite }) ?? money
        var ruleScale: [String: Double] = [:]
        for rule in scenario.linearRules {
            let largest = rule.terms.map { abs($0.coefficient) }.max() ?? 0
            ruleScale[rule.name] = largest > 0 && largest.isFinite ? largest : 1
        }
        self.ruleScale = ruleScale
    }

    /// The unit in which the objective is measured: O for outcome, M for profit and spend.
    func objectiveUnit(_ objective: Objective) -> Double {
        if case .maximizeOutcome = objective { return outcome }
        return money
    }

    // MARK: Scenario in internal units

    /// The scenario in internal units (see the type's documentation).
    func scaled(_ scenario: Scenario) -> Scenario {
        var result = scenario
        let m = money
        result.budget = scenario.budget.map {
            switch $0 {
            case let .total(amount): .total(amount / m)
            case let .atMost(amount): .atMost(amount / m)
            }
        }
        result.objective = switch scenario.objective {
        case let .maximizeOutcome(minROI): .maximizeOutcome(minROI: minROI.map { $0 * m / outcome })
        case let .maximizeProfit(value, minROI):
            .maximizeProfit(valuePerOutcome: value * outcome / m, minROI: minROI.map { $0 * m / outcome })
        case let .minimizeSpend(target): .minimizeSpend(targetOutcome: target / outcome)
        }
        for i in result.channels.indices {
            var channel = scenario.channels[i]
            channel.current = channel.current.map { $0 / m }
            channel.min = channel.min.map { $0 / m }
            // A cap far above the budget cannot bind (spends are ≥ 0 and sum to at most the
            // budget), but it would stretch the linearised range: hold it at twice the budget.
            channel.max = channel.max.map { Swift.min($0, 2 * (scenario.budget?.amount ?? .infinity)) / m }
            channel.minBuy = channel.minBuy.map { $0 / m }
            channel.buyUnit = channel.buyUnit.map { $0 / m }
            channel.curve = scaled(channel.curve)
            channel.draws = channel.draws.map { scaled($0) }
            result.channels[i] = channel
        }
        for i in result.groupRules.indices {
            result.groupRules[i].min = scenario.groupRules[i].min.map { $0 / m }
            result.groupRules[i].max = scenario.groupRules[i].max.map { $0 / m }
        }
        for i in result.linearRules.indices {
            let rule = scenario.linearRules[i]
            let a = ruleScale[rule.name] ?? 1
            result.linearRules[i].terms = rule.terms.map { ($0.channel, $0.coefficient / a) }
            result.linearRules[i].min = rule.min.map { $0 / a / m }
            result.linearRules[i].max = rule.max.map { $0 / a / m }
        }
        return result
    }

    /// A curve with spend in units of M and outcome in units of O.
    func scaled(_ curve: Curve) -> Curve {
        let (m, o) = (money, outcome)
        switch curve {
        case let .hill(beta, k, s): return .hill(beta: beta / o, halfSaturation: k / m, shape: s)
        case let .exponential(beta, scale): return .exponential(beta: beta / o, scale: scale / m)
        case let .log(beta, scale): return .log(beta: beta / o, scale: scale / m)
        case let .power(beta, e): return .power(beta: beta / o * pow(m, e), exponent: e)
        case let .linear(roi): return .linear(roi: roi * m / o)
        case let .points(points): return .points(points.map { CurvePoint(x: $0.x / m, y: $0.y / o) })
        }
    }

    // MARK: Choosing the units

    /// Every positive amount of money the scenario states; channel caps (`max`) only when there
    /// is nothing else, since a cap is often just "no limit" written as 1e20.
    private static func amounts(_ scenario: Scenario) -> [Double] {
        var values: [Double?] = [scenario.budget?.amount]
        for channel in scenario.channels {
            values += [channel.current, channel.min, channel.minBuy, channel.buyUnit]
            switch channel.curve {
            case let .hill(_, k, _): values.append(k)
            case let .exponential(_, scale), let .log(_, scale): values.append(scale)
            case let .points(points): values.append(points.last?.x)
            case .power, .linear: break
            }
        }
        for rule in scenario.groupRules { values += [rule.min, rule.max] }
        let found = values.compactMap { $0 }.filter { $0 > 0 && $0.isFinite }
        return found.isEmpty ? scenario.channels.compactMap(\.max).filter { $0 > 0 && $0.isFinite } : found
    }

    /// The outcome a curve reaches at its natural scale (its ceiling, or its value at spend M).
    private static func outcomeLevel(_ curve: Curve, money: Double) -> Double? {
        switch curve {
        case let .hill(beta, _, _), let .exponential(beta, _), let .log(beta, _): beta
        case let .power(beta, e): beta * pow(money, e)
        case let .linear(roi): roi > 0 ? roi * money : nil
        case let .points(points): points.map(\.y).max()
        }
    }

    /// The middle value (the geometric mean of the two middle ones for an even count).
    private static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        let value = sorted.count % 2 == 1 ? sorted[middle] : sorted[middle - 1].squareRoot() * sorted[middle].squareRoot()
        return value > 0 && value.isFinite ? value : nil
    }
}

extension Objective {
    /// `target_outcome` of a minimise-spend objective.
    var target: Double? {
        if case let .minimizeSpend(target) = self { return target }
        return nil
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
