import Foundation
import TestSupport
import Testing

@testable import Fitting

/// The Weibull carryover kernel against the Weibull density computed here from its textbook
/// form, and what follows from it: the monthly curve, the long-run marginal, row sampling.
@Suite struct CarryoverKernelTests {
    /// The Weibull density `(k/λ)(x/λ)^(k−1)·exp(−(x/λ)^k)` at x = l + 1 with λ = −1/ln θ,
    /// divided by its largest value over l = 0…199.
    static func density(carryover θ: Double, shape k: Double) -> [Double] {
        let lambda = -1 / log(θ)
        let raw = (0..<200).map { l -> Double in
            let x = Double(l + 1) / lambda
            return (k / lambda) * pow(x, k - 1) * exp(-pow(x, k))
        }
        let top = raw.max() ?? 1
        return raw.map { $0 / top }
    }

    /// θ = 0.8, k = 3 (λ = 4.48 periods): a small first weight (0.126), the peak 3 periods after
    /// the spend (the continuous peak at λ·(2/3)^(1/3) − 1 = 2.9), the adstock of one unit of spend
    /// is the kernel, and a sustained unit settles at Σw.
    @Test func weightsAreTheWeibullDensity() throws {
        let w = try #require(CarryoverKernel.weights(carryover: 0.8, weibullShape: 3))
        let want = Self.density(carryover: 0.8, shape: 3)
        for l in w.indices { #expect(abs(w[l] - want[l]) < 1e-12, "lag \(l)") }
        #expect(want[w.count...].allSatisfy { $0 < 1e-9 })
        // The first weight relative to the peak at lag 3: (1/4)²·exp((4r)³ − r³), r = −ln 0.8.
        let r = -log(0.8)
        #expect(w.indices.max { w[$0] < w[$1] } == 3 && isClose(w[0], exp(pow(4 * r, 3) - pow(r, 3)) / 16, relative: 1e-12) && w[0] < 0.13)
        let response = MediaResponse(carryover: 0.8, halfSaturation: 1, shape: 1, beta: 1, weibullShape: 3)
        let pulse = response.adstock([1] + Array(repeating: 0, count: 30))
        for l in 0..<30 { #expect(abs(pulse[l] - (l < w.count ? w[l] : 0)) < 1e-12) }
        let sustained = response.adstock(Array(repeating: 1, count: 200)).last ?? 0
        #expect(isClose(sustained, response.totalWeight, relative: 1e-12))
        #expect(isClose(response.totalWeight, want.reduce(0, +), relative: 1e-9))
    }

    /// k = 1 is the geometric kernel: the recursion's adstock and θ^l; a shape just above 1
    /// gives nearly the same weights (the family is continuous at k = 1); θ = 0 is no carryover.
    @Test func shapeOneIsGeometric() throws {
        #expect(CarryoverKernel.weights(carryover: 0.6, weibullShape: 1) == nil)
        let near = try #require(CarryoverKernel.weights(carryover: 0.6, weibullShape: 1 + 1e-7))
        for l in 0..<20 { #expect(abs(near[l] - pow(0.6, Double(l))) < 1e-5) }
        let response = MediaResponse(carryover: 0.6, halfSaturation: 1, shape: 1, beta: 1, weibullShape: 1)
        for (got, want) in zip(response.adstock([10, 0, 0]), [10, 6, 3.6]) { #expect(isClose(got, want, relative: 1e-12)) }
        #expect(isClose(response.totalWeight, 2.5))
        #expect(MediaResponse(carryover: 0, halfSaturation: 1, shape: 1, beta: 1, weibullShape: 3).adstock([4, 0, 2]) == [4, 0, 2])
    }

    /// Sustaining m per month (m/p per period) until the adstock settles, a month of p periods
    /// yields what the monthly curve says at m; the long-run marginal is the numeric slope of
    /// the steady contribution.
    @Test(arguments: [(52.1775 / 12, 0.75, 2.5), (1.0, 0.5, 4.0), (365.25 / 12, 0.9, 1.3)])
    func monthlyCurveAndMarginalMatchSimulation(periodsPerMonth p: Double, carryover: Double, shape k: Double) {
        let response = MediaResponse(carryover: carryover, halfSaturation: 800, shape: 1.7, beta: 120, weibullShape: k)
        let curve = response.monthlyCurve(periodsPerMonth: p)
        for monthly in [500.0, 2000, 9000] {
            let settled = response.contributions(Array(repeating: monthly / p, count: 300)).last ?? 0
            #expect(isClose(curve.outcome(monthly), p * settled, relative: 1e-9))
        }
        let x = 250.0
        let steady: (Double) -> Double = { response.contributions(Array(repeating: $0, count: 300)).last ?? 0 }
        let numeric = (steady(x + 1e-3) - steady(x - 1e-3)) / 2e-3
        #expect(isClose(response.longRunMarginal(spendPerPeriod: x), numeric, relative: 1e-6))
        #expect(isClose(curve.marginal(x * p), numeric, relative: 1e-6))
    }

    /// Row sampling with a Weibull kernel: K from the tail formula equals the mean of the
    /// adstock computed period by period, and the sampled hill column equals the full one.
    @Test(arguments: [(0.8, 3.0, 0.0), (0.9, 1.2, 1.5)])
    func sampledColumnsEqualFullColumns(theta: Double, shape k: Double, delay: Double) throws {
        let x = (0..<5_000).map { t in t % 9 < 4 ? 100 + Double(t % 13) : 0 }
        let input = try MMMInput(channels: ["a"], spend: [x], outcome: x.map { $0 + 1 }, periodsPerYear: 365.25)
        let full = MMMDesign(input, harmonics: 1)
        let sample = try #require(RowSample(rows: x.count, periods: x.count, limit: 2_500))
        let sampled = full.sampled(sample)
        let p = MediaParameters(carryover: theta, saturation: 1.3, shape: 1.7, delay: delay, weibullShape: k)
        let w = try #require(CarryoverKernel.weights(carryover: theta, weibullShape: k))
        let d = Int(delay)
        let f = delay - Double(d)
        func shifted(_ t: Int) -> Double { (1 - f) * (t - d >= 0 ? x[t - d] : 0) + f * (t - d - 1 >= 0 ? x[t - d - 1] : 0) }
        let direct = x.indices.map { t in w.indices.reduce(0.0) { $0 + (t - $1 >= 0 ? w[$1] * shifted(t - $1) : 0) } }
        let (fullColumn, fullK) = full.hillColumn(0, p)
        let (column, sampledK) = sampled.hillColumn(0, p)
        #expect(isClose(fullK, 1.3 * direct.reduce(0, +) / Double(x.count), relative: 1e-12))
        #expect(isClose(sampledK, fullK, relative: 1e-12))
        for (got, want) in zip(column, sample.gather(fullColumn)) { #expect(abs(got - want) <= 1e-12) }
    }

    /// The fourth search number is k under the Weibull family: it round-trips, every real
    /// vector maps into [1, 5], and the delay stays 0.
    @Test func weibullParametersRoundTrip() {
        let parameters = [MediaParameters(carryover: 0.7, saturation: 1.1, shape: 0.8, weibullShape: 2.7)]
        let decoded = MediaParameters.decode(MediaParameters.encode(parameters, family: .weibull), family: .weibull)
        #expect(isClose(decoded[0].weibullShape, 2.7, relative: 1e-12) && decoded[0].delay == 0)
        for u in [-50.0, 0, 50] {
            let p = MediaParameters.decode([0, 0, 0, u], family: .weibull)[0]
            #expect((1...5).contains(p.weibullShape) && p.delay == 0)
        }
    }
}
