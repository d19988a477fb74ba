import BudgetModel
import Testing

/// The `horizon:` section: what it reads, and errors that name the field.
@Suite struct HorizonParsingTests {
    static func scenario(_ horizon: String) -> String {
        """
        name: h
        channels:
          - { name: douyin, group: core, curve: { type: log, beta: 100, scale: 50 } }
          - { name: tmall, curve: { type: log, beta: 100, scale: 50 } }
        horizon:
        \(horizon)
        """
    }

    @Test func readsEverySection() throws {
        let scenario = try Scenario.parse(yaml: Self.scenario("""
              start: 2027-11
              months: 3
              budget: { total: 3000, per_month: { min: 500, max: 1500 } }
              seasonality: { default: [1, 2, 3], tmall: [0.5, 1, 1] }
              events: [{ name: double-11, month: 2027-11, multipliers: { tmall: 2 } }, { name: x, month: 3, multipliers: { douyin: 1.5 } }]
              carryover: { douyin: 0.3, tmall: { share: 0.2, carry_in: 40 } }
              constraints: { channels: { tmall: { min: 100 } }, groups: { core: { min_share: 0.5 } } }
            """))
        let horizon = try #require(scenario.horizon)
        #expect(horizon.months == 3 && horizon.label(2) == "2028-01")
        #expect(horizon.budget == HorizonBudget(total: .total(3000), perMonth: .bounds(min: 500, max: 1500)))
        #expect(horizon.multiplier(channel: 1, month: 0) == 1.0)  // 0.5 × the event's 2
        #expect(horizon.multiplier(channel: 0, month: 2) == 4.5)  // 3 × 1.5
        #expect(horizon.multiplier(channel: 0, month: 1) == 2)
        #expect(horizon.carryover == [Carryover(share: 0.3), Carryover(share: 0.2, carryIn: 40)])
        #expect(horizon.rules.channels.first?.min == 100 && horizon.rules.groups.first?.minShare == 0.5)
    }

    @Test(arguments: [
        ("  months: 2\n  budget: { total: 10 }\n  seasonality: { default: [1] }", "horizon.seasonality.default: needs one multiplier per month: 2 values, found 1"),
        ("  months: 2\n  budget: { total: 10 }\n  events: [{ name: e, month: 2027-02, multipliers: { tmall: 2 } }]", "horizon.events[0].month: a YYYY-MM month needs 'horizon.start'"),
        ("  start: 2027-01\n  months: 2\n  budget: { total: 10 }\n  events: [{ name: e, month: 2027-05, multipliers: { tmall: 2 } }]", "2027-05 is outside the horizon (2027-01 to 2027-02)"),
        ("  months: 2\n  budget: { total: 10 }\n  events: [{ name: e, month: 1, multipliers: { tv: 2 } }]", "horizon.events[0].multipliers.tv: unknown channel 'tv'"),
        ("  months: 2\n  budget: { total: 10, per_month: [5, 5] }", "horizon.budget: with fixed amounts per month, leave out 'total'"),
        ("  months: 2\n  budget: { per_month: [5] }", "horizon.budget.per_month: needs one amount per month: 2 values, found 1"),
        ("  months: 2\n  budget: { total: 10 }\n  carryover: { douyin: 1.0 }", "horizon.carryover.douyin: the carried share must be in [0, 1)"),
        ("  months: 2\n  budget: { total: 10 }\n  season: {}", "horizon.season: unknown key 'season'"),
        ("  months: 0\n  budget: { total: 10 }", "horizon.months: must be a whole number ≥ 1 (found 0)"),
        ("  months: 2.5\n  budget: { total: 10 }", "horizon.months: must be a whole number ≥ 1 (found 2.5)"),
        ("  start: 2027-13\n  months: 2\n  budget: { total: 10 }", "horizon.start: expected a month as YYYY-MM"),
    ])
    func errorsNameTheField(_ horizon: String, _ expected: String) {
        do {
            _ = try Scenario.parse(yaml: Self.scenario(horizon))
            Issue.record("expected an error containing \(expected)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test func topLevelBudgetAndPerMonthAmountsConflict() {
        let yaml = Self.scenario("  months: 2\n  budget: { per_month: [5, 5] }").replacingOccurrences(of: "name: h\n", with: "name: h\nbudget: { total: 5 }\n")
        #expect(throws: ScenarioError.self) { try Scenario.parse(yaml: yaml) }
    }
}

#if canImport(Foundation)
import Foundation
#endif
