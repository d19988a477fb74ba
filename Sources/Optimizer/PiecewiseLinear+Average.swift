import BudgetModel

extension PiecewiseLinear {
    /// The function's value at `x` (linear between points, constant past the ends).
    func value(at x: Double) -> Double {
        guard let first = points.first else { return 0 }
        return x <= first.x ? first.y : Curve.interpolate(points, at: x)
    }

    /// `(1/K) Σₖ fₖ`, exactly: a piecewise-linear function on the union of the functions'
    /// points (each fₖ is linear between its own points, so their average is linear between
    /// the union's). If every `fₖ ≤ f̂ₖ` then the averages keep the order, so the average of
    /// lower (upper) pictures is a lower (upper) picture of the averaged curve.
    static func average(_ functions: [PiecewiseLinear]) -> PiecewiseLinear {
        guard functions.count > 1 else { return functions.first ?? PiecewiseLinear(points: []) }
        let xs = functions.flatMap { $0.points.map(\.x) }.sorted()
        guard let low = xs.first, let high = xs.last else { return functions[0] }
        let tolerance = max(high - low, 1) * 1e-12
        var merged: [Double] = []
        for x in xs where merged.last.map({ x - $0 > tolerance }) ?? true { merged.append(x) }
        let scale = 1 / Double(functions.count)
        return PiecewiseLinear(points: merged.map { x in
            CurvePoint(x: x, y: functions.reduce(0) { $0 + $1.value(at: x) } * scale)
        })
    }
}
