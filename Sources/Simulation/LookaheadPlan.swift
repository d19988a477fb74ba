import BudgetModel
import Optimizer

/// The best plan for the next ``months`` months over a strategy's beliefs, of which only the
/// first month is spent (receding horizon).
///
/// Why more than one month: when a change limit (the world's, or the strategy's trust region)
/// links the months, the payoff of moving money into an S-shaped channel at the foot of its
/// curve comes only after several months of climbing, and each single step can look bad (the
/// marginal return at the foot is low). A one-month plan then walks such a channel down; a
/// plan over several months sees the climb.
///
/// The problem is the oracle's (``HorizonProblem``) on a world whose truth is the beliefs:
/// every month has this month's budget and rules, `current` anchors month 0, and each
/// channel-month carries the channel's believed curve and its draws, with the objective
/// ``Risk/mean`` (the expected outcome over the draws: the risk-aware optimiser, exact for the
/// mean). Future budgets are taken equal to this month's (they are not known).
struct LookaheadPlan {
    /// Months planned (≥ 1).
    let months: Int
    let optimizer: Optimizer

    /// Month 0's plan, or nil when the problem cannot be built or solved.
    ///
    /// - Parameters:
    ///   - rules: This month's rules (each channel's `current`: last month's spend).
    ///   - curves: The believed curve per channel.
    ///   - draws: Curves drawn per channel (empty: plan for `curves`).
    ///   - firstMonth: Per channel, the spends month 0 may have instead of its change limit
    ///     around `current` (nil: the change limit); later months keep the change limit.
    func plan(rules: Scenario, curves: [Curve], draws: [[Curve]], firstMonth: [ClosedRange<Double>?] = []) -> [Double]? {
        guard let budget = rules.budget?.amount else { return nil }
        let n = rules.channels.count
        let start = rules.channels.map { $0.current ?? 0 }
        guard let world = try? World(
            name: rules.name, currency: nil, source: .scenario, curves: curves, monthLabels: (0..<months).map { "\($0 + 1)" },
            budgets: Array(repeating: budget, count: months), multipliers: Array(repeating: Array(repeating: 1, count: n), count: months),
            baseline: Array(repeating: 0, count: months), residuals: [], noise: .logNormal(sigma: 0), ruleTemplate: rules,
            startingPlan: start)
        else { return nil }
        var scenario = HorizonProblem(world: world).scenario()
        for (i, range) in firstMonth.enumerated() where i < n {
            guard let range else { continue }
            scenario.channels[i].min = range.lowerBound
            scenario.channels[i].max = range.upperBound
        }
        if draws.count == n, draws.contains(where: { !$0.isEmpty }) {
            scenario.risk = .mean
            let count = draws.map(\.count).max() ?? 1
            for t in 0..<months {
                for i in 0..<n { scenario.channels[t * n + i].draws = draws[i].count == count ? draws[i] : Array(repeating: curves[i], count: count) }
            }
        }
        guard let result = try? optimizer.optimize(scenario) else { return nil }
        return Array(result.spend[0..<n])
    }
}
