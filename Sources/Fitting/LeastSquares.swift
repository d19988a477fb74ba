import Foundation

/// Ordinary least squares by Householder QR: `x = argmin ‖A x − b‖₂`.
///
/// QR works on `A` itself rather than on `AᵀA`, so its error grows with the condition number
/// κ(A) instead of κ(A)²; it is the reference solver for well-posed problems and for tests.
enum LeastSquares {
    /// Solves `min ‖A x − b‖₂` for `A` with `rows ≥ columns` and full column rank.
    ///
    /// Each step k reflects column k below the diagonal onto `−sign(a_kk)·‖a_k‖·e_k` with
    /// `H = I − 2vvᵀ/vᵀv` (the sign avoids cancellation), applies the same reflection to `b`,
    /// then solves the triangular system `R x = (Qᵀb)[0..<columns]` by back substitution.
    ///
    /// - Parameters:
    ///   - a: The design matrix, `rows × columns`.
    ///   - b: The observations, length `rows`.
    /// - Returns: The coefficients, length `columns`.
    /// - Throws: ``FittingError/singular(_:)`` when a diagonal entry of R is below
    ///   `1e-12 · max|R_ii|` (rank deficient), ``FittingError/invalidInput(_:)`` on wrong shapes.
    static func solve(_ a: Matrix, _ b: [Double]) throws -> [Double] {
        guard b.count == a.rows, a.rows >= a.columns, a.columns > 0 else {
            throw FittingError.invalidInput("least squares needs rows ≥ columns > 0 and b of length rows")
        }
        var r = a
        var qtb = b
        let (m, n) = (a.rows, a.columns)
        for k in 0..<n {
            var norm = 0.0
            for i in k..<m { norm += r[i, k] * r[i, k] }
            norm = norm.squareRoot()
            if norm == 0 { continue }
            let alpha = r[k, k] > 0 ? -norm : norm
            var v = [Double](repeating: 0, count: m - k)
            for i in k..<m { v[i - k] = r[i, k] }
            v[0] -= alpha
            let vv = v.reduce(0) { $0 + $1 * $1 }
            if vv == 0 { continue }
            for j in k..<n {
                var dot = 0.0
                for i in k..<m { dot += v[i - k] * r[i, j] }
                let factor = 2 * dot / vv
                for i in k..<m { r[i, j] -= factor * v[i - k] }
            }
            var dot = 0.0
            for i in k..<m { dot += v[i - k] * qtb[i] }
            let factor = 2 * dot / vv
            for i in k..<m { qtb[i] -= factor * v[i - k] }
        }
        let largest = (0..<n).map { abs(r[$0, $0]) }.max() ?? 0
        var x = [Double](repeating: 0, count: n)
        for k in stride(from: n - 1, through: 0, by: -1) {
            guard abs(r[k, k]) > 1e-12 * largest, largest > 0 else {
                throw FittingError.singular("the least-squares system")
            }
            var sum = qtb[k]
            for j in (k + 1)..<n { sum -= r[k, j] * x[j] }
            x[k] = sum / r[k, k]
        }
        return x
    }
}
