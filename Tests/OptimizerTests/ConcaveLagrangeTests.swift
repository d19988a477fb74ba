import BudgetModel
import Foundation
import Optimizer
import TestSupport
import Testing

/// Concave curves under a budget and bounds: the optimiser against the exact
/// equal-marginal-return solution (bisection on the Lagrange multiplier).
@Suite struct ConcaveLagrangeTests {
    static let curves: [Curve] = [
        .hill(beta: 900_000, halfSaturation: 200_000, shape: 1.0),
        .hill(beta: 500_000, halfSaturation: 80_000, shape: 0.7),
        .exponential(beta: 400_000, scale: 150_000),
        .log(beta: 120_000, scale: 30_000),
        .power(beta: 900, exponent: 0.5),
    ]

    private func scenario(bounds: [(Double, Double)], budget: Double) -> Scenario {
        Scenario(
            name: "lagrange", budget: .total(budget),
            channels: Self.curves.indices.map { i in
                Channel(name: "c\(i)", min: bounds[i].0, max: bounds[i].1, curve: Self.curves[i])
            })
    }

    @Test(arguments: [400_000.0, 1_000_000, 2_500_000])
    func matchesEqualMarginalSolution(budget: Double) throws {
        let bounds: [(Double, Double)] = [(50_000, 600_000), (0, 400_000), (20_000, 500_000), (0, 300_000), (10_000, 900_000)]
        let result = try Optimizer().optimize(scenario(bounds: bounds, budget: budget))
        let reference = equalMarginalAllocation(
            marginals: Self.curves.map { curve in { curve.marginal($0) } }, bounds: bounds, budget: budget)
        let best = Self.curves.indices.reduce(0) { $0 + Self.curves[$1].outcome(reference.x[$1]) }

        #expect(result.method == .lp)
        #expect(relativeGap(achieved: result.totalOutcome, best: best) <= 1e-4)
        #expect(result.totalOutcome <= best * (1 + 1e-9))  // nothing beats the exact optimum
        #expect(result.gap <= 1e-4)
        #expect(result.bound >= best * (1 - 1e-9))  // the reported bound really bounds it
        #expect(isClose(result.totalSpend, budget, relative: 1e-9))
        // The budget's shadow price is the multiplier λ.
        let budgetRule = try #require(result.rules.first { $0.rule == .budget })
        #expect(budgetRule.binding)
        #expect(isClose(budgetRule.shadowPrice, reference.lambda, relative: 0.02))
    }
}
