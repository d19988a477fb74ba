/// The linear half of the variable-projection fit: for given hill columns, the exact best
/// linear coefficients and the penalised error they leave.
///
/// Minimises `‖y − F g − H β‖² + Σ_j λ_j c_j²` over the fixed coefficients g (free sign) and
/// the channel coefficients β ≥ 0, with c = (g, β) and the ridge penalties λ of ``Ridge``,
/// over the first `rows` periods. The fixed block of the normal equations (`FᵀF`, `Fᵀy`,
/// `yᵀy`) is computed once; each solve adds the hill columns' blocks and runs
/// ``NonNegativeLeastSquares`` on the (fixed + channels)-sized system.
struct ProjectedProblem: Sendable {
    let design: MMMDesign
    let rows: Int
    let outcome: [Double]
    let ridge: Double
    /// A Gaussian prior on each channel's ROI over the fitted periods, ROIᵢ ~ N(0, τ²), as a
    /// penalty `κ·ROIᵢ²` with `κ = σ̂²/τ²` (σ̂² = 0.2·var(y), a rough noise level): `nil` for none.
    /// ROIᵢ = βᵢ·Σₜ hillᵢₜ / Σₜ spendᵢₜ is linear in βᵢ, so the penalty is a ridge term on βᵢ
    /// scaled by (Σ hill / Σ spend)²: a channel with little spend needs strong evidence for a
    /// large ROI. Meridian puts priors on ROI for the same reason.
    let roiPriorScale: Double?
    private let fixedGram: Matrix
    private let fixedRHS: [Double]
    private let yy: Double

    /// - Parameters:
    ///   - outcome: y for the first `rows` periods (or more; extra values are ignored).
    /// - Throws: ``FittingError/singular(_:)`` when the fixed columns are linearly dependent
    ///   over those periods (even with the ridge).
    init(design: MMMDesign, rows: Int, outcome: [Double], ridge: Double, roiPriorScale: Double? = nil) throws {
        self.design = design
        self.roiPriorScale = roiPriorScale
        self.rows = rows
        self.outcome = Array(outcome.prefix(rows))
        self.ridge = ridge
        let p = design.fixedCount
        var gram = Matrix(rows: p, columns: p)
        for j in 0..<p {
            for k in j..<p {
                let value = Self.dot(design.fixed[j], design.fixed[k], rows)
                gram[j, k] = value
                gram[k, j] = value
            }
        }
        self.fixedGram = gram
        self.fixedRHS = design.fixed.map { Self.dot($0, outcome, rows) }
        self.yy = Self.dot(outcome, outcome, rows)
        var penalised = gram
        for (j, penalty) in Ridge.penalties(gram: gram, strength: ridge).enumerated() { penalised[j, j] += penalty }
        guard (try? Cholesky(penalised)) != nil else {
            throw FittingError.singular("the baseline, trend, seasonality and control columns")
        }
    }

    /// The same problem for another outcome series (a bootstrap sample).
    func with(outcome: [Double]) throws -> ProjectedProblem {
        try ProjectedProblem(design: design, rows: rows, outcome: outcome, ridge: ridge, roiPriorScale: roiPriorScale)
    }

    /// The best coefficients (fixed first, then one β ≥ 0 per channel) for these hill columns,
    /// and the penalised sum of squared errors `yᵀy − 2cᵀXᵀy + cᵀ(XᵀX + Λ)c`.
    /// Returns an infinite objective if the system cannot be solved.
    func solve(media: [[Double]]) -> (coefficients: [Double], objective: Double) {
        let p = design.fixedCount
        let m = media.count
        var gram = Matrix(rows: p + m, columns: p + m)
        for j in 0..<p { for k in 0..<p { gram[j, k] = fixedGram[j, k] } }
        var rhs = fixedRHS
        for (i, column) in media.enumerated() {
            for j in 0..<p {
                let value = Self.dot(column, design.fixed[j], rows)
                gram[p + i, j] = value
                gram[j, p + i] = value
            }
            for k in i..<m {
                let value = Self.dot(column, media[k], rows)
                gram[p + i, p + k] = value
                gram[p + k, p + i] = value
            }
            rhs.append(Self.dot(column, outcome, rows))
        }
        for (j, penalty) in Ridge.penalties(gram: gram, strength: ridge).enumerated() { gram[j, j] += penalty }
        if let tau = roiPriorScale {
            let mean = outcome.reduce(0, +) / Double(max(rows, 1))
            let noise = 0.2 * outcome.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(rows, 1))
            for i in 0..<m {
                let spend = design.spend[i].prefix(rows).reduce(0, +)
                guard spend > 0 else { continue }
                let perUnit = media[i].prefix(rows).reduce(0, +) / spend
                gram[p + i, p + i] += noise / (tau * tau) * perUnit * perUnit
            }
        }
        let nonNegative = (0..<(p + m)).map { $0 >= p }
        guard let c = try? NonNegativeLeastSquares.solve(gram: gram, rhs: rhs, nonNegative: nonNegative) else {
            return ([Double](repeating: 0, count: p + m), .infinity)
        }
        var objective = yy
        for j in 0..<(p + m) where c[j] != 0 {
            objective -= 2 * c[j] * rhs[j]
            for k in 0..<(p + m) where c[k] != 0 { objective += c[j] * gram[j, k] * c[k] }
        }
        return (c, max(objective, 0))
    }

    /// `Σ_{t<count} a_t b_t`.
    static func dot(_ a: [Double], _ b: [Double], _ count: Int) -> Double {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var sum = 0.0
                for t in 0..<count { sum += a[t] * b[t] }
                return sum
            }
        }
    }
}
