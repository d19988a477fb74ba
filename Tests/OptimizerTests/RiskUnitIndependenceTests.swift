import BudgetModel
import Foundation
import Optimizer
import Testing
import TestSupport

/// Risk objectives (`objective.risk`) go through the same unit rescaling as point curves: the
/// bundled uncertain-curves example, its draws scaled with it, gives the same plan, scaled,
/// with a valid bound, at every factor (the reference is the example as written).
@Suite struct RiskUnitIndependenceTests {
    static let path = UnitIndependenceTests.root.appendingPathComponent("Scenarios/uncertain-curves.yaml").path

    @Test(arguments: [Risk.mean, .cvar(level: 0.2), .chance(probability: 0.8)])
    func samePlanAtEveryScale(risk: Risk) throws {
        var base = try Scenario.load(path: Self.path)
        base.risk = risk
        // The CVaR is flat near its optimum: plans 0.1% of the budget apart are both within the
        // proven gap (10⁻⁴), so plans are compared within 1% of the budget; objectives within 0.02%.
        try UnitIndependenceTests.expectSamePlan(base, factors: [1e-3, 2e4, 1e12], label: risk.name, planTolerance: 1e-2)
    }

    /// Outcome in one unit and money in another: profit with `value_per_outcome` and CVaR.
    @Test func profitWithOutcomeUnitAlone() throws {
        var base = try Scenario.load(path: Self.path)
        base.risk = .cvar(level: 0.2)
        base.objective = .maximizeProfit(valuePerOutcome: 0.5, minROI: nil)
        let reference = try Optimizer().optimize(base)
        let result = try Optimizer().optimize(Scaling.scaled(base, money: 1, outcome: 1e-6))
        #expect(isClose(result.objective, reference.objective, relative: 2e-4), "\(result.objective) vs \(reference.objective)")
        #expect(isClose(result.totalSpend, reference.totalSpend, relative: 1e-3))
        #expect(result.bound >= result.objective * (1 - 1e-9))
    }
}
