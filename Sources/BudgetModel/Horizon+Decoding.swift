import Localization
extension Horizon {
    static let keys = ["start", "months", "budget", "seasonality", "events", "carryover", "constraints"]

    /// Reads the `horizon:` section; channel names are checked against `channels`.
    ///
    /// - Throws: ``ScenarioError`` naming the field path (`horizon.seasonality.douyin[3]`).
    /// - Parameter monthlyBudget: The scenario's top-level budget, which is each month's amount.
    static func decode(_ field: YAMLField, channels: [Channel], monthlyBudget: Budget?) throws(ScenarioError) -> Horizon {
        let keys = try field.mapping(allowed: Self.keys)
        let start = try keys.optional("start") { f throws(ScenarioError) in try month(f) }
        let months = try keys.required("months", in: field) { f throws(ScenarioError) in try f.count() }
        guard months <= 600 else { throw keys["months"]!.error(tr(.hzMaxMonths)) }
        var byName: [String: Int] = [:]
        for (i, channel) in channels.enumerated() where byName[channel.name] == nil { byName[channel.name] = i }
        func index(_ name: String, _ f: YAMLField) throws(ScenarioError) -> Int {
            guard let i = byName[name] else { throw f.error(tr(.errUnknownChannel, ["name": name])) }
            return i
        }
        var seasonality = Array(repeating: Array(repeating: 1.0, count: months), count: channels.count)
        if let section = keys["seasonality"] {
            var own: [Int: [Double]] = [:]
            for entry in try section.namedEntries() {
                let values = try multipliers(entry.field, months: months)
                if entry.name == "default" {
                    for i in channels.indices where own[i] == nil { seasonality[i] = values }
                } else {
                    let i = try index(entry.name, entry.field)
                    own[i] = values
                    seasonality[i] = values
                }
            }
        }
        var carryover = Array(repeating: Carryover(), count: channels.count)
        for entry in try keys["carryover"]?.namedEntries() ?? [] {
            carryover[try index(entry.name, entry.field)] = try decodeCarryover(entry.field)
        }
        let events = try keys["events"]?.sequence().map { f throws(ScenarioError) in
            try decodeEvent(f, start: start, months: months, index: index)
        } ?? []
        let budget = try keys.optional("budget") { f throws(ScenarioError) in try decodeBudget(f, months: months) }
        if monthlyBudget != nil, budget?.perMonth != nil {
            throw keys["budget"]!.error(tr(.hzPerMonthTwice))
        }
        let rules = try keys.optional("constraints") { f throws(ScenarioError) in try decodeRules(f, channels: channels, index: index) }
        return Horizon(
            start: start, months: months, budget: budget, seasonality: seasonality, events: events, carryover: carryover,
            rules: rules ?? HorizonRules())
    }

    private static func month(_ field: YAMLField) throws(ScenarioError) -> MonthLabel {
        let text = try field.string()
        guard let month = MonthLabel(text) else { throw field.error(tr(.hzExpectedMonth, ["value": text])) }
        return month
    }

    private static func multipliers(_ field: YAMLField, months: Int) throws(ScenarioError) -> [Double] {
        let items = try field.sequence()
        guard items.count == months else {
            throw field.error(tr(.hzMultipliers, ["months": "\(months)", "count": "\(items.count)"]))
        }
        return try items.map { f throws(ScenarioError) in try f.positive() }
    }

    private static func decodeCarryover(_ field: YAMLField) throws(ScenarioError) -> Carryover {
        func share(_ f: YAMLField) throws(ScenarioError) -> Double {
            let value = try f.number()
            guard value >= 0, value < 1 else { throw f.error(tr(.hzCarried, ["value": "\(value)"])) }
            return value
        }
        guard case .mapping = field.node else { return Carryover(share: try share(field)) }
        let keys = try field.mapping(allowed: ["share", "carry_in"])
        return Carryover(
            share: try keys.required("share", in: field, share),
            carryIn: try keys.optional("carry_in") { f throws(ScenarioError) in try f.nonNegative() } ?? 0)
    }

    private static func decodeEvent(
        _ field: YAMLField, start: MonthLabel?, months: Int, index: (String, YAMLField) throws(ScenarioError) -> Int
    ) throws(ScenarioError) -> HorizonEvent {
        let keys = try field.mapping(allowed: ["name", "month", "multipliers"])
        let name = try keys.required("name", in: field) { f throws(ScenarioError) in try f.string() }
        let monthField = try keys.required("month", in: field) { f throws(ScenarioError) in f }
        let text = try monthField.string()
        let t: Int
        if let number = Int(text) {
            guard (1...months).contains(number) else { throw monthField.error(tr(.hzMonthOutside, ["number": "\(number)", "months": "\(months)"])) }
            t = number - 1
        } else if let label = MonthLabel(text) {
            guard let start else { throw monthField.error(tr(.hzNeedsStart)) }
            t = start.distance(to: label)
            guard (0..<months).contains(t) else {
                throw monthField.error(tr(.hzOutsideHorizon, ["month": text, "start": "\(start)", "end": "\(start.advanced(by: months - 1))"]))
            }
        } else {
            throw monthField.error(tr(.hzExpectedMonthOrNumber, ["value": text]))
        }
        var multipliers: [Int: Double] = [:]
        let section = try keys.required("multipliers", in: field) { f throws(ScenarioError) in f }
        for entry in try section.namedEntries() {
            multipliers[try index(entry.name, entry.field)] = try entry.field.positive()
        }
        return HorizonEvent(name: name, month: t, multipliers: multipliers)
    }

