import BudgetModel
import Optimizer
import TestSupport
import Testing
@testable import Planning

/// One channel with f(x) = β(1 − e^(−x/s)) over two months, an event multiplying month 2 by e.
/// Equal marginals e·e^(−x₂/s) = e^(−x₁/s) give x₂ − x₁ = s·ln e, so with x₁ + x₂ = B the event
/// month gets B/2 + (s/2)·ln e (clamped to the month bounds): money moves into it exactly when
/// e > 1, out of it when e < 1, and not at all when e = 1.
@Suite struct EventTests {
    static func yaml(_ e: Double, channel: String = "brand") -> String {
        """
        name: event month
        channels:
          - { name: brand, curve: { type: exponential, beta: 1000000, scale: 100000 } }
          - { name: other, max: 1000, curve: { type: linear, roi: 0.001 } }
        horizon:
          start: 2027-10
          months: 2
          budget: { total: 200000, per_month: { min: 20000, max: 180000 } }
          events:
            - { name: double-11, month: 2027-11, multipliers: { \(channel): \(e) } }
        """
    }

    @Test(arguments: [0.7, 1.0, 1.3, 2.5, 10.0])
    func eventMonthGetsWhatMarginalReturnsSay(_ e: Double) throws {
        let result = try plan(Self.yaml(e), tolerance: 1e-7)
        let expected = min(max(100_000 + 50_000 * log(e), 20_000), 180_000)
        #expect(abs(result.months[1].spend - expected) < 20, "e = \(e): \(result.months[1].spend) vs \(expected)")
        #expect(result.months[1].label == "2027-11")
        if e == 10 {
            // 100,000 + 50,000·ln 10 ≈ 215,129 > 180,000: the month's cap binds, and moving one more
            // unit into November would add its marginal return less October's.
            let gain = result.valueOfMoving(from: 0, to: 1)!
            let curve = Curve.exponential(beta: 1_000_000, scale: 100_000)
            #expect(isClose(gain, 10 * curve.marginal(180_000) - curve.marginal(20_000), relative: 1e-3))
        }
    }

    @Test func anEventOnAnotherChannelMovesNothing() throws {
        let result = try plan(Self.yaml(3, channel: "other"), tolerance: 1e-7)
        #expect(abs(result.months[1].spend - 100_000) < 20)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
