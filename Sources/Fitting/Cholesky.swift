/// The Cholesky factorisation `A = L Lᵀ` of a symmetric positive definite matrix, and solves
/// with it.
///
/// Used on small normal-equation systems `(XᵀX + Λ) b = Xᵀy` inside the non-negative least
/// squares; the ridge term Λ keeps them positive definite.
struct Cholesky: Sendable {
    /// The lower-triangular factor L (entries above the diagonal are zero).
    let lower: Matrix

    /// Factors `a` (only its lower triangle is read).
    ///
    /// `L_jj = √(a_jj − Σ_{k<j} L_jk²)`, `L_ij = (a_ij − Σ_{k<j} L_ik L_jk) / L_jj` for i > j.
    ///
    /// - Throws: ``FittingError/singular(_:)`` when a pivot is not above `1e-13 · a_jj`
    ///   (the matrix is not numerically positive definite).
    init(_ a: Matrix) throws {
        precondition(a.rows == a.columns, "Cholesky needs a square matrix")
        let n = a.rows
        var l = Matrix(rows: n, columns: n)
        for j in 0..<n {
            var pivot = a[j, j]
            for k in 0..<j { pivot -= l[j, k] * l[j, k] }
            guard pivot > 1e-13 * abs(a[j, j]), pivot > 0 else {
                throw FittingError.singular("a normal-equation system")
            }
            let root = pivot.squareRoot()
            l[j, j] = root
            for i in (j + 1)..<n {
                var sum = a[i, j]
                for k in 0..<j { sum -= l[i, k] * l[j, k] }
                l[i, j] = sum / root
            }
        }
        self.lower = l
    }

    /// Solves `A x = b` by forward substitution `L z = b` then back substitution `Lᵀ x = z`.
    func solve(_ b: [Double]) -> [Double] {
        let n = lower.rows
        precondition(b.count == n, "right-hand side length must equal the matrix size")
        var z = b
        for i in 0..<n {
            var sum = z[i]
            for k in 0..<i { sum -= lower[i, k] * z[k] }
            z[i] = sum / lower[i, i]
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            var sum = z[i]
            for k in (i + 1)..<n { sum -= lower[k, i] * z[k] }
            z[i] = sum / lower[i, i]
        }
        return z
    }
}