    private static func decodeBudget(_ field: YAMLField, months: Int) throws(ScenarioError) -> HorizonBudget {
        let keys = try field.mapping(allowed: ["total", "max", "per_month"])
        var total: Budget?
        switch (keys["total"], keys["max"]) {
        case let (amount?, nil): total = .total(try amount.positive())
        case let (nil, amount?): total = .atMost(try amount.positive())
        case (_?, _?): throw field.error(tr(.hzTotalOrMax))
        case (nil, nil): break
        }
        var perMonth: HorizonBudget.PerMonth?
        if let per = keys["per_month"] {
            if case .sequence = per.node {
                let items = try per.sequence()
                guard items.count == months else { throw per.error(tr(.hzAmounts, ["months": "\(months)", "count": "\(items.count)"])) }
                perMonth = .fixed(try items.map { f throws(ScenarioError) in try f.nonNegative() })
                if total != nil { throw field.error(tr(.hzFixedAmounts)) }
            } else {
                let bounds = try per.mapping(allowed: ["min", "max"])
                let low = try bounds.optional("min") { f throws(ScenarioError) in try f.nonNegative() }
                let high = try bounds.optional("max") { f throws(ScenarioError) in try f.nonNegative() }
                if low == nil && high == nil { throw per.error(tr(.hzMinMaxOrList)) }
                if let low, let high, low > high { throw per.error(tr(.errMinAboveMax, ["min": "\(low)", "max": "\(high)"])) }
                perMonth = .bounds(min: low, max: high)
            }
        }
        if total == nil, perMonth == nil { throw field.error(tr(.hzTotalOrPerMonth)) }
        if total == nil, case .bounds = perMonth { throw field.error(tr(.hzBoundsNeedTotal)) }
        return HorizonBudget(total: total, perMonth: perMonth)
    }

    private static func decodeRules(
        _ field: YAMLField, channels: [Channel], index: (String, YAMLField) throws(ScenarioError) -> Int
    ) throws(ScenarioError) -> HorizonRules {
        let keys = try field.mapping(allowed: ["channels", "groups"])
        var rules = HorizonRules()
        for entry in try keys["channels"]?.namedEntries() ?? [] {
            let i = try index(entry.name, entry.field)
            let bounds = try entry.field.mapping(allowed: ["min", "max"])
            let low = try bounds.optional("min") { f throws(ScenarioError) in try f.nonNegative() }
            let high = try bounds.optional("max") { f throws(ScenarioError) in try f.nonNegative() }
            if low == nil && high == nil { throw entry.field.error(tr(.hzChannelMinMax)) }
            if let low, let high, low > high { throw entry.field.error(tr(.errMinAboveMax, ["min": "\(low)", "max": "\(high)"])) }
            rules.channels.append((i, low, high))
        }
        let known = Set(channels.flatMap(\.groups))
        for entry in try keys["groups"]?.namedEntries() ?? [] {
            guard known.contains(entry.name) else { throw entry.field.error(tr(.hzUnknownGroup, ["name": entry.name])) }
            let rule = try entry.field.mapping(allowed: ["min_share", "max_share", "min", "max"])
            if rule.isEmpty { throw entry.field.error(tr(.errGroupRuleEmpty)) }
            let group = GroupRule(
                group: entry.name,
                minShare: try rule.optional("min_share") { f throws(ScenarioError) in try f.share() },
                maxShare: try rule.optional("max_share") { f throws(ScenarioError) in try f.share() },
                min: try rule.optional("min") { f throws(ScenarioError) in try f.nonNegative() },
                max: try rule.optional("max") { f throws(ScenarioError) in try f.nonNegative() })
            if let low = group.minShare, let high = group.maxShare, low > high { throw entry.field.error(tr(.errMinShareAboveMax, ["low": "\(low)", "high": "\(high)"])) }
            if let low = group.min, let high = group.max, low > high { throw entry.field.error(tr(.errMinAboveMax, ["min": "\(low)", "max": "\(high)"])) }
            rules.groups.append(group)
        }
        return rules
    }
}

extension YAMLField {
    /// A whole number ≥ 1.
    func count() throws(ScenarioError) -> Int {
        let value = try number()
        guard value >= 1, value == value.rounded(), value < 1e9 else { throw error(tr(.hzWholeNumber, ["value": formatPlain(value)])) }
        return Int(value)
    }
}
