import BudgetModel

extension CurveFamily {
    /// The least-squares curve of this family through `(spend, outcome)` pairs, by variable
    /// projection.
    ///
    /// For fixed non-linear parameters p the best β ≥ 0 has a closed form: with
    /// `f_t = f(x_t; p)`, `β = max(0, Σ f_t y_t / Σ f_t²)` and the error is
    /// `Σ y² − (Σ f y)² / Σ f²`. So only p (1 or 2 numbers) is searched: a grid over the
    /// log-space box (41 points, or 25 × 13 for hill), then golden-section search between the
    /// best grid point's neighbours (one parameter) or Nelder–Mead from it (hill).
    ///
    /// - Parameters:
    ///   - spend: Spend per period, ≥ 0, with at least one positive value.
    ///   - outcome: Outcome per period, same length.
    /// - Returns: The fitted curve and its sum of squared errors.
    func fit(spend: ArraySlice<Double>, outcome: ArraySlice<Double>) -> (curve: Curve, sse: Double) {
        let positive = spend.filter { $0 > 0 }
        let typical = positive.reduce(0, +) / Double(max(positive.count, 1))
        let box = parameterBox(typicalSpend: typical)
        let xs = Array(spend)
        let ys = Array(outcome)
        let yy = ys.reduce(0) { $0 + $1 * $1 }
        // Parameters as fractions z ∈ [0, 1] of the box, so one step size fits every axis.
        func parameters(_ z: [Double]) -> [Double] {
            zip(z, box).map { z, range in
                range.lowerBound + min(max(z, 0), 1) * (range.upperBound - range.lowerBound)
            }
        }
        func projected(_ p: [Double]) -> (beta: Double, sse: Double) {
            var (fy, ff) = (0.0, 0.0)
            for t in 0..<xs.count {
                let f = basis(xs[t], p)
                fy += f * ys[t]
                ff += f * f
            }
            guard ff > 0, fy > 0 else { return (0, yy) }
            return (fy / ff, max(yy - fy * fy / ff, 0))
        }
        let objective: ([Double]) -> Double = { projected(parameters($0)).sse }
        var bestZ: [Double]
        if box.count == 1 {
            let grid = (0...40).map { Double($0) / 40 }
            let values = grid.map { objective([$0]) }
            let index = values.indices.min { values[$0] < values[$1] } ?? 0
            let refined = GoldenSection.minimize(
                { objective([$0]) }, low: grid[max(index - 1, 0)], high: grid[min(index + 1, 40)], tolerance: 1e-7)
            bestZ = refined.value <= values[index] ? [refined.x] : [grid[index]]
        } else {
            var best = (z: [0.5, 0.5], value: Double.infinity)
            for i in 0...24 {
                for j in 0...12 {
                    let z = [Double(i) / 24, Double(j) / 12]
                    let value = objective(z)
                    if value < best.value { best = (z, value) }
                }
            }
            let search = NelderMead(maxEvaluations: 600, tolerance: 1e-12, restarts: 2)
            let refined = search.minimize(objective, from: best.z, step: 1.0 / 24)
            bestZ = refined.value <= best.value ? refined.point : best.z
        }
        let p = parameters(bestZ)
        let (beta, sse) = projected(p)
        return (curve(beta: beta, p), sse)
    }
}
