import BudgetModel

/// A plan's objective in each joint draw of the curves, and the risk measures over them.
///
/// `g_b(x)` is outcome `Σᵢ f_iᵇ(xᵢ)` (for `maximize: outcome` and `minimize: spend`) or profit
/// `value · outcome − Σ xᵢ` (for `maximize: profit`), where `f_iᵇ` is channel i's draw b (its
/// point curve when it has no draws). Every draw has weight `1/B`.
struct DrawMeasures {
    let scenario: Scenario

    var count: Int { scenario.drawCount }

    /// `g_b(x)` for every draw b, in draw order.
    func values(_ plan: [Double]) -> [Double] {
        let spend = plan.reduce(0, +)
        return (0..<count).map { b in
            let outcome = scenario.totalOutcome(plan, draw: b)
            if case let .maximizeProfit(value, _) = scenario.objective { return value * outcome - spend }
            return outcome
        }
    }

    /// The risk measure of a plan on the true draw curves.
    func value(of risk: Risk, _ plan: [Double]) -> Double {
        let g = values(plan)
        switch risk {
        case .mean, .chance: return Self.mean(g)
        case let .cvar(level): return Self.cvar(g, level: level)
        }
    }

    /// Whether a plan meets the risk's side rule (the chance rule's CVaR form), with a small
    /// tolerance relative to the objective's size.
    func meetsSideRule(_ risk: Risk, _ plan: [Double]) -> Bool {
        guard case let .chance(p) = risk, let current = scenario.currentPlan else { return true }
        let g = values(plan)
        let base = values(current)
        let improvement = zip(g, base).map { $0 - $1 }
        let scale = max(g.map(abs).max() ?? 1, 1)
        return Self.cvar(improvement, level: 1 - p) >= -1e-7 * scale
    }

    static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    /// The mean of the worst `level` share of equally weighted values:
    /// `max_t { t − (1/(level·B)) Σ max(t − v_b, 0) }`, attained at `t` = the value at rank
    /// `⌈level·B⌉` from the bottom (a fractional draw counts in part).
    static func cvar(_ values: [Double], level: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let n = Double(sorted.count)
        let rank = min(max(Int((level * n).rounded(.up)), 1), sorted.count) - 1
        let t = sorted[rank]
        let shortfall = sorted.reduce(0) { $0 + max(t - $1, 0) }
        return t - shortfall / (level * n)
    }

    /// The `q` quantile of sorted values, interpolated linearly between order statistics.
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        guard let first = sorted.first else { return 0 }
        guard sorted.count > 1 else { return first }
        let position = q * Double(sorted.count - 1)
        let low = Int(position.rounded(.down))
        let high = min(low + 1, sorted.count - 1)
        let weight = position - Double(low)
        return sorted[low] * (1 - weight) + sorted[high] * weight
    }
}
