/// The ridge penalty used for stability in the media-mix fit, and a plain ridge solver.
///
/// The penalty on coefficient j is `λ_j b_j²` with `λ_j = ρ · Σ_t (x_jt − x̄_j)²`: ρ times the
/// column's centred sum of squares. That is ordinary ridge on standardised columns (as glmnet
/// does), so the penalty does not depend on units, and a coefficient is shrunk by about
/// `ρ / (ρ + 1 − R_j²)` of itself, where R_j² is how well the other columns explain column j.
/// With ρ = 10⁻³ that is 0.1% for an independent column and 1% for one 90% explained by
/// others: enough to keep near-collinear systems solvable, too little to bias a fit.
/// The intercept (a constant column) has zero centred sum of squares and is not penalised.
enum Ridge {
    /// `λ_j = ρ · (G_jj − G_j0² / n)` from a Gram matrix whose column 0 is the constant 1
    /// (so `G_j0 = Σ_t x_jt` and `G_00 = n`).
    ///
    /// - Parameters:
    ///   - gram: `XᵀX` with the intercept as column 0.
    ///   - strength: ρ ≥ 0.
    static func penalties(gram: Matrix, strength: Double) -> [Double] {
        let n = gram[0, 0]
        return (0..<gram.rows).map { j in
            j == 0 ? 0 : strength * max(gram[j, j] - gram[j, 0] * gram[j, 0] / n, 0)
        }
    }

    /// Solves `min ‖y − X b‖² + Σ_j λ_j b_j²`, i.e. `(XᵀX + diag λ) b = Xᵀy`, by Cholesky.
    ///
    /// - Throws: ``FittingError/singular(_:)`` when `XᵀX + diag λ` is not positive definite.
    static func solve(_ x: Matrix, _ y: [Double], penalties: [Double]) throws -> [Double] {
        precondition(penalties.count == x.columns && y.count == x.rows, "shapes must agree")
        var g = x.gram
        for j in 0..<x.columns { g[j, j] += penalties[j] }
        return try Cholesky(g).solve(x.transposedTimes(y))
    }
}
