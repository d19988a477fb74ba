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
        var fields: [(String, Double?)] = []
        switch budget {
        case let .total(amount)?: fields.append(("budget.total", amount))
        case let .atMost(amount)?: fields.append(("budget.max", amount))
        case nil: break
        }
        if case let .minimizeSpend(target) = objective { fields.append(("objective.target_outcome", target)) }
        for (i, channel) in channels.enumerated() {
            let path = "channels[\(i)]"
            fields += [
                ("\(path).current", channel.current), ("\(path).min", channel.min), ("\(path).max", channel.max),
                ("\(path).min_buy", channel.minBuy), ("\(path).buy_unit", channel.buyUnit),
            ]
            fields += channel.curve.amountFields.map { ("\(path).curve.\($0.0)", $0.1) }
            if case let .points(points) = channel.curve, points.count > Self.maximumCurvePoints {
                throw fail("\(path).curve.points", "\(points.count) points; at most \(Self.maximumCurvePoints) are supported (thin them: the optimiser needs a point only where the slope changes)")
            }
        }
        for rule in groupRules {
            fields += [("constraints.groups.\(rule.group).min", rule.min), ("constraints.groups.\(rule.group).max", rule.max)]
        }
        for case let (path, value?) in fields where value != 0 {
            if abs(value) > Self.largestAmount || abs(value) < Self.smallestAmount {
                throw fail(path, "\(formatPlain(value)) is outside the supported range: 0, or from 0.000001 to 1e21")
            }
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
