import Foundation
import TestSupport
import Testing

@testable import Fitting

/// The derivative-free minimisers and the random generator.
@Suite struct SearchTests {
    @Test func nelderMeadFindsRosenbrockMinimum() {
        let rosenbrock: ([Double]) -> Double = { x in 100 * pow(x[1] - x[0] * x[0], 2) + pow(1 - x[0], 2) }
        let result = NelderMead(maxEvaluations: 5000, tolerance: 1e-14).minimize(rosenbrock, from: [-1.2, 1], step: 0.5)
        #expect(isClose(result.point[0], 1, relative: 1e-4) && isClose(result.point[1], 1, relative: 1e-4))
        #expect(result.evaluations <= 5000)
    }

    /// A 12-dimensional ill-scaled quadratic Σ i·(x_i − i)², like the media-mix search space.
    @Test func nelderMeadInTwelveDimensions() {
        let f: ([Double]) -> Double = { x in x.indices.reduce(0) { $0 + Double($1 + 1) * pow(x[$1] - Double($1), 2) } }
        let result = NelderMead(maxEvaluations: 20000, tolerance: 1e-16).minimize(f, from: Array(repeating: 0, count: 12), step: 1)
        for i in 0..<12 { #expect(abs(result.point[i] - Double(i)) < 1e-3) }
    }

    @Test func nelderMeadRespectsBudget() {
        let result = NelderMead(maxEvaluations: 37).minimize({ $0.reduce(0) { $0 + $1 * $1 } }, from: [3, 4, 5], step: 1)
        #expect(result.evaluations <= 37)
    }

    @Test func goldenSection() {
        let result = GoldenSection.minimize({ ($0 - 2) * ($0 - 2) + 1 }, low: -5, high: 7, tolerance: 1e-10)
        #expect(isClose(result.x, 2, absolute: 1e-6))  // f is flat to rounding within ~1e-8 of x = 2
        #expect(isClose(result.value, 1))
    }

    /// The reference SplitMix64 sequence for seed 0 (Vigna's splitmix64.c).
    @Test func splitMixReferenceValues() {
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(rng.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func randomHelpers() {
        var rng = SplitMix64(seed: 42)
        let uniforms = (0..<20000).map { _ in rng.nextUniform() }
        #expect(uniforms.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(abs(uniforms.reduce(0, +) / 20000 - 0.5) < 0.01)
        let normals = (0..<20000).map { _ in rng.nextGaussian() }
        let mean = normals.reduce(0, +) / 20000
        let variance = normals.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 19999
        #expect(abs(mean) < 0.03 && abs(variance - 1) < 0.04)
        let ints = (0..<1000).map { _ in rng.nextInt(below: 7) }
        #expect(Set(ints) == Set(0..<7))
        var a = SplitMix64(seed: 5, stream: 3)
        var b = SplitMix64(seed: 5, stream: 3)
        var c = SplitMix64(seed: 5, stream: 4)
        let first = a.next()
        #expect(first == b.next())
        #expect(first != c.next())
    }

    /// The sampler's learned proposal: the Cholesky factor of the sample covariance. Points
    /// (±1, 0) and (0, ±2) have covariance diag(2/3, 8/3) (n − 1 = 3), so L = diag(√(2/3), √(8/3)).
    @Test func proposalCovarianceFactor() throws {
        let factor = try #require(PosteriorSampler.covarianceFactor([[1, 0], [-1, 0], [0, 2], [0, -2]]))
        #expect(isClose(factor[0, 0], (2.0 / 3 + 1e-6).squareRoot()))
        #expect(isClose(factor[1, 1], (8.0 / 3 + 1e-6).squareRoot()))
        #expect(factor[1, 0] == 0)
    }
}
