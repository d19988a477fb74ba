import BudgetModel
@testable import Optimizer
import Testing
import TestSupport

/// Every proof is checked (issue 11, point 2): a bound on the wrong side of the plan, or a plan
/// that breaks a rule, is a failure, never "optimal"; and the budget's shadow price agrees with
/// solving again at a slightly larger budget, with a `buy_unit` channel in the plan.
@Suite struct CertificateTests {
    static let scenario = Scenario(
        name: "c", budget: .total(1000),
        channels: [
            Channel(name: "a", curve: .log(beta: 900, scale: 300)), Channel(name: "b", curve: .log(beta: 300, scale: 100)),
        ])

    private func result(spend: [Double], bound: Double) -> OptimizationResult {
        let evaluator = PlanEvaluator(scenario: Self.scenario)
        let objective = evaluator.objective(spend)
        return OptimizationResult(
            scenario: Self.scenario, spend: spend, channels: evaluator.channelResults(spend), rules: [], objective: objective,
            bound: bound, gap: evaluator.relativeGap(value: objective, bound: bound), totalSpend: spend.reduce(0, +),
            totalOutcome: objective, tolerance: 1e-4, method: .lp, iterations: 1, breakpoints: 2, seconds: 0)
    }

    private func check(_ result: OptimizationResult) throws(OptimizerError) {
        let scaling = ModelScaling(for: Self.scenario)
        try Certificate(scenario: Self.scenario, internalScenario: scaling.scaled(Self.scenario), scaling: scaling).check(result)
    }

    @Test func boundBelowThePlanIsRefused() throws {
        let plan = [700.0, 300.0]
        let value = PlanEvaluator(scenario: Self.scenario).objective(plan)
        #expect(throws: OptimizerError.self) { try check(result(spend: plan, bound: value * (1 - 1e-6))) }
        try check(result(spend: plan, bound: value * (1 + 1e-6)))
        try check(result(spend: plan, bound: .infinity))  // no bound claimed: "feasible", not a proof
    }

    @Test func planBreakingARuleIsRefused() {
        #expect(throws: OptimizerError.self) { try check(result(spend: [700, 290], bound: 2000)) }
        #expect(throws: OptimizerError.self) { try check(result(spend: [.nan, 300], bound: 2000)) }
    }

    /// Budget shadow price with a KOL bought in whole packages: equal to (V(B + δ) − V(B))/δ
    /// from solving again (δ small enough that no package decision changes), never 0 when the
    /// next unit of budget pays.
    @Test(arguments: [(1000.0, false), (1050, false), (1230, true), (1500, true)])
    func budgetShadowPriceWithWholeUnits(budget: Double, atMost: Bool) throws {
        func scenario(_ amount: Double) -> Scenario {
            Scenario(
                name: "kol", budget: atMost ? .atMost(amount) : .total(amount),
                channels: [
                    Channel(name: "kol", buyUnit: 200, curve: .hill(beta: 4000, halfSaturation: 600, shape: 1)),
                    Channel(name: "search", max: 600, curve: .log(beta: 1500, scale: 300)),
                    Channel(name: "feed", max: 400, curve: .exponential(beta: 900, scale: 250)),
                ])
        }
        let optimizer = Optimizer(options: OptimizerOptions(tolerance: 1e-7))
        let base = try optimizer.optimize(scenario(budget))
        let delta = 1.0
        let more = try optimizer.optimize(scenario(budget + delta))
        let less = try optimizer.optimize(scenario(budget - delta))
        let price = try #require(base.rules.first { $0.rule == .budget }?.shadowPrice)
        let right = (more.objective - base.objective) / delta
        let left = (base.objective - less.objective) / delta
        #expect(right > 0.5, "one more unit of budget pays here")
        #expect(price >= right - 2e-3 && price <= left + 2e-3, "shadow \(price), re-solve \(right)…\(left)")
    }
}
