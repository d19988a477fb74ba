import Foundation

/// How much of each channel's *reported* outcome shows up in the *total* outcome: the
/// media-mix regression that lets a learner see an attribution bias the channel reports
/// cannot show.
///
/// Model, over the months t a strategy has seen (R_{t,i} channel i's reported outcome, T_t the
/// total outcome):
///
///     T_t = a + b·(t − t̄) + Σ_i c_i · R_{t,i} + e_t,   e_t ~ N(0, σ²)
///
/// a (baseline) and b (its trend) have flat priors; each calibration factor c_i (true outcome
/// per reported unit: 1/(1 + bias)) has the prior `N(1, τ²)` (τ = ``priorSD``, 0.3: reports
/// are believed unless the totals say otherwise). The posterior is Gaussian (ridge
/// regression); σ² is estimated from the residuals at the posterior mean with months − n − 2
/// degrees of freedom (five passes, from the residuals of c = 1 around a fitted baseline and
/// trend, which is kept while months ≤ n + 2), with a floor of 10⁻⁶ of the mean total, squared, so that a world
/// whose total is exactly the sum of its true channel outcomes pins c down.
///
/// Returns the posterior mean and standard deviation of each c_i; c = 1 with the prior's
/// spread when there are fewer than 3 months (fewer than 1 when the reports claim more than
/// the totals: the baseline is then held at zero, ``fit(reports:totals:priorSD:)``).
struct TotalCalibration: Sendable, Equatable {
    /// Posterior mean of c_i per channel.
    let factor: [Double]
    /// Posterior standard deviation of c_i.
    let spread: [Double]

    static let priorSD = 0.3
    static let passes = 5

    /// The calibration of `reports` (`[month][channel]`) against `totals` (one per month).
    ///
    /// **The baseline is not negative** (an outcome without media): when the reports together
    /// claim more than the totals, `Σ_t (T_t − Σ_i R_{t,i}) < 0` (the baseline at c = 1 would be
    /// negative), the fit holds the baseline at zero, `T_t = Σ_i c_i R_{t,i} + e_t`, and needs
    /// one month instead of three; σ² then starts from the residuals of c = 1 (`T − Σ R`, no
    /// degree of freedom used) and is re-estimated with months − n degrees of freedom. Once the
    /// months allow the full fit with a degree of freedom left (months ≥ n + 3), it is used
    /// unless its baseline a is negative, in which case the zero-baseline fit is (the
    /// constrained estimate then lies on a = 0).
    static func fit(reports: [[Double]], totals: [Double], priorSD: Double = priorSD) -> TotalCalibration {
        let n = reports.first?.count ?? 0
        let months = min(reports.count, totals.count)
        let uninformed = TotalCalibration(factor: Array(repeating: 1, count: n), spread: Array(repeating: priorSD, count: n))
        guard months >= 1, n > 0 else { return uninformed }
        let reports = Array(reports[0..<months])
        let y = Array(totals[0..<months])
        let overClaimed = zip(reports, y).reduce(0.0) { $0 + $1.1 - $1.0.reduce(0, +) } < 0
        if months >= n + 3, let free = solve(reports, y, baseline: true, priorSD: priorSD) {
            if free.baseline >= 0 { return free.calibration }
            return solve(reports, y, baseline: false, priorSD: priorSD)?.calibration ?? free.calibration
        }
        if overClaimed { return solve(reports, y, baseline: false, priorSD: priorSD)?.calibration ?? uninformed }
        guard months >= 3 else { return uninformed }
        return solve(reports, y, baseline: true, priorSD: priorSD)?.calibration ?? uninformed
    }

