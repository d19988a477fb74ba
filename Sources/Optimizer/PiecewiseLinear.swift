import BudgetModel

/// A continuous piecewise-linear function through `points` (x strictly increasing).
struct PiecewiseLinear: Sendable {
    var points: [CurvePoint]

    /// Slope of each segment.
    var slopes: [Double] {
        (1..<max(points.count, 1)).map { k in
            (points[k].y - points[k - 1].y) / (points[k].x - points[k - 1].x)
        }
    }

    /// The first segment index of the longest suffix whose slopes never increase. Segments
    /// before it need ordering binaries in a MILP; from it on the LP fills them in order.
    ///
    /// A slope computed from two points carries a rounding error of about
    /// `ε·max(|y|)/Δx` (ε = 2.2·10⁻¹⁶), which on segments 10⁻¹⁰ wide (after many refinements
    /// around a plan) reaches 10⁻⁶ of the slope: a concave curve's chords then look
    /// non-concave and a plain LP becomes a MILP that cannot close its gap (fuzz regression
    /// `concave-chords-roundoff.yaml`: 60 MILP rounds, 45 s). An increase within
    /// `8ε·max(|y|)/min(Δx)` of the two segments is therefore taken as rounding. Treating
    /// such a pair as concave lets the LP fill the two segments in either order, which moves
    /// its value by at most that rounding: an upper model stays an upper bound, and a lower
    /// model's plan is valued on the true curve anyway.
    var concaveSuffixStart: Int {
        let slopes = slopes
        guard slopes.count > 1 else { return 0 }
        var start = slopes.count - 1
        while start > 0, slopes[start] <= slopes[start - 1] * (1 + 1e-12) + 1e-15 + roundoff(start) { start -= 1 }
        return start
    }

    /// The rounding bound `8ε·max(|y|)/min(Δx)` of segments `k − 1` and `k` (see
    /// ``concaveSuffixStart``).
    private func roundoff(_ k: Int) -> Double {
        let height = max(abs(points[k - 1].y), abs(points[k].y), abs(points[k + 1].y))
        let width = min(points[k].x - points[k - 1].x, points[k + 1].x - points[k].x)
        return 8 * Double.ulpOfOne * height / width
    }

    var isConcave: Bool { concaveSuffixStart == 0 }
}

/// Breakpoints of one channel's curve on its spend domain, and the two piecewise-linear
/// functions they define: one never above the curve and one never below it.
///
/// On a concave stretch the chord through breakpoints lies below the curve and the envelope
/// of tangents at the breakpoints lies above it; on a convex stretch (the foot of an
/// S-shaped hill) it is the other way round. So `lower ≤ curve ≤ upper` on the whole domain,
/// and the optimum over `upper` bounds the true optimum from above while a plan found over
/// `lower` is truly feasible for rules on outcome (min_roi, target_outcome).
struct Linearization: Sendable {
    let curve: Curve
    /// Sorted breakpoints; the first and last are the domain's ends.
    private(set) var breakpoints: [Double]

    /// - Parameters:
    ///   - curve: The channel's response curve.
    ///   - domain: The spend range the channel can take; `lowerBound ≥ 0`.
    ///   - segments: Uniform segments to start from; the curve's inflection and kinks are added.
    ///   - extra: Further spend levels to include (current spend, min_buy).
    init(curve: Curve, domain: ClosedRange<Double>, segments: Int, extra: [Double] = []) {
        self.curve = curve
        var points = [domain.lowerBound, domain.upperBound]
        if !Self.isExact(curve) {
            let width = domain.upperBound - domain.lowerBound
            points = (0...segments).map { domain.lowerBound + width * Double($0) / Double(segments) }
        }
        points += (curve.specialPoints + extra + curve.ladder(over: domain)).filter { domain.contains($0) }
        self.breakpoints = Self.normalized(points, domain: domain)
    }

    /// Whether the linearisation equals the curve (linear and points curves).
    var isExact: Bool { Self.isExact(curve) }

    static func isExact(_ curve: Curve) -> Bool {
        switch curve {
        case .linear, .points: true
        default: false
        }
    }

    /// Adds breakpoints at `x` and at the middle of the segments on either side of it, so the
    /// spacing around a plan halves with every refinement.
    mutating func refine(around x: Double) {
        guard !isExact, breakpoints.count > 1 else { return }
        let low = breakpoints[0]
        let high = breakpoints[breakpoints.count - 1]
        let x = min(max(x, low), high)
        let index = breakpoints.firstIndex { $0 >= x } ?? breakpoints.count - 1
        var added = [x]
        if index > 0 { added.append((breakpoints[index - 1] + x) / 2) }
        if breakpoints[index] > x { added.append((x + breakpoints[index]) / 2) }
        if index + 1 < breakpoints.count { added.append((x + breakpoints[index + 1]) / 2) }
        breakpoints = Self.normalized(breakpoints + added, domain: low...high)
    }

    /// The least half-width of a pin in an LP, relative to `max(1, |x|)` (internal units, where
    /// the typical amount is 1): three times GLPK's primal feasibility tolerance (10⁻⁷). A
    /// segment about as short as that tolerance can be full and empty at once to the simplex
    /// method, which then moves between its phases without end ("numerical instability (primal
    /// simplex, phase II)"): a 2-channel × 6-month plan pinned at 4·10⁻⁸ did so until the stall
    /// guard's 5 s ran out. (A MILP's pins keep their width: its integer rows are met to GLPK's
    /// integer tolerance only, and wider pins there moved a `buy_unit` plan off whole units.)
    static let minimumPinWidth = 3e-7

