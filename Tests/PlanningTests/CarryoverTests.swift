import BudgetModel
import Optimizer
import TestSupport
import Testing
@testable import Planning

/// Two months, two channels with curves β·√x, carryover on one: solved by hand.
///
/// With θ_a = 0.5 and T = 2, a's month-1 spend counts w = 1 + 0.5 = 1.5 times, its month-2
/// spend once; b carries nothing. Maximising Σ c_k·√x_k with Σ x_k = B gives x_k = B·c_k²/Σc²
/// (equal marginals c_k/(2√x_k)), value √(B·Σc²). With β_a = 10, β_b = 12: c = (15, 12, 10, 12),
/// Σc² = 613; at B = 613, x = (225, 144, 100, 144) and the outcome is 613. By month:
/// C_a1 = 10·15 = 150, C_b1 = 144; C_a2 = 10·10 + 0.5·150 = 175, C_b2 = 144. A carry-in of 40
/// for a adds 0.5·40 = 20 in month 1 and 0.25·40 = 10 in month 2.
@Suite struct CarryoverTests {
    static func yaml(carryIn: Double) -> String {
        """
        name: carryover by hand
        channels:
          - { name: a, curve: { type: power, beta: 10, exponent: 0.5 } }
          - { name: b, curve: { type: power, beta: 12, exponent: 0.5 } }
        horizon:
          months: 2
          budget: { total: 613 }
          carryover: { a: { share: 0.5, carry_in: \(carryIn) } }
        """
    }

    @Test func twoMonthsTwoChannels() throws {
        let result = try plan(Self.yaml(carryIn: 0), tolerance: 1e-7)
        let expected: [[Double]] = [[225, 144], [100, 144]]
        for t in 0..<2 {
            for i in 0..<2 { #expect(abs(result.spend[t][i] - expected[t][i]) < 0.05, "month \(t + 1) channel \(i)") }
        }
        #expect(isClose(result.months[0].outcome, 294, relative: 1e-4))
        #expect(isClose(result.months[1].outcome, 319, relative: 1e-4))
        #expect(isClose(result.totalOutcome, 613, relative: 1e-6))
        // The marginal return over the horizon is equal everywhere: c_k/(2√x_k) = 1/2.
        for month in result.months { for channel in month.channels { #expect(isClose(channel.marginalROI, 0.5, relative: 1e-3)) } }
    }

    @Test func carryInAddsItsGeometricTail() throws {
        let result = try plan(Self.yaml(carryIn: 40), tolerance: 1e-7)
        #expect(abs(result.spend[0][0] - 225) < 0.05)
        #expect(isClose(result.months[0].outcome, 314, relative: 1e-4))
        #expect(isClose(result.months[1].outcome, 329, relative: 1e-4))
        #expect(isClose(result.objective, 643, relative: 1e-6))
    }
}
