import BudgetModel
import Foundation
import Optimizer
import Testing

/// The fuzz finding `solver-timeout-profit-scurve-share` (Tests/FuzzTests/regressions/scenario):
/// a profit objective where no channel pays for itself, so the best plan spends nothing and its
/// profit is exactly 0. Before the fix the MILP bound was widened by `10⁻⁷·max(|U|, 1)`, so an
/// optimum of 0 read as a 100% gap, 60 rounds ran, the optional polish stalled GLPK for 65 s and
/// the run ended with exit 1. Checked here against a brute-force grid on the true curves.
@Suite struct ZeroOptimumTests {
    static let finding = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FuzzTests/regressions/scenario/solver-timeout-profit-scurve-share.yaml")

    /// Best profit over a grid of spends (step `step`, total within the budget), with every rule
    /// of the finding written out here (not the library's checker): `min_buy` (0 or at least it),
    /// the group's `min_share` (`group ≥ s·total`), the linear rule's `max`.
    static func gridBest(_ scenario: Scenario, value: Double, step: Double) -> (profit: Double, plan: [Double]) {
        let n = scenario.channels.count
        guard case let .atMost(budget)? = scenario.budget, let share = scenario.groupRules.first,
              let s = share.minShare, let rule = scenario.linearRules.first, let ruleMax = rule.max else {
            Issue.record("the finding's rules changed")
            return (-.infinity, [])
        }
        let members = Set(scenario.members(of: share.group))
        let levels = Int(budget / step)
        var best = (profit: -Double.infinity, plan: [Double]())
        var units = [Int](repeating: 0, count: n)
        func visit(_ i: Int, _ left: Int) {
            guard i < n else {
                let plan = units.map { Double($0) * step }
                let total = plan.reduce(0, +)
                for (c, x) in zip(scenario.channels, plan) where x > 0 && x < (c.minBuy ?? 0) { return }
                if members.reduce(0.0, { $0 + plan[$1] }) < s * total { return }
                if rule.terms.reduce(0.0, { $0 + $1.coefficient * plan[$1.channel] }) > ruleMax { return }
                let outcome = zip(scenario.channels, plan).reduce(0.0) { $0 + $1.0.curve.outcome($1.1) }
                let profit = value * outcome - total
                if profit > best.profit { best = (profit, plan) }
                return
            }
            for u in 0...left {
                units[i] = u
                visit(i + 1, left - u)
            }
            units[i] = 0
        }
        visit(0, levels)
        return best
    }

    @Test func noChannelPaysForItselfSoTheProvenPlanSpendsNothing() throws {
        let scenario = try Scenario.parse(yaml: String(contentsOf: Self.finding, encoding: .utf8))
        guard case let .maximizeProfit(value, _) = scenario.objective else {
            Issue.record("not a profit objective: \(scenario.objective)")
            return
        }
        let result = try Optimizer().optimize(scenario)
        let grid = Self.gridBest(scenario, value: value, step: 10_000)
        #expect(grid.profit == 0 && grid.plan.allSatisfy { $0 == 0 })  // every plan that spends loses
        #expect(result.isProven)
        #expect(result.spend == [0, 0, 0, 0])
        #expect(result.objective == grid.profit)
        #expect(result.bound >= grid.profit && result.bound <= 1e-6)
        #expect(scenario.violations(of: result.spend).isEmpty)  // spending nothing meets min_share
    }

    /// The same problem at the story's value of a lead (2,000 CNY, not the fuzzer's 392): plans
    /// spend, and the proven plan is at least as good as the best grid plan, up to the tolerance.
    @Test func atTheStorysValueTheProvenPlanMatchesTheGrid() throws {
        var scenario = try Scenario.parse(yaml: String(contentsOf: Self.finding, encoding: .utf8))
        guard case let .maximizeProfit(_, minROI) = scenario.objective else {
            Issue.record("not a profit objective: \(scenario.objective)")
            return
        }
        scenario.objective = .maximizeProfit(valuePerOutcome: 2000, minROI: minROI)
        let result = try Optimizer().optimize(scenario)
        let grid = Self.gridBest(scenario, value: 2000, step: 10_000)
        #expect(grid.profit > 0)
        #expect(result.isProven)
        #expect(result.bound >= grid.profit)
        #expect(result.objective >= grid.profit - 1e-4 * abs(result.bound))
        #expect(scenario.violations(of: result.spend).isEmpty)
    }
}
