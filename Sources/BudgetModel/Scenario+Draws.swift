extension Scenario {
    /// The number of joint curve draws: the length of every non-empty `draws` list (validation
    /// makes them equal), or 0 when no channel has draws. A channel without draws keeps its
    /// point curve in every draw.
    public var drawCount: Int {
        channels.first { !$0.draws.isEmpty }?.draws.count ?? 0
    }

    /// Channel `i`'s curve in draw `b` (its point curve when it has no draws).
    public func curve(channel i: Int, draw b: Int) -> Curve {
        channels[i].draws.isEmpty ? channels[i].curve : channels[i].draws[b]
    }

    /// Σᵢ outcome of draw `b`'s curves at the plan's spend.
    public func totalOutcome(_ plan: [Double], draw b: Int) -> Double {
        channels.indices.reduce(0) { $0 + curve(channel: $1, draw: b).outcome(plan[$1]) }
    }

    /// The current plan (every channel's `current`), or `nil` when a channel has none.
    public var currentPlan: [Double]? {
        let plan = channels.compactMap(\.current)
        return plan.count == channels.count ? plan : nil
    }
}

extension Scenario {
    /// The most draws a channel may carry.
    public static let maximumDraws = 5_000

    /// Reads a `draws:` list: each item a curve mapping, as `curve:`.
    static func decodeDraws(_ field: YAMLField) throws(ScenarioError) -> [Curve] {
        let items = try field.sequence()
        guard items.count >= 2 else { throw field.error("give at least 2 draws (found \(items.count))") }
        guard items.count <= maximumDraws else { throw field.error("at most \(maximumDraws) draws (found \(items.count))") }
        return try items.map { f throws(ScenarioError) in try decodeCurve(f) }
    }

    /// Reads `seen: { min, max }`: the range of monthly spend the history has seen.
    static func decodeSeen(_ field: YAMLField) throws(ScenarioError) -> ClosedRange<Double> {
        let keys = try field.mapping(allowed: ["min", "max"])
        let low = try keys.required("min", in: field) { f throws(ScenarioError) in try f.nonNegative() }
        let high = try keys.required("max", in: field) { f throws(ScenarioError) in try f.nonNegative() }
        guard low <= high else { throw field.error("min \(formatPlain(low)) is above max \(formatPlain(high))") }
        return low...high
    }

    /// Reads `objective.risk`: `mean`, or a mapping `{ measure: mean | cvar | chance, level, probability }`.
    static func decodeRisk(in objective: YAMLField?) throws(ScenarioError) -> Risk? {
        guard let objective, case .mapping = objective.node,
              let field = try objective.mapping(allowed: objectiveKeys)["risk"] else { return nil }
        if field.node.scalar != nil {
            let name = try field.string()
            guard name == "mean" else {
                throw field.error("'\(name)' needs settings: write { measure: cvar, level: 0.1 } or { measure: chance, probability: 0.8 }; 'risk: mean' alone is the expected outcome")
            }
            return .mean
        }
        let keys = try field.mapping(allowed: ["measure", "level", "probability"])
        let measure = try keys.required("measure", in: field) { f throws(ScenarioError) in try f.string() }
        /// A number in (0, 1], or (0, 1) when `closed` is false.
        func fraction(_ key: String, closed: Bool, _ meaning: String) throws(ScenarioError) -> Double {
            let value = try keys.required(key, in: field) { f throws(ScenarioError) in try f.number() }
            guard value > 0, closed ? value <= 1 : value < 1 else {
                throw keys[key]!.error("\(meaning) must be in (0, 1\(closed ? "]" : ")") (found \(formatPlain(value)))")
            }
            return value
        }
        func reject(_ key: String) throws(ScenarioError) {
            if let extra = keys[key] { throw extra.error("'\(key)' does not go with measure '\(measure)'") }
        }
        switch measure {
        case "mean":
            try reject("level")
            try reject("probability")
            return .mean
        case "cvar":
            try reject("probability")
            return .cvar(level: try fraction("level", closed: true, "the CVaR level (the share of worst draws)"))
        case "chance":
            try reject("level")
            return .chance(probability: try fraction("probability", closed: false, "the probability of beating the current plan"))
        default:
            throw keys["measure"]!.error("expected 'mean', 'cvar' or 'chance', found '\(measure)'")
        }
    }

    /// Draws and risk checks: equal draw counts, risk only with draws and `maximize`, the
    /// chance rule only with every channel's `current` (rules files, whose curves and current
    /// spend come from data, skip those two checks: `requireDraws` false).
    func validateDraws(_ fail: (String, String) -> ScenarioError, requireDraws: Bool = true) throws(ScenarioError) {
        var first: (index: Int, count: Int)?
        for (i, channel) in channels.enumerated() where !channel.draws.isEmpty {
            guard let reference = first else {
                first = (i, channel.draws.count)
                continue
            }
            if channel.draws.count != reference.count {
                throw fail("channels[\(i)].draws",
                    "has \(channel.draws.count) draws but channels[\(reference.index)].draws has \(reference.count); draws are joint samples, so every channel with draws needs the same number")
            }
        }
        guard let risk else { return }
        if requireDraws, first == nil {
            throw fail("objective.risk", "needs curve draws: give channels a 'draws' list (`budgetlab fit --output` writes them)")
        }
        if case .minimizeSpend = objective {
            throw fail("objective.risk", "risk goes with 'maximize' (outcome or profit), not 'minimize: spend'")
        }
        if requireDraws, case .chance = risk, let missing = channels.firstIndex(where: { $0.current == nil }) {
            throw fail("channels[\(missing)].current", "the chance rule compares with the current plan, so every channel needs 'current'")
        }
    }
}

extension Scenario {
    /// Checks `risk` against the draws and rules (as loading a file with `objective.risk` does),
    /// for a risk set after loading (`--risk`).
    ///
    /// - Throws: ``ScenarioError`` at `objective.risk` or the field that is missing.
    public func checkRisk(file: String) throws(ScenarioError) {
        try validateDraws { path, message in ScenarioError(file: file, path: path, message: message) }
    }
}
