/// Least squares with some coefficients constrained to be non-negative, by the Lawson–Hanson
/// active-set method, on the normal equations.
///
/// Solves `min ½ bᵀ G b − cᵀ b` subject to `b_j ≥ 0` for every j with `nonNegative[j]`, the
/// others free. With `G = XᵀX + Λ` and `c = Xᵀy` this is `min ½‖y − X b‖² + ½ bᵀΛb`, i.e.
/// (ridge-penalised) least squares. The problem is convex, so the answer is the global
/// minimum; the KKT conditions it satisfies are: `w = c − G b`, `w_j = 0` for free or positive
/// coefficients, `w_j ≤ 0` for constrained coefficients at zero.
///
/// Lawson & Hanson (1974), *Solving Least Squares Problems*, ch. 23, with free variables kept
/// in the passive set from the start.
enum NonNegativeLeastSquares {
    /// - Parameters:
    ///   - gram: `G`, symmetric positive semi-definite (`n × n`).
    ///   - rhs: `c`, length n.
    ///   - nonNegative: which coefficients must be ≥ 0.
    /// - Returns: The minimiser. A constrained column whose subsystem is singular (a copy of
    ///   columns already in the solution, or all zeros) stays at zero.
    /// - Throws: ``FittingError/singular(_:)`` when the free columns alone are singular.
    static func solve(gram: Matrix, rhs: [Double], nonNegative: [Bool]) throws -> [Double] {
        let n = rhs.count
        precondition(gram.rows == n && gram.columns == n && nonNegative.count == n, "shapes must agree")
        var passive = nonNegative.map { !$0 }
        var blocked = [Bool](repeating: false, count: n)
        var b = [Double](repeating: 0, count: n)
        if passive.contains(true) {
            guard let s = subsetSolution(gram, rhs, passive) else {
                throw FittingError.singular("the unconstrained part of a non-negative least-squares problem")
            }
            b = s
        }
        let scale = rhs.reduce(0) { max($0, abs($1)) }
        let tolerance = 1e-11 * max(scale, .leastNormalMagnitude)
        for _ in 0..<(3 * n + 10) {
            let w = gradient(gram, rhs, b)
            var entering = -1
            for j in 0..<n where nonNegative[j] && !passive[j] && !blocked[j] && w[j] > tolerance {
                if entering < 0 || w[j] > w[entering] { entering = j }
            }
            if entering < 0 { break }
            passive[entering] = true
            var firstInner = true
            while true {
                guard let s = subsetSolution(gram, rhs, passive) else {
                    // Adding this column makes the system singular: leave it at zero.
                    passive[entering] = false
                    blocked[entering] = true
                    break
                }
                if firstInner && s[entering] <= 0 {
                    // Rounding: the column looked useful but its coefficient comes out ≤ 0.
                    passive[entering] = false
                    blocked[entering] = true
                    break
                }
                firstInner = false
                let violating = (0..<n).filter { nonNegative[$0] && passive[$0] && s[$0] <= 0 }
                if violating.isEmpty {
                    b = s
                    blocked = [Bool](repeating: false, count: n)
                    break
                }
                // Step from b towards s until the first constrained coefficient reaches zero;
                // that one (and any other that lands at zero) leaves the passive set.
                let steps = violating.map { b[$0] / (b[$0] - s[$0]) }
                let alpha = steps.min() ?? 0
                let leaving = violating[steps.firstIndex(of: alpha) ?? 0]
                for j in 0..<n where passive[j] {
                    let moved = b[j] + alpha * (s[j] - b[j])
                    let landed = nonNegative[j] && (j == leaving || moved <= 1e-14 * max(abs(b[j]), abs(s[j])))
                    b[j] = landed ? 0 : moved
                    if landed { passive[j] = false }
                }
            }
        }
        return b
    }

    /// `w = c − G b`, the negative gradient of the objective.
    private static func gradient(_ g: Matrix, _ c: [Double], _ b: [Double]) -> [Double] {
        let n = c.count
        return (0..<n).map { i in
            var sum = c[i]
            for j in 0..<n where b[j] != 0 { sum -= g[i, j] * b[j] }
            return sum
        }
    }

    /// The unconstrained minimiser over the passive coefficients (others zero), or nil if
    /// that subsystem is singular.
    private static func subsetSolution(_ g: Matrix, _ c: [Double], _ passive: [Bool]) -> [Double]? {
        let indices = passive.indices.filter { passive[$0] }
        var sub = Matrix(rows: indices.count, columns: indices.count)
        for (a, i) in indices.enumerated() {
            for (b, j) in indices.enumerated() { sub[a, b] = g[i, j] }
        }
        guard let factor = try? Cholesky(sub) else { return nil }
        let solved = factor.solve(indices.map { c[$0] })
        var result = [Double](repeating: 0, count: c.count)
        for (a, i) in indices.enumerated() { result[i] = solved[a] }
        return result
    }
}
