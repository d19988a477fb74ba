import BudgetModel
import Foundation
import Optimizer
import Testing

/// The budget's shadow price when one channel takes all of it. That channel's linearised range
/// ends at the budget, so the budget row, the spend column's implied bound and the last segment
/// are full together and GLPK may put the dual on any of them: one exponential channel with a
/// budget of 100 was priced 0 ("a small change would not change the outcome"), where one more
/// unit pays `f'(100) = (β/s)·e^(−100/s)`. Checked within 2% (the chord next to the plan), on
/// the cell route (no `linear` rule) and on the full model (with one).
@Suite struct WholeBudgetPriceTests {
    static let exact = 1000.0 / 100 * exp(-1)
    /// Channel `a` (`β = 1000`, `s = 100`) and a budget of exactly 100 (``CapAtZeroTests`` adds a
    /// second channel capped at 0).
    static let oneChannel = """
        budget: { total: 100 }
        objective: { maximize: outcome }
        channels:
          - name: a
            curve: { type: exponential, beta: 1000, scale: 100 }
        """

    @Test(arguments: [false, true])
    func oneChannelTakingTheWholeBudgetPricesItAtItsMarginalReturn(withLinearRule: Bool) throws {
        let rule = """

            constraints:
              linear:
                - name: r
                  terms: { a: 1 }
                  max: 1000
            """
        let scenario = try Scenario.parse(yaml: Self.oneChannel + (withLinearRule ? rule : ""))
        let result = try Optimizer().optimize(scenario)
        let budget = try #require(result.rules.first { $0.name == "budget" })
        #expect(budget.binding)
        #expect(abs(budget.shadowPrice - Self.exact) <= 0.02 * Self.exact)
    }
}
