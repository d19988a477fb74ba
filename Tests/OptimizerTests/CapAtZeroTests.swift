import BudgetModel
import Foundation
import Optimizer
import Testing

/// Caps that fix a channel's spend at 0 (`max: 0`), from the fuzz finding
/// `concave-chords-roundoff.yaml` (Tests/FuzzTests/regressions/scenario): a 45-s run of 60
/// MILP rounds that ended "feasible, 0.013%" on a problem with only concave curves.
@Suite struct CapAtZeroTests {
    /// Two exponential channels `f = β(1 − e^(−x/s))`, a budget of exactly 100, the second
    /// channel capped at 0. All of the budget goes to A, so the budget's price is
    /// `λ = f_A'(100) = (β_A/s_A)·e^(−100/s_A)`, and one more unit of B's cap is worth
    /// `f_B'(0) − λ = β_B/s_B − λ` (positive: B's first unit pays more than A's last), within
    /// 2% (the chord next to the plan, as in ``ConcaveLagrangeTests``). In the bundled B2C
    /// example with three caps of 0 the caps were priced negative: a column fixed at [0, 0]
    /// may carry any reduced cost the curve row allows.
    @Test func aCapOfZeroIsPricedAtTheFirstUnitsWorth() throws {
        let scenario = try Scenario.parse(yaml: WholeBudgetPriceTests.oneChannel + """

              - name: b
                max: 0
                curve: { type: exponential, beta: 300, scale: 50 }
            """)
        let result = try Optimizer().optimize(scenario)
        let lambda = WholeBudgetPriceTests.exact
        let cap = try #require(result.rules.first { $0.name == "b max" })
        #expect(cap.binding)
        #expect(abs(cap.shadowPrice - (300.0 / 50 - lambda)) <= 0.02 * (300.0 / 50 - lambda))
        let budget = try #require(result.rules.first { $0.name == "budget" })
        #expect(abs(budget.shadowPrice - lambda) <= 0.02 * lambda)  // see WholeBudgetPriceTests
    }

    /// The finding without its mutated bytes and its search channel: the group `search`
    /// holds only `seo_content`, capped at 0, so its 35% floor forces every channel to 0 and
    /// the best profit is exactly 0. The bound was 31 CNY (GLPK met `x = Σδ` only to 10⁻⁷, and
    /// the power curve's first segment is very steep), a 100% gap no refinement closed.
    @Test func aFixedChannelAddsNoOutcomeToTheBound() throws {
        let result = try Optimizer().optimize(Scenario.parse(yaml: Self.finding(withSearch: false)))
        #expect(result.spend.allSatisfy { $0 == 0 })
        #expect(result.objective == 0)
        #expect(result.bound == 0)
        #expect(result.isProven)
    }

    /// With the search channel back the curves are all concave (log, power, `points`), so
    /// the problem is an LP: chords 10⁻¹⁰ wide after many refinements used to look
    /// non-concave by rounding, turning it into a MILP.
    @Test func concaveCurvesStayAnLP() throws {
        let result = try Optimizer().optimize(Scenario.parse(yaml: Self.finding(withSearch: true)))
        #expect(result.method != .milp)
        #expect(result.isProven)
        #expect(result.iterations < 10)
    }

    static func finding(withSearch: Bool) -> String {
        let search = """
              - name: baidu_sem
                group: search
                current: 150001
                curve: { type: log, beta: 75, scale: 40000 }

            """
        return """
            budget: { max: 599999 }
            objective: { maximize: profit, value_per_outcome: 2000 }
            channels:
            \(withSearch ? search : "")  - name: seo_content
                group: search
                current: 20000
                max: 0
                curve: { type: power, beta: 1.0189, exponent: 0.7 }
              - name: industry_forums
                curve: { type: points, points: [[0, 0], [150000, 100], [250000, 145], [400000, 175]] }
              - name: white_papers
                curve: { type: points, points: [[0, 0], [150000, 100], [250000, 145], [400000, 175]] }
              - name: w
                current: 40000
                curve: { type: log, beta: 30, scale: 30000 }
            constraints:
              groups:
                search: { min_share: 0.35 }
              linear:
                - name: hours
                  terms: { seo_content: 5.002, white_papers: 0.005 }
                  max: 300
            """
    }
}
