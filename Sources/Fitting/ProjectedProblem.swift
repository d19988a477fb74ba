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
    /// A Gaussian prior on each channel's ROI over the fitted periods, ROIᵢ ~ N(0, (τ·R)²), as a
    /// penalty `κ·ROIᵢ²` with `κ = σ̂²/(τR)²` (σ̂² = 0.2·var(y), a rough noise level): `nil` for
    /// none. τ is scale-free: R = Σ y / Σ spend (all channels) over the fitted periods, the
    /// outcome per unit of all spend, so the prior reads the same whatever the units of
    /// outcome and spend. ROIᵢ = βᵢ·Σₜ hillᵢₜ / Σₜ spendᵢₜ is linear in βᵢ, so the penalty is a
    /// ridge term on βᵢ scaled by (Σ hill / Σ spend)². Meridian puts priors on ROI likewise.
    let roiPriorScale: Double?
    /// Lift tests as pseudo-observations on a channel's β (see ``solve(media:lifts:)``).
    let experiments: [LiftRow]
    /// Channels whose effect drifts linearly over the data (see ProjectedProblem+Drift.swift).
    var drift: [Int] = []
    /// τ_t of the drift columns for this design's rows (set by ``drifting(_:)``).
    var driftTime: [Double] = []
    private let fixedGram: Matrix
    private let fixedRHS: [Double]
    private let yy: Double

    /// - Parameters:
    ///   - outcome: y for the first `rows` periods (or more; extra values are ignored).
    /// - Throws: ``FittingError/singular(_:)`` when the fixed columns are linearly dependent
    ///   over those periods (even with the ridge).
    init(
        design: MMMDesign, rows: Int, outcome: [Double], ridge: Double, roiPriorScale: Double? = nil,
        experiments: [LiftRow] = []
    ) throws {
        self.design = design
        self.experiments = experiments
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
        try ProjectedProblem(
            design: design, rows: rows, outcome: outcome, ridge: ridge, roiPriorScale: roiPriorScale, experiments: experiments)
    }

    /// The solution of one linear step: coefficients (fixed first, then one β ≥ 0 per channel),
    /// the penalised objective, the penalised normal matrix `XᵀX + Λ` (lift rows included) and
    /// the residual sum of squares of the data (see ``finish``).
    struct Solution {
        var coefficients: [Double]
        var objective: Double
        var gram: Matrix
        var residualSS: Double
    }

    /// The best coefficients for these hill columns and the penalised sum of squared errors
    /// `yᵀy − 2cᵀXᵀy + cᵀ(XᵀX + Λ)c`. Returns an infinite objective if the system cannot be solved.
    ///
    /// - Parameter lifts: `d_e` per experiment e: the change of its channel's hill column summed
    ///   over the test's periods when its spend changes as in the test, so the modelled lift is
    ///   `β·d_e`. Each test adds the pseudo-observation `w_e(L_e − β d_e)²` with
    ///   `w_e = σ̂²/SE_e²`, σ̂² the residual variance per period of the fit without the tests:
    ///   a test counts as much as its precision says, relative to a week of data.
    func solve(media hills: [[Double]], lifts: [Double] = []) -> Solution {
        let p = design.fixedCount
        let channels = hills.count
        let media = columns(hills)
        let m = media.count
        var gram = Matrix(rows: p + m, columns: p + m)
        for j in 0..<p { for k in 0..<p { gram[j, k] = fixedGram[j, k] } }
        var rhs = fixedRHS
        for (i, column) in media.enumerated() {
            let values = Self.dots(column, design.fixed + media[i...] + [outcome], rows)
            for j in 0..<p {
                gram[p + i, j] = values[j]
                gram[j, p + i] = values[j]
            }
            for k in i..<m {
                gram[p + i, p + k] = values[p + k - i]
                gram[p + k, p + i] = values[p + k - i]
            }
            rhs.append(values[p + m - i])
        }
        for (j, unit) in Ridge.penalties(gram: gram, strength: 1).enumerated() {
            gram[j, j] += unit * (j < p + channels ? ridge : Self.driftRidge)
        }
        if let tau = roiPriorScale { addROIPrior(&gram, media: hills, tau: tau) }
        var data = Self.finish(gram: gram, rhs: rhs, yy: yy, fixed: p, channels: channels)
        guard !experiments.isEmpty, lifts.count == experiments.count, data.objective.isFinite else { return data }
        let variance = data.residualSS / Double(max(rows, 1))
        var yy = self.yy
        for (row, d) in zip(experiments, lifts) {
            let w = variance / (row.standardError * row.standardError)
            gram[p + row.channel, p + row.channel] += w * d * d
            rhs[p + row.channel] += w * d * row.lift
            yy += w * row.lift * row.lift
        }
        data = Self.finish(gram: gram, rhs: rhs, yy: yy, fixed: p, channels: channels)
        data.residualSS = residualSS(data.coefficients, media: media)
        return data
    }

    /// Adds `κ·(Σhill/Σspend)²` to each channel's diagonal (the ROI prior).
    private func addROIPrior(_ gram: inout Matrix, media: [[Double]], tau: Double) {
        let p = design.fixedCount
        let mean = outcome.reduce(0, +) / Double(max(rows, 1))
        let noise = 0.2 * outcome.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(rows, 1))
        let spends = design.spend.indices.map { design.scoredSpend($0).prefix(rows).reduce(0, +) }
        let allSpend = spends.reduce(0, +)
        let reference = allSpend > 0 ? abs(outcome.reduce(0, +)) / allSpend : 1
        let scale = tau * max(reference, .leastNormalMagnitude)
        for i in media.indices {
            let spend = spends[i]
            guard spend > 0 else { continue }
            let perUnit = media[i].prefix(rows).reduce(0, +) / spend
            gram[p + i, p + i] += noise / (scale * scale) * perUnit * perUnit
        }
    }

    /// NNLS with β ≥ 0 (drift coefficients free) and the objective; `residualSS` is set to the penalised objective (the
    /// ridge and ROI prior terms are small next to the residuals), replaced by the exact
    /// residual sum of squares when lift rows are added.
    private static func finish(gram: Matrix, rhs: [Double], yy: Double, fixed p: Int, channels: Int) -> Solution {
        let n = rhs.count
        let nonNegative = (0..<n).map { $0 >= p && $0 < p + channels }
        guard let c = try? NonNegativeLeastSquares.solve(gram: gram, rhs: rhs, nonNegative: nonNegative) else {
            return Solution(coefficients: [Double](repeating: 0, count: n), objective: .infinity, gram: gram, residualSS: .infinity)
        }
        var objective = yy
        for j in 0..<n where c[j] != 0 {
            objective -= 2 * c[j] * rhs[j]
            for k in 0..<n where c[k] != 0 { objective += c[j] * gram[j, k] * c[k] }
        }
        return Solution(coefficients: c, objective: max(objective, 0), gram: gram, residualSS: max(objective, 0))
    }

    /// `Σ_t (y_t − ŷ_t)²` over the fitted rows; `media` holds every column after the fixed
    /// ones (hill columns, then drift columns).
    func residualSS(_ coefficients: [Double], media: [[Double]]) -> Double {
        let predicted = design.predict(coefficients: coefficients, media: media)
        var sum = 0.0
        for t in 0..<rows { sum += (outcome[t] - predicted[t]) * (outcome[t] - predicted[t]) }
        return sum
    }

    /// `dot(a, b, count)` for every b of `others`, bit for bit: four at a time in one pass over
    /// `a`, each dot's four partial sums the lanes of one SIMD vector.
    static func dots(_ a: [Double], _ others: [[Double]], _ count: Int) -> [Double] {
        var result = [Double](repeating: 0, count: others.count)
        var start = 0
        while start + 4 <= others.count {
            let sums = dot4(a, others[start], others[start + 1], others[start + 2], others[start + 3], count)
            for j in 0..<4 { result[start + j] = sums[j] }
            start += 4
        }
        for j in start..<others.count { result[j] = dot(a, others[j], count) }
        return result
    }

    /// Four ``dot(_:_:_:)``s of `a` with `b0…b3`, with the same partial sums and the same final
    /// additions (lane j of each accumulator is partial sum s_j).
    private static func dot4(_ a: [Double], _ b0: [Double], _ b1: [Double], _ b2: [Double], _ b3: [Double], _ count: Int) -> SIMD4<Double> {
        precondition(a.count >= count && b0.count >= count && b1.count >= count && b2.count >= count && b3.count >= count)
        return a.withUnsafeBytes { a in
            b0.withUnsafeBytes { b0 in
                b1.withUnsafeBytes { b1 in
                    b2.withUnsafeBytes { b2 in
                        b3.withUnsafeBytes { b3 in
                            var (s0, s1, s2, s3) = (SIMD4<Double>(), SIMD4<Double>(), SIMD4<Double>(), SIMD4<Double>())
                            var t = 0
                            while t + 4 <= count {
                                let offset = t * MemoryLayout<Double>.stride
                                let x = a.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
                                s0 += x * b0.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
                                s1 += x * b1.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
                                s2 += x * b2.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
                                s3 += x * b3.loadUnaligned(fromByteOffset: offset, as: SIMD4<Double>.self)
                                t += 4
                            }
                            func finish(_ s: SIMD4<Double>, _ b: UnsafeRawBufferPointer) -> Double {
                                var first = s[0]
                                for r in t..<count {
                                    first += a.load(fromByteOffset: r * 8, as: Double.self) * b.load(fromByteOffset: r * 8, as: Double.self)
                                }
                                return (first + s[1]) + (s[2] + s[3])
                            }
                            return SIMD4(finish(s0, b0), finish(s1, b1), finish(s2, b2), finish(s3, b3))
                        }
                    }
                }
            }
        }
    }

    /// `Σ_{t<count} a_t b_t`, in four interleaved partial sums (no chain of dependent
    /// additions, so about four times faster; the order of rounding differs from a plain loop).
    static func dot(_ a: [Double], _ b: [Double], _ count: Int) -> Double {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var (s0, s1, s2, s3) = (0.0, 0.0, 0.0, 0.0)
                var t = 0
                while t + 4 <= count {
                    s0 += a[t] * b[t]
                    s1 += a[t + 1] * b[t + 1]
                    s2 += a[t + 2] * b[t + 2]
                    s3 += a[t + 3] * b[t + 3]
                    t += 4
                }
                while t < count {
                    s0 += a[t] * b[t]
                    t += 1
                }
                return (s0 + s1) + (s2 + s3)
            }
        }
    }
}
