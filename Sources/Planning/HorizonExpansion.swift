import BudgetModel

/// A horizon scenario written out as one single-period scenario over channel-months, which
/// the optimiser solves with its usual guarantee (envelopes, bound, gap, MILP where needed).
///
/// Channel-month k = t·n + i (month t, channel i) has spend x_{t,i} and the curve
/// `w_{t,i}·m_{t,i}·f_i`, where m is the month's multiplier (seasonality × events) and
/// `w_{t,i} = Σ_{k=0}^{T−1−t} θ_i^k` counts the share of month t's effect that lands inside
/// the horizon (carryover, see ``PlanResponse``). Its objective is therefore the horizon's
/// total outcome less the constant carry-in. Rules:
/// - every channel rule holds per month: `min`, `max`, `min_buy`, `buy_unit`, `locked`
///   as the channel-month's own fields; `max_change` around `current` on month 1;
/// - month to month, for channels with `current` and a change limit c:
///   `x_{t,i} − (1+c)·x_{t−1,i} ≤ 0` and `x_{t,i} − (1−c)·x_{t−1,i} ≥ 0`;
/// - per month: the month's budget (`Σ_i x_{t,i}` fixed, bounded, or capped by the top-level
///   budget), group shares `Σ_{i∈g} x_{t,i} − s·Σ_i x_{t,i} ≥ 0` (or ≤), absolute group
///   limits and `linear` rules;
/// - over the horizon: the horizon's `total` (the flat scenario's budget), a channel's
///   total `Σ_t x_{t,i}` and group rules over all months' spend.
struct HorizonExpansion {
    let scenario: Scenario
    let horizon: Horizon
    /// The flat scenario over channel-months.
    private(set) var flat: Scenario
    /// What each flat `linear` rule stands for, by its name.
    private(set) var linearInfo: [String: RuleInfo] = [:]
    /// The row of each month's budget, when the month has one.
    private(set) var monthBudgetRule: [String?]

    var channelCount: Int { scenario.channels.count }
    var months: Int { horizon.months }

    /// A flat rule as the plan reports it.
    struct RuleInfo {
        /// `group core min_share`, `douyin max_change up`, `budget`.
        var name: String
        /// 0-based month, `nil` for a rule over the whole horizon.
        var month: Int?
        /// Share rules: the shadow price is per 1.0 of share (dual × the spend it is a share of).
        var isShare: Bool = false
    }

    /// Spend per channel in months before this horizon that count toward its horizon-wide
    /// rules (re-planning the rest of a year); zeros otherwise.
    let spentBefore: [Double]
    /// Channel-months whose `max` only bounds the linearised domain (not a rule of the scenario).
    private(set) var domainOnlyMax: Set<Int> = []
    /// Whether month-to-month change limits link the months.
    private(set) var hasChangeLinks = false

    init(scenario: Scenario, horizon: Horizon, spentBefore: [Double]? = nil) {
        self.scenario = scenario
        self.horizon = horizon
        self.spentBefore = spentBefore ?? Array(repeating: 0, count: scenario.channels.count)
        flat = Scenario(name: scenario.name, currency: scenario.currency, budget: horizon.budget?.total, objective: scenario.objective, channels: [])
        monthBudgetRule = Array(repeating: nil, count: horizon.months)
        if case let .minimizeSpend(target) = scenario.objective {
            flat.objective = .minimizeSpend(targetOutcome: max(target - carryInOutcome, 0))
        }
        addChannels()
        for t in 0..<months { addMonthRules(t) }
        addHorizonRules()
    }

    /// Index of channel-month (t, i) in the flat scenario.
    func index(month t: Int, channel i: Int) -> Int { t * channelCount + i }

    /// `w_{t,i} = Σ_{k=0}^{T−1−t} θ_i^k`: month t's effect counted over the rest of the horizon.
    func carryWeight(channel i: Int, month t: Int) -> Double {
        let theta = horizon.carryover[i].share
        var weight = 0.0
        var power = 1.0
        for _ in t..<months { weight += power; power *= theta }
        return weight
    }

    /// Σ_i carryIn_i · Σ_{t=1}^{T} θ_i^t: the outcome inside the horizon from effects before it.
    var carryInOutcome: Double {
        horizon.carryover.reduce(0) { sum, carry in
            sum + carry.carryIn * carry.share * (0..<months).reduce((0.0, 1.0)) { acc, _ in (acc.0 + acc.1, acc.1 * carry.share) }.0
        }
    }

    /// The most month t may spend: its fixed amount, its bound, the top-level budget, or the horizon's.
    func monthCap(_ t: Int) -> Double? {
        if case let .fixed(amounts)? = horizon.budget?.perMonth { return amounts[t] }
        var cap = scenario.budget?.amount ?? horizon.budget?.total?.amount
        if case let .bounds(_, high?)? = horizon.budget?.perMonth { cap = min(cap ?? high, high) }
        return cap
    }

