import Foundation
import Testing

@testable import Fitting

/// The fit's fast inner loops (SIMD convolution, four dot products in one pass, the geometric
/// recursion with its running total, the row sample's laid-out Weibull adstock) against the
/// plain scalar loops written here: equal bit for bit, not merely close, so `fit` gives the
/// same answer as before they were made fast.
@Suite struct FastPathTests {
    /// Spend-like values from a fixed stream (some zero, as dark weeks are).
    static func series(_ count: Int, seed: UInt64) -> [Double] {
        var rng = SplitMix64(seed: seed, stream: 0)
        return (0..<count).map { _ in rng.nextUniform() < 0.2 ? 0 : 100 * rng.nextUniform() }
    }

    /// `A_t = Σ_{l ≤ min(t, L−1)} w_l·x_{t−l}`, summed from 0 in the order l = 0, 1, ….
    static func plainConvolution(_ x: [Double], _ w: [Double]) -> [Double] {
        x.indices.map { t in
            var sum = 0.0
            for l in 0...min(t, w.count - 1) { sum += w[l] * x[t - l] }
            return sum
        }
    }

    /// Lengths around the kernel's and the eight-period block's edges, short and long kernels.
    @Test func convolutionEqualsThePlainLoop() throws {
        for (θ, k) in [(0.3, 1.5), (0.9, 1.2), (0.7, 4.5)] {
            let w = try #require(CarryoverKernel.weights(carryover: θ, weibullShape: k))
            for count in [0, 1, 5, w.count - 1, w.count, w.count + 7, w.count + 8, 1_000] where count >= 0 {
                let x = Self.series(count, seed: UInt64(count))
                #expect(CarryoverKernel.convolve(x, w) == Self.plainConvolution(x, w), "θ \(θ), k \(k), \(count) periods")
            }
        }
    }

    /// Every dot product of ``ProjectedProblem/dots(_:_:_:)`` equals ``ProjectedProblem/dot(_:_:_:)``,
    /// for counts that leave 0–3 periods after the groups of four and 1–9 other columns.
    @Test func dotsEqualSingleDots() {
        let a = Self.series(1_003, seed: 1)
        let others = (0..<9).map { Self.series(1_003, seed: 10 + UInt64($0)) }
        for count in [0, 3, 4, 998, 999, 1_000, 1_001, 1_003] {
            for m in 1...others.count {
                let columns = Array(others.prefix(m))
                #expect(ProjectedProblem.dots(a, columns, count) == columns.map { ProjectedProblem.dot(a, $0, count) })
            }
        }
    }

    /// The hill column of a full series: the adstock of ``MediaResponse`` and its plain sum set
    /// K, for geometric, delayed and Weibull kernels.
    @Test func hillColumnEqualsAdstockThenSum() {
        let x = Self.series(500, seed: 7)
        let kernels = [
            MediaParameters(carryover: 0.6, saturation: 1.3, shape: 1.7),
            MediaParameters(carryover: 0.6, saturation: 0.8, shape: 0.9, delay: 1.5),
            MediaParameters(carryover: 0.8, saturation: 2, shape: 2.2, weibullShape: 2.5),
        ]
        for p in kernels {
            let a = MediaResponse.adstock(x, carryover: p.carryover, delay: p.delay, weibullShape: p.weibullShape)
            let k = p.saturation * a.reduce(0, +) / Double(a.count)
            let (column, halfSaturation) = MMMDesign.hillColumn(x, p)
            #expect(halfSaturation == k)
            #expect(column == a.map { MMMDesign.hill($0, k, p.shape) })
        }
    }

    /// The row sample's Weibull hill column: each scored period's adstock summed over its lags
    /// of the delayed spend in order, as the sample did before the adstock was laid out.
    @Test func sampledWeibullHillEqualsThePlainSum() throws {
        let x = Self.series(30_000, seed: 3)
        var sample = try #require(RowSample(rows: 30_000, periods: 30_000, limit: 10_000))
        sample.totals = [x.reduce(0, +)]
        for p in [MediaParameters(carryover: 0.85, saturation: 1, shape: 1.4, weibullShape: 1.3),
                  MediaParameters(carryover: 0.5, saturation: 1, shape: 0.7, delay: 2.5, weibullShape: 3)] {
            let w = try #require(CarryoverKernel.weights(carryover: p.carryover, weibullShape: p.weibullShape))
            let (d, f) = RowSample.split(p.delay)
            let want: [Double] = x.withUnsafeBufferPointer { x in
                sample.scoredPeriods.map { t in
                    var a = 0.0
                    for l in 0..<min(w.count, t + 1) { a += w[l] * RowSample.delayed(x, t - l, d, f) }
                    return MMMDesign.hill(a, 5_000, p.shape)
                }
            }
            #expect(sample.hill(x, p, halfSaturation: 5_000) == want)
        }
    }
}
