import BudgetModel
import Foundation
import TestSupport
import Testing
@testable import Optimizer

/// The column-generation path (a warm-started master over sampled points, a Lagrangian bound)
/// against a case solved by hand.
///
/// f_a = 300,000·ln(1 + x/40,000), f_b = 100,000·ln(1 + x/40,000), budget 100,000, and the
/// rule a − b ≤ 0. Unconstrained, equal marginals 300,000/(40,000 + x_a) = 100,000/(40,000 + x_b)
/// give x_a = 95,000; the rule binds, so x_a = x_b = 50,000. KKT: f_a' − λ − μ = 0 and
/// f_b' − λ + μ = 0 with f_a' = 300,000/90,000 = 10/3 and f_b' = 100,000/90,000 = 10/9, so the
/// budget's price is λ = (f_a' + f_b')/2 = 20/9 and the rule's μ = (f_a' − f_b')/2 = 10/9.
@Suite struct ColumnGenerationTests {
    static let yaml = """
        name: a rule that binds
        budget: { total: 100000 }
        channels:
          - { name: a, curve: { type: log, beta: 300000, scale: 40000 } }
          - { name: b, curve: { type: log, beta: 100000, scale: 40000 } }
        constraints:
          linear:
            - { name: a not above b, terms: { a: 1, b: -1 }, max: 0 }
        """

    static func check(_ result: OptimizationResult) {
        #expect(isClose(result.spend[0], 50_000, relative: 1e-6))
        #expect(isClose(result.spend[1], 50_000, relative: 1e-6))
        let best = 400_000 * log(1 + 50_000.0 / 40_000)
        #expect(isClose(result.objective, best, relative: 1e-9))
        #expect(result.bound >= best * (1 - 1e-12))
        #expect(result.isProven)
        let budget = result.rules.first { $0.rule == .budget }
        let rule = result.rules.first { $0.rule == .linear("a not above b") }
        #expect(isClose(budget?.shadowPrice, 20.0 / 9, relative: 1e-4))
        #expect(isClose(rule?.shadowPrice, 10.0 / 9, relative: 1e-4))
        #expect(rule?.binding == true)
    }

    @Test func solverMatchesTheHandSolution() throws {
        let scenario = try Scenario.parse(yaml: Self.yaml)
        let solved = ColumnGenerationSolver(scenario: scenario, options: OptimizerOptions(tolerance: 1e-7)).optimize()
        let result = try #require(solved)
        Self.check(result)
    }

    /// Through ``Optimizer/optimize(_:)``: rescaled, certified and reported in the scenario's units.
    @Test func optimizerTakesThePathAndKeepsItsMeaning() throws {
        let scenario = try Scenario.parse(yaml: Self.yaml)
        var options = OptimizerOptions(tolerance: 1e-7)
        options.columnGeneration = true
        Self.check(try Optimizer(options: options).optimize(scenario))
    }
}
