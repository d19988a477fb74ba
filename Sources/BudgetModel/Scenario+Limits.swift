extension Scenario {
    /// The largest amount or outcome level a scenario may state (10²¹: a budget of 10¹⁸ IDR is
    /// more than the world's yearly output). Internally amounts are divided by the scenario's
    /// typical amount, so any unit works; this keeps every number the solver sees within
    /// GLPK's range (see docs/limits.md).
    public static let largestAmount = 1e21
    /// The smallest non-zero amount or outcome level (10⁻⁶).
    public static let smallestAmount = 1e-6
    /// The most points a `points` curve may have: each is a breakpoint of the model, and an
    /// S-shaped one a binary decision (20,000 took over a minute).
    public static let maximumCurvePoints = 2000

    /// Checks every amount (budget, spends, bounds, `min_buy`, `buy_unit`, group limits, the
    /// curves' `beta`, `half_saturation`, `scale` and points, `target_outcome`) is 0 or within
    /// [``smallestAmount``, ``largestAmount``].
    func checkAmountRange(_ fail: (String, String) -> ScenarioError) throws(ScenarioError) {
        // Paths are built only for the amount that fails: building one per field cost a third
        // of the memory and time of reading a 100,000-channel scenario.
        func check(_ value: Double?, _ path: @autoclosure () -> String) throws(ScenarioError) {
            guard let value, value != 0, abs(value) > Self.largestAmount || abs(value) < Self.smallestAmount else { return }
            throw fail(path(), "\(formatPlain(value)) is outside the supported range: 0, or from 0.000001 to 1e21")
        }
        for (i, channel) in channels.enumerated() {
            if case let .points(points) = channel.curve, points.count > Self.maximumCurvePoints {
                throw fail("channels[\(i)].curve.points", "\(points.count) points; at most \(Self.maximumCurvePoints) are supported (thin them: the optimiser needs a point only where the slope changes)")
            }
        }
        switch budget {
        case let .total(amount)?: try check(amount, "budget.total")
        case let .atMost(amount)?: try check(amount, "budget.max")
        case nil: break
        }
        if case let .minimizeSpend(target) = objective { try check(target, "objective.target_outcome") }
        for (i, channel) in channels.enumerated() {
            for (key, value) in [("current", channel.current), ("min", channel.min), ("max", channel.max),
                                 ("min_buy", channel.minBuy), ("buy_unit", channel.buyUnit)] {
                try check(value, "channels[\(i)].\(key)")
            }
            for (key, value) in channel.curve.amountFields { try check(value, "channels[\(i)].curve.\(key)") }
        }
        for rule in groupRules {
            try check(rule.min, "constraints.groups.\(rule.group).min")
            try check(rule.max, "constraints.groups.\(rule.group).max")
        }
    }
}

extension Curve {
    /// The curve's parameters that are amounts of money or outcome, by key.
    var amountFields: [(String, Double)] {
        switch self {
        case let .hill(beta, k, _): [("beta", beta), ("half_saturation", k)]
        case let .exponential(beta, scale), let .log(beta, scale): [("beta", beta), ("scale", scale)]
        case .power, .linear: []
        case let .points(points): points.flatMap { [("points", $0.x), ("points", $0.y)] }
        }
    }
}
