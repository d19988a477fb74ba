import TestSupport
import Testing

@testable import Fitting

/// The dense solvers against systems solved by hand.
@Suite struct LinearAlgebraTests {
    /// Line through (1, 1), (2, 2), (3, 2): normal equations [[3, 6], [6, 14]] x = (5, 11),
    /// determinant 6, so x = (14·5 − 6·11, −6·5 + 3·11)/6 = (2/3, 1/2).
    @Test func leastSquaresThreeByTwo() throws {
        let a = Matrix([[1, 1], [1, 2], [1, 3]])
        let x = try LeastSquares.solve(a, [1, 2, 2])
        #expect(isClose(x[0], 2.0 / 3, relative: 1e-12))
        #expect(isClose(x[1], 0.5, relative: 1e-12))
    }

    @Test func leastSquaresRejectsDependentColumns() {
        let a = Matrix([[1, 2], [2, 4], [3, 6]])
        #expect(throws: FittingError.singular("the least-squares system")) { try LeastSquares.solve(a, [1, 2, 3]) }
    }

    /// [[4, 2], [2, 3]] = L Lᵀ with L = [[2, 0], [1, √2]]; its inverse is [[3, −2], [−2, 4]]/8,
    /// so the solution of A x = (2, 1) is (4, 0)/8.
    @Test func cholesky() throws {
        let factor = try Cholesky(Matrix([[4, 2], [2, 3]]))
        #expect(isClose(factor.lower[1, 0], 1))
        #expect(isClose(factor.lower[1, 1], 2.0.squareRoot()))
        let x = factor.solve([2, 1])
        #expect(isClose(x[0], 0.5) && isClose(x[1], 0, absolute: 1e-15))
        #expect(throws: FittingError.self) { try Cholesky(Matrix([[1, 2], [2, 1]])) }
    }

    /// A = [[1, 0], [1, 1], [0, 1]], b = (2, 1, −1): unconstrained least squares gives (2, −1).
    /// With x₂ ≥ 0 the constraint is active: x₂ = 0 and x₁ = a₁·b/‖a₁‖² = 3/2; the gradient
    /// a₂·(b − A x) = (1 − 1.5) + (−1) = −1.5 < 0 confirms x₂ should not grow.
    @Test func nonNegativeWithActiveConstraint() throws {
        let a = Matrix([[1, 0], [1, 1], [0, 1]])
        let unconstrained = try LeastSquares.solve(a, [2, 1, -1])
        #expect(isClose(unconstrained[0], 2, relative: 1e-12) && isClose(unconstrained[1], -1, relative: 1e-12))
        let x = try NonNegativeLeastSquares.solve(gram: a.gram, rhs: a.transposedTimes([2, 1, -1]), nonNegative: [true, true])
        #expect(isClose(x[0], 1.5, relative: 1e-12))
        #expect(x[1] == 0)
    }

    /// Same A, b = (−2, −1, −1), Aᵀb = (−3, −2). Unconstrained: (−4/3, −1/3). With x₁ free and
    /// x₂ ≥ 0: x₂ = 0, x₁ = −3/2. With both constrained: (0, 0).
    @Test func nonNegativeWithFreeCoefficient() throws {
        let a = Matrix([[1, 0], [1, 1], [0, 1]])
        let c = a.transposedTimes([-2, -1, -1])
        let mixed = try NonNegativeLeastSquares.solve(gram: a.gram, rhs: c, nonNegative: [false, true])
        #expect(isClose(mixed[0], -1.5, relative: 1e-12) && mixed[1] == 0)
        let both = try NonNegativeLeastSquares.solve(gram: a.gram, rhs: c, nonNegative: [true, true])
        #expect(both == [0, 0])
        let free = try NonNegativeLeastSquares.solve(gram: a.gram, rhs: c, nonNegative: [false, false])
        #expect(isClose(free[0], -4.0 / 3, relative: 1e-12) && isClose(free[1], -1.0 / 3, relative: 1e-12))
    }

    /// Random problems: the answer must satisfy the KKT conditions (b ≥ 0 where constrained;
    /// gradient w = c − G b zero on free or positive coefficients, ≤ 0 on those at zero).
    @Test func nonNegativeSatisfiesOptimalityConditions() throws {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<50 {
            let rows = (0..<20).map { _ in (0..<6).map { _ in rng.nextGaussian() } }
            let a = Matrix(rows)
            let y = (0..<20).map { _ in rng.nextGaussian() }
            let nonNegative = (0..<6).map { $0 >= 2 }
            let g = a.gram
            let c = a.transposedTimes(y)
            let b = try NonNegativeLeastSquares.solve(gram: g, rhs: c, nonNegative: nonNegative)
            let w = (0..<6).map { i in c[i] - (0..<6).reduce(0) { $0 + g[i, $1] * b[$1] } }
            for j in 0..<6 {
                if nonNegative[j] { #expect(b[j] >= 0) }
                if !nonNegative[j] || b[j] > 0 { #expect(abs(w[j]) < 1e-9) } else { #expect(w[j] < 1e-9) }
            }
        }
    }

    /// Intercept and x = (0, 1, 2), y = (1, 2, 4). XᵀX = [[3, 3], [3, 5]]; the slope column's
    /// centred sum of squares is 5 − 3²/3 = 2, so ρ = 0.5 gives λ = (0, 1). Then
    /// [[3, 3], [3, 6]] b = Xᵀy = (7, 10), determinant 9: b = (6·7 − 3·10, −3·7 + 3·10)/9 = (4/3, 1)
    /// (least squares would give slope 1.5; the ridge shrinks it, never the intercept).
    @Test func ridge() throws {
        let x = Matrix([[1, 0], [1, 1], [1, 2]])
        let penalties = Ridge.penalties(gram: x.gram, strength: 0.5)
        #expect(penalties == [0, 1])
        let b = try Ridge.solve(x, [1, 2, 4], penalties: penalties)
        #expect(isClose(b[0], 4.0 / 3, relative: 1e-12) && isClose(b[1], 1, relative: 1e-12))
    }
}
