import BudgetModel
import TestSupport
import Testing

@testable import Fitting

/// Adstock, hill and the monthly curve derived from them.
@Suite struct MediaResponseTests {
    /// θ = 0.5, spend (100, 0, 50, 0): A = 100; 0 + 50 = 50; 50 + 25 = 75; 0 + 37.5 = 37.5.
    @Test func adstockByHand() {
        let response = MediaResponse(carryover: 0.5, halfSaturation: 50, shape: 2, beta: 10)
        #expect(response.adstock([100, 0, 50, 0]) == [100, 50, 75, 37.5])
        // hill(100) = 100²/(100² + 50²) = 0.8; hill(50) = 0.5; hill(75) = 5625/8125.
        let contributions = response.contributions([100, 0, 50, 0])
        #expect(isClose(contributions[0], 8))
        #expect(isClose(contributions[1], 5))
        #expect(isClose(contributions[2], 10 * 5625 / 8125))
        #expect(MediaResponse(carryover: 0, halfSaturation: 1, shape: 1, beta: 1).contributions([0, 0]) == [0, 0])
    }

    /// δ = 1.5, θ = 0.5, spend (100, 0, 0, 0, 0): the delayed spend is half of 100 one period
    /// later and half two periods later, x′ = (0, 50, 50, 0, 0); A = (0, 50, 75, 37.5, 18.75).
    /// A delay moves the effect, not its size: the long-run marginal is the same as without.
    @Test func delayedAdstockByHand() {
        let response = MediaResponse(carryover: 0.5, halfSaturation: 50, shape: 1, beta: 10, delay: 1.5)
        #expect(response.adstock([100, 0, 0, 0, 0]) == [0, 50, 75, 37.5, 18.75])
        var plain = response
        plain.delay = 0
        #expect(response.longRunMarginal(spendPerPeriod: 40) == plain.longRunMarginal(spendPerPeriod: 40))
        #expect(MediaResponse(carryover: 0, halfSaturation: 1, shape: 1, beta: 1, delay: 2).adstock([1, 2, 3, 4]) == [0, 0, 1, 2])
    }

    /// Sustaining spend m per month (m/p per period) long enough to reach the steady adstock,
    /// a month of p periods yields p·β·hill(A*) — what the monthly curve says at m.
    @Test(arguments: [(52.1775 / 12, 0.6), (1.0, 0.3), (365.25 / 12, 0.95)])
    func monthlyCurveMatchesConstantSpendSimulation(periodsPerMonth p: Double, carryover: Double) {
        let response = MediaResponse(carryover: carryover, halfSaturation: 800, shape: 1.7, beta: 120)
        let curve = response.monthlyCurve(periodsPerMonth: p)
        guard case let .hill(beta, k, s) = curve else {
            Issue.record("the monthly curve must be a hill curve")
            return
        }
        #expect(isClose(beta, p * 120) && isClose(k, 800 * p * (1 - carryover)) && s == 1.7)
        for monthly in [500.0, 2000, 9000] {
            let perPeriod = monthly / p
            let settled = response.contributions(Array(repeating: perPeriod, count: 2000)).last ?? 0
            #expect(isClose(curve.outcome(monthly), p * settled, relative: 1e-9))
        }
    }

    /// The long-run marginal is the slope of the steady contribution per period in the spend
    /// per period, and equals the monthly curve's marginal at m = p·x.
    @Test func longRunMarginal() {
        let response = MediaResponse(carryover: 0.4, halfSaturation: 300, shape: 1.3, beta: 90)
        let x = 250.0
        let steady: (Double) -> Double = { response.contributions(Array(repeating: $0, count: 400)).last ?? 0 }
        let numeric = (steady(x + 1e-3) - steady(x - 1e-3)) / 2e-3
        #expect(isClose(response.longRunMarginal(spendPerPeriod: x), numeric, relative: 1e-6))
        let p = 52.1775 / 12
        #expect(isClose(response.monthlyCurve(periodsPerMonth: p).marginal(x * p), numeric, relative: 1e-6))
    }

    @Test func parameterTransformRoundTrips() {
        let parameters = [
            MediaParameters(carryover: 0.3, saturation: 1.2, shape: 1.8),
            MediaParameters(carryover: 0.75, saturation: 0.4, shape: 0.9, delay: 2.5),
        ]
        let decoded = MediaParameters.decode(MediaParameters.encode(parameters))
        for (a, b) in zip(parameters, decoded) {
            #expect(isClose(a.carryover, b.carryover, relative: 1e-12))
            #expect(isClose(a.saturation, b.saturation, relative: 1e-12))
            #expect(isClose(a.shape, b.shape, relative: 1e-12))
            #expect(abs(a.delay - b.delay) < 1e-12)
        }
        // Every real vector maps into the box.
        for p in MediaParameters.decode([-50, -50, -50, -50, 50, 50, 50, 50]) {
            #expect((0...4).contains(p.delay))
            #expect(MediaParameters.carryoverRange.contains(p.carryover))
            #expect(MediaParameters.saturationRange.contains(p.saturation))
            #expect(MediaParameters.shapeRange.contains(p.shape))
        }
    }
}
