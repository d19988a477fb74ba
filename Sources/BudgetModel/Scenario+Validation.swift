import Localization

extension Scenario {
    /// Cross-field checks that need the whole scenario: names, references, bounds.
    func validate(file: String, document: YAMLField, requireLimits: Bool = true) throws(ScenarioError) {
        func fail(_ path: String, _ message: String) -> ScenarioError {
            ScenarioError(file: file, path: path, line: Self.line(of: path, in: document), message: message)
        }
        try checkAmountRange(fail)
        try checkOverriddenRules(fail)
        var names = Set<String>()
        for (index, channel) in channels.enumerated() {
            let path = "channels[\(index)]"
            guard Self.isValidName(channel.name) else {
                throw fail("\(path).name", tr(.errInvalidName, ["name": channel.name]))
            }
            guard names.insert(channel.name).inserted else {
                throw fail("\(path).name", tr(.errDuplicateChannel, ["name": channel.name]))
            }
            for group in channel.groups where !Self.isValidName(group) {
                throw fail("\(path).group", tr(.errInvalidGroup, ["name": group]))
            }
            if Set(channel.groups).count != channel.groups.count {
                throw fail("\(path).groups", tr(.errGroupTwice))
            }
            if let min = channel.min, let max = channel.max, min > max {
                throw fail("\(path).min", tr(.errMinAboveMax, ["min": "\(min)", "max": "\(max)"]))
            }
            if channel.locked && channel.current == nil {
                throw fail("\(path).locked", tr(.errLockedNeedsCurrent))
            }
            if let minBuy = channel.minBuy, let max = channel.max, minBuy > max {
                throw fail("\(path).min_buy", tr(.errMinBuyAboveMax, ["minBuy": "\(minBuy)", "max": "\(max)"]))
            }
            if requireLimits, channel.upperLimit(budget: budget) == nil {
                throw fail(path, tr(.errNoUpperLimit, ["name": channel.name]))
            }
        }
        let allGroups = Set(channels.flatMap(\.groups))
        var ruleGroups = Set<String>()
        for rule in groupRules {
            let path = "constraints.groups.\(rule.group)"
            guard allGroups.contains(rule.group) else {
                throw fail(path, tr(.errUnknownGroup, ["group": rule.group]))
            }
            guard ruleGroups.insert(rule.group).inserted else { throw fail(path, tr(.errGroupRuleTwice)) }
            if let low = rule.minShare, let high = rule.maxShare, low > high {
                throw fail("\(path).min_share", tr(.errMinShareAboveMax, ["low": "\(low)", "high": "\(high)"]))
            }
            if let low = rule.min, let high = rule.max, low > high {
                throw fail("\(path).min", tr(.errMinAboveMax, ["min": "\(low)", "max": "\(high)"]))
            }
        }
        var ruleNames = Set<String>()
        for (index, rule) in linearRules.enumerated() {
            guard ruleNames.insert(rule.name).inserted else {
                throw fail("constraints.linear[\(index)].name", tr(.errDuplicateRule, ["name": rule.name]))
            }
        }
        try validateDraws(fail, requireDraws: requireLimits)
    }

    /// Unicode letters (with their combining marks) and digits plus `_`, `.` and `-`:
    /// `douyin`, `抖音`, `百度SEM`, `tmall-jd.ads`. A mark may not come first.
    static func isValidName(_ name: String) -> Bool {
        // ASCII names (most) without looking up Unicode properties.
        if !name.isEmpty, name.utf8.allSatisfy({ byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
        }) { return true }
        guard let first = name.unicodeScalars.first, !first.properties.generalCategory.isMark else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            let category = scalar.properties.generalCategory
            return category.isLetter || category.isMark || category == .decimalNumber
                || scalar == "_" || scalar == "." || scalar == "-"
        }
    }

    /// The line of a dotted path such as `channels[2].name` in the parsed document, if present.
    static func line(of path: String, in document: YAMLField) -> Int? {
        var field = document
        for component in path.split(separator: ".") {
            var name = Substring(component)
            var index: Int?
            if let open = component.firstIndex(of: "["), component.hasSuffix("]") {
                name = component[..<open]
                index = Int(component[component.index(after: open)..<component.index(before: component.endIndex)])
            }
            guard let keys = try? field.namedEntries(), let next = keys.first(where: { $0.name == name }) else {
                return field.line
            }
            field = next.field
            if let index {
                guard let items = try? field.sequence(), items.indices.contains(index) else { return field.line }
                field = items[index]
            }
        }
        return field.line
    }
}

extension Channel {
    /// The largest spend this channel can take: its `max`, else the budget; `nil` if neither.
    public func upperLimit(budget: Budget?) -> Double? {
        switch (max, budget?.amount) {
        case let (max?, amount?): Swift.min(max, amount)
        case let (max?, nil): max
        case let (nil, amount?): amount
        case (nil, nil): nil
        }
    }

    /// The change limit in force for this channel (its own, else the scenario's), if it has a `current`.
    public func effectiveMaxChange(default scenarioLimit: Double?) -> Double? {
        guard current != nil else { return nil }
        return maxChange ?? scenarioLimit
    }
}

extension Unicode.GeneralCategory {
    /// Lu, Ll, Lt, Lm, Lo.
    var isLetter: Bool {
        switch self {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }

    /// Mn, Mc, Me.
    var isMark: Bool {
        switch self {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}
