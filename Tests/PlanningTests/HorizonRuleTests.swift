import BudgetModel
import Optimizer
import TestSupport
import Testing
@testable import Planning

/// Rules over the whole horizon, solved by hand with linear curves (ROI 1 for a, 2 for b) and
/// 100 a month for two months: without rules b gets all 200 (outcome 400). A yearly minimum of
/// 60 for a (or a 30% share of the year for its group) costs 1 per unit: outcome 60 + 2·140 =
/// 340, shadow price −1 per unit (−200 per 1.0 of share). After a first month of a = 50,
/// b = 50, only 10 of a's minimum is left for month 2.
@Suite struct HorizonRuleTests {
    static func yaml(_ rule: String) -> String {
        """
        name: yearly rules
        budget: { total: 100 }
        channels:
          - { name: a, group: brand, curve: { type: linear, roi: 1 } }
          - { name: b, curve: { type: linear, roi: 2 } }
        horizon:
          months: 2
          constraints: { \(rule) }
        """
    }

    @Test(arguments: [("channels: { a: { min: 60 } }", "a total", -1.0), ("groups: { brand: { min_share: 0.3 } }", "group brand min_share", -200.0)])
    func yearlyMinimumCostsItsROIGap(_ rule: String, _ name: String, _ price: Double) throws {
        let result = try plan(Self.yaml(rule))
        #expect(isClose(result.totalOutcome, 340, relative: 1e-9))
        #expect(isClose(result.spend[0][0] + result.spend[1][0], 60, relative: 1e-9))
        let found = try #require(result.rules.first { $0.name == name && $0.month == nil })
        #expect(found.binding && isClose(found.shadowPrice, price, relative: 1e-6))
    }

    @Test func replanningCountsTheSpendSoFar() throws {
        let scenario = try Scenario.parse(yaml: Self.yaml("channels: { a: { min: 60 } }"))
        let result = try Planner().replan(scenario, actuals: Actuals(spend: [[50, 50]], outcome: [[nil, nil]]))
        #expect(isClose(result.spend[1][0], 10, relative: 1e-9) && isClose(result.spend[1][1], 90, relative: 1e-9))
        #expect(isClose(result.totalOutcome, 50 + 100 + 10 + 180, relative: 1e-9))
    }
}
