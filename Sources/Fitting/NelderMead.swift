/// Derivative-free minimisation of a function of several variables by the Nelder–Mead
/// simplex method, with the dimension-adaptive coefficients of Gao & Han (2012):
/// reflection 1, expansion `1 + 2/d`, contraction `0.75 − 1/(2d)`, shrink `1 − 1/d`, which
/// keep the method effective in 10–20 dimensions where the classic (1, 2, ½, ½) stalls.
///
/// No bounds: callers map a box to the whole space (e.g. by a logistic transform).
/// Nelder–Mead can stop short of a minimum when the simplex collapses; ``minimize(_:from:step:)``
/// therefore restarts a fresh simplex at the best point until a restart no longer improves.
struct NelderMead {
    /// Stop after this many function evaluations in total (over all restarts).
    var maxEvaluations: Int
    /// A simplex has converged when `f_worst − f_best ≤ tolerance · (|f_best| + 10⁻³⁰⁰)`.
    var tolerance: Double = 1e-10
    /// At most this many fresh simplices after the first.
    var restarts: Int = 3

    struct Result {
        var point: [Double]
        var value: Double
        var evaluations: Int
    }

    /// Minimises `f` starting at `start`, with an initial simplex of `start` plus `step` along
    /// each axis. Non-finite values of f count as +∞.
    func minimize(_ f: ([Double]) -> Double, from start: [Double], step: Double) -> Result {
        var evaluations = 0
        func evaluate(_ x: [Double]) -> Double {
            evaluations += 1
            let value = f(x)
            return value.isFinite ? value : .infinity
        }
        var best = Result(point: start, value: evaluate(start), evaluations: 0)
        var round = 0
        while round <= restarts, evaluations < maxEvaluations {
            let before = best.value
            best = simplexRun(evaluate, best.point, best.value, step: round == 0 ? step : step / 2) {
                evaluations >= maxEvaluations
            }
            round += 1
            if round > 1, before - best.value <= tolerance * (abs(before) + 1e-300) { break }
        }
        best.evaluations = evaluations
        return best
    }

    private func simplexRun(
        _ f: ([Double]) -> Double, _ start: [Double], _ startValue: Double, step: Double,
        exhausted: () -> Bool
    ) -> Result {
        let d = start.count
        let (alpha, gamma) = (1.0, 1 + 2 / Double(d))
        let (rho, sigma) = (0.75 - 1 / (2 * Double(max(d, 2))), 1 - 1 / Double(max(d, 2)))
        var points = [start]
        var values = [startValue]
        for i in 0..<d where !exhausted() {
            var p = start
            p[i] += step
            points.append(p)
            values.append(f(p))
        }
        guard points.count == d + 1 else { return Result(point: start, value: startValue, evaluations: 0) }
        func combine(_ a: [Double], _ b: [Double], _ t: Double) -> [Double] {
            (0..<d).map { a[$0] + t * (b[$0] - a[$0]) }  // a + t (b − a)
        }
        while !exhausted() {
            let order = values.indices.sorted { values[$0] < values[$1] }
            points = order.map { points[$0] }
            values = order.map { values[$0] }
            if values[d] - values[0] <= tolerance * (abs(values[0]) + 1e-300) { break }
            var centroid = [Double](repeating: 0, count: d)
            for p in points.dropLast() { for i in 0..<d { centroid[i] += p[i] / Double(d) } }
            let reflected = combine(centroid, points[d], -alpha)
            let fr = f(reflected)
            if fr < values[0] {
                let expanded = combine(centroid, points[d], -alpha * gamma)
                let fe = f(expanded)
                (points[d], values[d]) = fe < fr ? (expanded, fe) : (reflected, fr)
            } else if fr < values[d - 1] {
                (points[d], values[d]) = (reflected, fr)
            } else {
                let outside = fr < values[d]
                let contracted = combine(centroid, outside ? reflected : points[d], rho)
                let fc = f(contracted)
                if fc < (outside ? fr : values[d]) {
                    (points[d], values[d]) = (contracted, fc)
                } else {
                    for k in 1...d where !exhausted() {
                        points[k] = combine(points[0], points[k], sigma)
                        values[k] = f(points[k])
                    }
                }
            }
        }
        let bestIndex = values.indices.min { values[$0] < values[$1] } ?? 0
        return Result(point: points[bestIndex], value: values[bestIndex], evaluations: 0)
    }
}
