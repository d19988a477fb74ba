import BudgetModel

extension Curve {
    /// The spend at which the curve bends: `half_saturation` for hill, `scale` for exponential
    /// and log; `nil` for curves without one (power, linear, points).
    var bendScale: Double? {
        switch self {
        case let .hill(_, k, _): k
        case let .exponential(_, scale), let .log(_, scale): scale
        case .power, .linear, .points: nil
        }
    }

    /// Breakpoints at `bend·2ʲ` (j = −4, −3, …) up to the domain's end, when the domain is more
    /// than 64 times wider than the curve's bend (a channel `max: 1e20` on a curve that bends at
    /// 10⁵). Evenly spaced breakpoints would then all sit where the curve is flat and the
    /// refinement would need dozens of halvings to reach the bend; the ladder puts a few on
    /// every scale from the bend (or 10⁻⁷ of the domain) up. Empty for ordinary domains, so
    /// their linearisation is unchanged.
    func ladder(over domain: ClosedRange<Double>) -> [Double] {
        guard let bend = bendScale, bend > 0, domain.upperBound - domain.lowerBound > 64 * bend else { return [] }
        var points: [Double] = []
        // Not below 10⁻⁷ of the domain: finer segments are under GLPK's tolerances.
        var x = max(bend / 16, (domain.upperBound - domain.lowerBound) * 1e-7)
        while x < domain.upperBound, points.count < 200 {
            if x > domain.lowerBound { points.append(x) }
            x *= 2
        }
        return points
    }
}
