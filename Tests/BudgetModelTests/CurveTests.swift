import BudgetModel
import Foundation
import TestSupport
import Testing

/// Curve formulas against values worked out by hand.
@Suite struct CurveTests {
    @Test func hill() {
        let curve = Curve.hill(beta: 100, halfSaturation: 10, shape: 2)
        #expect(isClose(curve.outcome(10), 50))  // half saturation
        #expect(isClose(curve.outcome(20), 80))  // 100·400/(400+100)
        // d/dx = β s Kˢ x^(s−1)/(xˢ+Kˢ)² at x = 10: 100·2·100·10/200² = 5.
        #expect(isClose(curve.marginal(10), 5))
        #expect(!curve.isConcave)
        #expect(isClose(curve.specialPoints.first, 10 / 3.0.squareRoot()))  // K·((s−1)/(s+1))^(1/s)
        #expect(Curve.hill(beta: 1, halfSaturation: 1, shape: 0.5).marginal(0) == .infinity)
        #expect(curve.supremum == 100)
    }

    @Test func concaveFamilies() {
        #expect(isClose(Curve.exponential(beta: 100, scale: 10).outcome(10), 100 * (1 - exp(-1))))
        #expect(isClose(Curve.exponential(beta: 100, scale: 10).marginal(0), 10))
        #expect(isClose(Curve.log(beta: 50, scale: 5).outcome(5), 50 * log(2.0)))
        #expect(isClose(Curve.log(beta: 50, scale: 5).marginal(5), 5))
        #expect(isClose(Curve.power(beta: 3, exponent: 0.5).outcome(16), 12))
        #expect(isClose(Curve.power(beta: 3, exponent: 0.5).marginal(16), 3 * 0.5 / 4))
        #expect(isClose(Curve.linear(roi: 2.5).outcome(4), 10))
        for curve in [Curve.exponential(beta: 1, scale: 1), .log(beta: 1, scale: 1), .power(beta: 1, exponent: 1), .linear(roi: 0)] {
            #expect(curve.isConcave)
        }
    }

    @Test func points() {
        let curve = Curve.points([CurvePoint(x: 0, y: 0), CurvePoint(x: 10, y: 5), CurvePoint(x: 20, y: 25)])
        #expect(isClose(curve.outcome(5), 2.5))
        #expect(isClose(curve.outcome(15), 15))
        #expect(isClose(curve.outcome(99), 25))  // flat past the last point
        #expect(isClose(curve.marginal(10), 2))  // right derivative at the kink
        #expect(curve.marginal(30) == 0)
        #expect(!curve.isConcave)  // slopes 0.5 then 2
        #expect(Curve.points([CurvePoint(x: 0, y: 0), CurvePoint(x: 1, y: 2), CurvePoint(x: 3, y: 3)]).isConcave)
    }

    @Test func scaling() {
        #expect(Curve.hill(beta: 10, halfSaturation: 2, shape: 1).scaled(by: 0.8) == .hill(beta: 8, halfSaturation: 2, shape: 1))
        #expect(isClose(Curve.log(beta: 10, scale: 1).scaled(by: 0.5).outcome(3), 5 * log(4.0)))
    }
}