    /// The ridge regression of the totals on the reports, with a baseline and its trend
    /// (`baseline`: flat priors) or without (a = b = 0); nil when singular or not finite.
    /// Returns the calibration and the fitted baseline a (0 without one).
    private static func solve(
        _ reports: [[Double]], _ y: [Double], baseline: Bool, priorSD: Double
    ) -> (calibration: TotalCalibration, baseline: Double)? {
        let n = reports.first?.count ?? 0
        let months = y.count
        let q = baseline ? 2 : 0
        let center = Double(months - 1) / 2
        // Design rows: [1, t − t̄, R_{t,1}, …, R_{t,n}] (without the first two for no baseline).
        let rows = (0..<months).map { t in (baseline ? [1, Double(t) - center] : []) + reports[t] }
        let p = n + q
        let prior = Array(repeating: 0.0, count: q) + Array(repeating: 1 / (priorSD * priorSD), count: n)
        let priorMean = Array(repeating: 0.0, count: q) + Array(repeating: 1.0, count: n)
        let meanTotal = y.reduce(0) { $0 + abs($1) } / Double(months)
        let floor = max(pow(1e-6 * meanTotal, 2), 1e-300)
        // Start from c = 1: σ² of the totals less the reports, around their mean and trend
        // (around zero without a baseline).
        var theta = priorMean
        let start = baseline
            ? residualVariance(rows, y, theta: fitBaseline(rows, y, n: n), dof: months - 2)
            : residualVariance(rows, y, theta: priorMean, dof: months)
        var variance = max(start, floor)
        var inverse: [[Double]] = []
        for _ in 0..<passes {
            var a = Array(repeating: Array(repeating: 0.0, count: p), count: p)
            var rhs = Array(repeating: 0.0, count: p)
            for (row, target) in zip(rows, y) {
                for j in 0..<p {
                    rhs[j] += row[j] * target / variance
                    for k in 0..<p { a[j][k] += row[j] * row[k] / variance }
                }
            }
            for j in 0..<p {
                a[j][j] += prior[j] + 1e-12 * max(a[j][j], 1)
                rhs[j] += prior[j] * priorMean[j]
            }
            guard let inv = Self.inverse(a) else { return nil }
            inverse = inv
            theta = (0..<p).map { j in (0..<p).reduce(0) { $0 + inv[j][$1] * rhs[$1] } }
            // The residuals of a fit with p unknowns have months − p degrees of freedom; with
            // none left, the fit may interpolate and the c = 1 estimate is kept.
            if months - p >= 1 { variance = max(residualVariance(rows, y, theta: theta, dof: months - p), floor) }
        }
        guard theta.allSatisfy(\.isFinite) else { return nil }
        let calibration = TotalCalibration(
            factor: Array(theta[q...]), spread: (q..<p).map { max(inverse[$0][$0], 0).squareRoot() })
        return (calibration, baseline ? theta[0] : 0)
    }

    /// θ with c = 1 and (a, b) fitted by least squares to `T − Σ R`.
    private static func fitBaseline(_ rows: [[Double]], _ y: [Double], n: Int) -> [Double] {
        let rest = zip(rows, y).map { row, target in target - row[2...].reduce(0, +) }
        let count = Double(rows.count)
        let meanRest = rest.reduce(0, +) / count
        let sxx = rows.reduce(0) { $0 + $1[1] * $1[1] }
        let sxy = zip(rows, rest).reduce(0) { $0 + $1.0[1] * $1.1 }
        return [meanRest, sxx > 0 ? sxy / sxx : 0] + Array(repeating: 1, count: n)
    }

    private static func residualVariance(_ rows: [[Double]], _ y: [Double], theta: [Double], dof: Int) -> Double {
        let rss = zip(rows, y).reduce(0.0) { sum, pair in
            let fitted = zip(pair.0, theta).reduce(0) { $0 + $1.0 * $1.1 }
            return sum + (pair.1 - fitted) * (pair.1 - fitted)
        }
        return rss / Double(max(dof, 1))
    }

    /// The inverse of a small symmetric positive definite matrix (Gauss–Jordan with partial
    /// pivoting); nil when singular.
    static func inverse(_ matrix: [[Double]]) -> [[Double]]? {
        let p = matrix.count
        var a = matrix.enumerated().map { j, row in row + (0..<p).map { $0 == j ? 1.0 : 0.0 } }
        for col in 0..<p {
            guard let pivot = (col..<p).max(by: { abs(a[$0][col]) < abs(a[$1][col]) }), abs(a[pivot][col]) > 0 else { return nil }
            a.swapAt(col, pivot)
            let scale = a[col][col]
            a[col] = a[col].map { $0 / scale }
            for r in 0..<p where r != col && a[r][col] != 0 {
                let f = a[r][col]
                a[r] = zip(a[r], a[col]).map { $0 - f * $1 }
            }
        }
        return a.map { Array($0[p...]) }
    }
}