    /// Adds breakpoints at `x` and `x ± width`, so both one-sided slopes at `x` are within
    /// `width` of the curve's derivative there: the duals of a model solved at such a point
    /// are the true marginal values. With `apart`, the width is at least ``minimumPinWidth``.
    mutating func pin(at x: Double, width: Double, apart: Bool = true) {
        guard !isExact, breakpoints.count > 1 else { return }
        let low = breakpoints[0]
        let high = breakpoints[breakpoints.count - 1]
        let width = apart ? max(width, Self.minimumPinWidth * max(1, abs(x))) : width
        breakpoints = Self.normalized(breakpoints + [x - width, x, x + width], domain: low...high)
    }

    /// A function that is ≤ the curve everywhere on the domain.
    var lower: PiecewiseLinear { envelope(upper: false) }
    /// A function that is ≥ the curve everywhere on the domain.
    var upper: PiecewiseLinear { envelope(upper: true) }

    private func envelope(upper: Bool) -> PiecewiseLinear {
        if isExact { return exact() }
        var result: [CurvePoint] = []
        let inflection = curve.specialPoints.first
        var start = 0
        while start < breakpoints.count - 1 {
            // A run of segments with one curvature: convex below the hill's inflection.
            let convex = inflection.map { breakpoints[start] < $0 } ?? false
            var end = start + 1
            while end < breakpoints.count - 1, (inflection.map { breakpoints[end] < $0 } ?? false) == convex { end += 1 }
            let run = Array(breakpoints[start...end])
            // Tangents lie above a concave stretch and below a convex one.
            let piece = (convex != upper) ? tangents(run) : chords(run)
            result += result.isEmpty ? piece : Array(piece.dropFirst())
            start = end
        }
        if result.isEmpty, let only = breakpoints.first { result = [CurvePoint(x: only, y: curve.outcome(only))] }
        return PiecewiseLinear(points: result)
    }

    private func chords(_ run: [Double]) -> [CurvePoint] {
        run.map { CurvePoint(x: $0, y: curve.outcome($0)) }
    }

    /// The envelope of the tangents at `run`'s points (the minimum of them on a concave
    /// stretch, the maximum on a convex one): it touches the curve at each breakpoint and
    /// bends where neighbouring tangents cross. A tangent with infinite slope (at x = 0 for
    /// hill shape < 1 or power < 1) is left out; the next tangent then gives the value at x = 0.
    private func tangents(_ run: [Double]) -> [CurvePoint] {
        let lines = run.compactMap { x -> (x: Double, y: Double, slope: Double)? in
            let slope = curve.marginal(x)
            return slope.isFinite ? (x, curve.outcome(x), slope) : nil
        }
        guard let first = lines.first, let last = lines.last else { return chords(run) }
        var points = [CurvePoint(x: run[0], y: first.y + first.slope * (run[0] - first.x))]
        for k in 1..<lines.count {
            let (a, b) = (lines[k - 1], lines[k])
            let denominator = a.slope - b.slope
            if abs(denominator) <= 1e-12 * max(abs(a.slope), abs(b.slope), 1e-300) {
                points.append(CurvePoint(x: b.x, y: b.y))
                continue
            }
            var crossing = (b.y - a.y + a.slope * a.x - b.slope * b.x) / denominator
            crossing = min(max(crossing, a.x), b.x)
            points.append(CurvePoint(x: crossing, y: a.y + a.slope * (crossing - a.x)))
        }
        let endX = run[run.count - 1]
        points.append(CurvePoint(x: endX, y: last.y + last.slope * (endX - last.x)))
        return Self.deduplicated(points)
    }

    private func exact() -> PiecewiseLinear {
        let low = breakpoints[0]
        let high = breakpoints[breakpoints.count - 1]
        var xs = [low, high]
        if case let .points(points) = curve { xs += points.map(\.x).filter { $0 > low && $0 < high } }
        return PiecewiseLinear(points: Self.normalized(xs, domain: low...high).map { CurvePoint(x: $0, y: curve.outcome($0)) })
    }

    /// Sorted, clamped to the domain, with near-duplicates (closer than 1e-9 of the width) merged.
    private static func normalized(_ points: [Double], domain: ClosedRange<Double>) -> [Double] {
        let tolerance = max(domain.upperBound - domain.lowerBound, 1) * 1e-10
        var result: [Double] = []
        for x in points.map({ min(max($0, domain.lowerBound), domain.upperBound) }).sorted() {
            if let last = result.last, x - last <= tolerance { continue }
            result.append(x)
        }
        if let last = result.last, last < domain.upperBound {
            if domain.upperBound - last <= tolerance { result[result.count - 1] = domain.upperBound } else { result.append(domain.upperBound) }
        }
        return result
    }

    private static func deduplicated(_ points: [CurvePoint]) -> [CurvePoint] {
        var result: [CurvePoint] = []
        for point in points {
            if let last = result.last, point.x - last.x <= 1e-12 * max(abs(point.x), 1) {
                result[result.count - 1].y = max(last.y, point.y)
                continue
            }
            result.append(point)
        }
        return result
    }
}
