/// A response curve: the expected outcome of one period's spend `x` on a channel.
///
/// Spend and outcome are in the scenario's units (currency for `x`; revenue, leads or
/// exposures for the outcome). Every curve is defined for `x ≥ 0`, is non-decreasing, and has
/// `outcome(0) = 0`.
public enum Curve: Sendable, Equatable {
    /// `β · xˢ / (xˢ + Kˢ)` with β > 0, K > 0 (half saturation: outcome(K) = β/2), s > 0.
    /// Concave for s ≤ 1; S-shaped for s > 1, convex below the inflection
    /// `K · ((s − 1)/(s + 1))^(1/s)` and concave above it. Saturates at β.
    case hill(beta: Double, halfSaturation: Double, shape: Double)
    /// `β · (1 − e^(−x/scale))` with β > 0, scale > 0. Concave; saturates at β.
    case exponential(beta: Double, scale: Double)
    /// `β · ln(1 + x/scale)` with β > 0, scale > 0. Concave; unbounded.
    case log(beta: Double, scale: Double)
    /// `β · x^exponent` with β > 0, 0 < exponent ≤ 1. Concave; unbounded.
    case power(beta: Double, exponent: Double)
    /// `roi · x` with roi ≥ 0. Concave (and convex); unbounded, so bound it with a channel `max`.
    case linear(roi: Double)
    /// Straight lines through `points` (x ascending, first point (0, 0)), flat past the last.
    /// Concave exactly when the slopes never increase.
    case points([CurvePoint])
}

/// One point `(x, y)` of a ``Curve/points(_:)`` curve: spend `x`, outcome `y`.
public struct CurvePoint: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

extension Curve {
    /// The curve's type name as written in a scenario file.
    public var typeName: String {
        switch self {
        case .hill: "hill"
        case .exponential: "exponential"
        case .log: "log"
        case .power: "power"
        case .linear: "linear"
        case .points: "points"
        }
    }

    /// The outcome of spend `x` (x ≥ 0; negative x is treated as 0).
    public func outcome(_ x: Double) -> Double {
        let x = max(x, 0)
        switch self {
        case let .hill(beta, k, s):
            if x == 0 { return 0 }
            // β / (1 + (K/x)ˢ) avoids overflow of xˢ for large x.
            // Shape 1 (the simulator's learned curves): pow(y, 1) is y exactly, without the call.
            return beta / (1 + (s == 1 ? k / x : pow(k / x, s)))
        case let .exponential(beta, scale):
            return -beta * expm1(-x / scale)
        case let .log(beta, scale):
            return beta * log1p(x / scale)
        case let .power(beta, exponent):
            return beta * pow(x, exponent)
        case let .linear(roi):
            return roi * x
        case let .points(points):
            return Self.interpolate(points, at: x)
        }
    }

    /// The marginal outcome `d outcome / dx` at `x` (the right derivative where the curve has a
    /// kink); `+∞` at x = 0 for hill with s < 1 and power with exponent < 1.
    public func marginal(_ x: Double) -> Double {
        let x = max(x, 0)
        switch self {
        case let .hill(beta, k, s):
            if x == 0 { return s < 1 ? .infinity : (s == 1 ? beta / k : 0) }
            // β s Kˢ x^(s−1) / (xˢ + Kˢ)², written with r = (K/x)ˢ to stay finite.
            let r = s == 1 ? k / x : pow(k / x, s)
            return beta * s * r / (x * (1 + r) * (1 + r))
        case let .exponential(beta, scale):
            return beta / scale * exp(-x / scale)
        case let .log(beta, scale):
            return beta / (scale + x)
        case let .power(beta, exponent):
            if x == 0 { return exponent < 1 ? .infinity : beta }
            return beta * exponent * pow(x, exponent - 1)
        case let .linear(roi):
            return roi
        case let .points(points):
            for index in 1..<points.count where x < points[index].x {
                let (a, b) = (points[index - 1], points[index])
                return (b.y - a.y) / (b.x - a.x)
            }
            return 0
        }
    }

    /// Whether the curve is concave on x ≥ 0 (then maximising it is an LP after linearisation).
    public var isConcave: Bool {
        switch self {
        case let .hill(_, _, s): return s <= 1
        case .exponential, .log, .power, .linear: return true
        case let .points(points):
            var previous = Double.infinity
            for index in 1..<points.count {
                let slope = (points[index].y - points[index - 1].y) / (points[index].x - points[index - 1].x)
                if slope > previous * (1 + 1e-12) + 1e-12 { return false }
                previous = slope
            }
            return true
        }
    }

    /// Spend levels where the curve changes between convex and concave, or has a kink:
    /// the hill inflection `K·((s−1)/(s+1))^(1/s)` for s > 1, and the inner points of a
    /// points curve. Linearisations put a breakpoint at each.
    public var specialPoints: [Double] {
        switch self {
        case let .hill(_, k, s) where s > 1:
            return [k * pow((s - 1) / (s + 1), 1 / s)]
        case let .points(points):
            return points.map(\.x)
        default:
            return []
        }
    }

    /// The least upper bound of the outcome over all spend: β for saturating curves, the last
    /// point's outcome for points curves, `nil` (unbounded) otherwise.
    public var supremum: Double? {
        switch self {
        case let .hill(beta, _, _), let .exponential(beta, _): beta
        case let .points(points): points.map(\.y).max()
        case let .linear(roi): roi == 0 ? 0 : nil
        case .log, .power: nil
        }
    }

    /// The same curve with every outcome multiplied by `factor` (≥ 0): a channel that gets
    /// `factor` times as effective.
    public func scaled(by factor: Double) -> Curve {
        switch self {
        case let .hill(beta, k, s): .hill(beta: beta * factor, halfSaturation: k, shape: s)
        case let .exponential(beta, scale): .exponential(beta: beta * factor, scale: scale)
        case let .log(beta, scale): .log(beta: beta * factor, scale: scale)
        case let .power(beta, exponent): .power(beta: beta * factor, exponent: exponent)
        case let .linear(roi): .linear(roi: roi * factor)
        case let .points(points): .points(points.map { CurvePoint(x: $0.x, y: $0.y * factor) })
        }
    }

    /// The polyline through `points` (sorted by x) at `x ≥ points[0].x`: linear between
    /// neighbours, constant past the last point.
    public static func interpolate(_ points: [CurvePoint], at x: Double) -> Double {
        guard let last = points.last else { return 0 }
        if x >= last.x { return last.y }
        var low = 0
        var high = points.count - 1
        while high - low > 1 {
            let middle = (low + high) / 2
            if points[middle].x <= x { low = middle } else { high = middle }
        }
        let (a, b) = (points[low], points[high])
        return a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