    private mutating func addChannels() {
        for t in 0..<months {
            for (i, channel) in scenario.channels.enumerated() {
                let factor = horizon.multiplier(channel: i, month: t) * carryWeight(channel: i, month: t)
                // The month's cap bounds the linearised domain; set a hair above it, it never
                // binds before the month's budget row does, which then carries the price.
                var cap = channel.max
                if let month = monthCap(t), cap.map({ $0 >= month }) ?? true {
                    cap = month * (1 + 1e-6) + 1e-6
                    domainOnlyMax.insert(flat.channels.count)
                }
                var item = Channel(
                    name: "\(channel.name) in \(horizon.label(t))", min: channel.min, max: cap.map { max($0, channel.min ?? 0) },
                    minBuy: channel.minBuy, buyUnit: channel.buyUnit, curve: channel.curve.scaled(by: factor))
                if channel.locked, let current = channel.current {
                    (item.current, item.locked) = (current, true)
                } else if t == 0, let current = channel.current, let limit = channel.effectiveMaxChange(default: scenario.maxChange) {
                    (item.current, item.maxChange) = (current, limit)
                }
                flat.channels.append(item)
            }
        }
    }

    private mutating func add(
        _ info: RuleInfo, terms: [(channel: Int, coefficient: Double)], min: Double?, max: Double?, detail: String = ""
    ) {
        let base = info.name + detail
        let key = info.month.map { "\(base) in \(horizon.label($0))" } ?? "\(base) over the horizon"
        linearInfo[key] = info
        flat.linearRules.append(LinearRule(name: key, terms: terms, min: min, max: max))
    }

    private mutating func addMonthRules(_ t: Int) {
        let n = channelCount
        let all = (0..<n).map { (channel: index(month: t, channel: $0), coefficient: 1.0) }
        var low: Double?
        var high: Double?
        switch (scenario.budget, horizon.budget?.perMonth) {
        case let (.total(amount)?, _): (low, high) = (amount, amount)
        case let (.atMost(amount)?, _): high = amount
        case let (nil, .fixed(amounts)?): (low, high) = (amounts[t], amounts[t])
        case let (nil, .bounds(a, b)?): (low, high) = (a, b)
        case (nil, nil): break
        }
        if low != nil || high != nil {
            let info = RuleInfo(name: "budget", month: t)
            add(info, terms: all, min: low, max: high)
            monthBudgetRule[t] = "budget in \(horizon.label(t))"
        }
        for group in scenario.groupRules {
            addGroup(group, members: Set(scenario.members(of: group.group)), months: [t], month: t)
        }
        for rule in scenario.linearRules {
            add(RuleInfo(name: rule.name, month: t), terms: rule.terms.map { (index(month: t, channel: $0.channel), $0.coefficient) }, min: rule.min, max: rule.max)
        }
        guard t > 0 else { return }
        for (i, channel) in scenario.channels.enumerated() where !channel.locked {
            guard let c = channel.effectiveMaxChange(default: scenario.maxChange) else { continue }
            let (now, before) = (index(month: t, channel: i), index(month: t - 1, channel: i))
            let detail = " (±\(formatPlain(c * 100))% of the month before)"
            add(RuleInfo(name: "\(channel.name) max_change up", month: t), terms: [(now, 1), (before, -(1 + c))], min: nil, max: 0, detail: detail)
            add(RuleInfo(name: "\(channel.name) max_change down", month: t), terms: [(now, 1), (before, -(1 - c))], min: 0, max: nil, detail: detail)
            hasChangeLinks = true
        }
    }

    /// Group rules over the spend of `months`: shares of all spend in those months, and amounts.
    /// Over the whole horizon, spend before it (``spentBefore``) counts too: the share row
    /// `Σ_g x − s·Σ x ≥ 0` becomes `≥ s·X₀ − G₀` with X₀, G₀ the spend before.
    private mutating func addGroup(_ group: GroupRule, members: Set<Int>, months: [Int], month: Int?) {
        let n = channelCount
        let pastAll = month == nil ? spentBefore.reduce(0, +) : 0
        let pastGroup = month == nil ? members.reduce(0) { $0 + spentBefore[$1] } : 0
        func share(_ s: Double) -> [(channel: Int, coefficient: Double)] {
            months.flatMap { t in (0..<n).map { (index(month: t, channel: $0), (members.contains($0) ? 1 : 0) - s) } }
        }
        let inGroup = months.flatMap { t in members.sorted().map { (channel: index(month: t, channel: $0), coefficient: 1.0) } }
        let name = "group \(group.group)"
        if let s = group.minShare {
            add(RuleInfo(name: "\(name) min_share", month: month, isShare: true), terms: share(s), min: s * pastAll - pastGroup, max: nil,
                detail: " ≥ \(formatPlain(s))")
        }
        if let s = group.maxShare {
            add(RuleInfo(name: "\(name) max_share", month: month, isShare: true), terms: share(s), min: nil, max: s * pastAll - pastGroup,
                detail: " ≤ \(formatPlain(s))")
        }
        if let low = group.min { add(RuleInfo(name: "\(name) min", month: month), terms: inGroup, min: low - pastGroup, max: nil) }
        if let high = group.max { add(RuleInfo(name: "\(name) max", month: month), terms: inGroup, min: nil, max: high - pastGroup) }
    }

    private mutating func addHorizonRules() {
        let all = Array(0..<months)
        for rule in horizon.rules.channels {
            let name = scenario.channels[rule.channel].name
            let terms = all.map { (channel: index(month: $0, channel: rule.channel), coefficient: 1.0) }
            let past = spentBefore[rule.channel]
            add(RuleInfo(name: "\(name) total", month: nil), terms: terms, min: rule.min.map { $0 - past }, max: rule.max.map { $0 - past })
        }
        for group in horizon.rules.groups {
            addGroup(group, members: Set(scenario.members(of: group.group)), months: all, month: nil)
        }
    }
}
