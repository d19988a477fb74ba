import BudgetModel
import Foundation

/// One channel's response on its spend range `[low, high]`, seen through its concave hull:
/// the smallest concave function above the curve there.
///
/// For a concave curve the hull is the curve. For an S-shaped hill (shape s > 1, convex below
/// its inflection `c = K·((s−1)/(s+1))^(1/s)`, concave above) starting below `c`, the hull is
/// the straight line from `(low, f(low))` to the *knee* `t`, the point where that line touches
/// the curve (`f'(t)·(t − low) = f(t) − f(low)`, `t ≥ c`), and the curve from `t` on; when no
/// such `t ≤ high` exists the hull is the chord from `low` to `high`.
///
/// The best response to a price `p` (outcome per unit of spend), `argmax hull(x) − p·x`, is
/// then `low` when `p` is above the line's slope, a point of the concave stretch `[t, high]`
/// when it is below, and anywhere on `[low, t]` at exactly that slope: the one channel-level
/// decision prices leave open. Every best response lies where the hull equals the curve, so
/// a sum of best responses is a true plan with a true outcome.
struct HullResponse: Sendable {
    let curve: Curve
    let low: Double
    let high: Double
    /// Where the concave stretch starts (`low` for a concave curve).
    let knee: Double
    /// Slope of the hull's straight piece `(f(knee) − f(low))/(knee − low)`; `+∞` without one.
    let kneeSlope: Double
    /// What every best response on the concave stretch needs, worked out once: the marginal
    /// return at `knee` and at `high`, and for a hill the logarithms its Newton steps use
    /// (a 100,000-item cell asks for tens of best responses per item).
    private var marginalAtKnee = Double.nan
    private var marginalAtHigh = Double.nan
    private var hill: Curve.HillLogs?

    /// Builds the hull of `curve` on `[low, high]`; nil for a non-concave `points` curve
    /// (whose hull this type does not compute).
    init?(curve: Curve, low: Double, high: Double) {
        self.curve = curve
        self.low = low
        self.high = max(high, low)
        if curve.isConcave || self.high <= low {
            (knee, kneeSlope) = (low, .infinity)
            prepare()
            return
        }
        guard case let .hill(_, k, s) = curve else { return nil }
        let inflection = k * pow((s - 1) / (s + 1), 1 / s)
        if low >= inflection {
            (knee, kneeSlope) = (low, .infinity)
            prepare()
            return
        }
        let base = curve.outcome(low)
        // φ(t) = f'(t)(t − low) − (f(t) − f(low)): ≥ 0 at the inflection, decreasing after it.
        func phi(_ t: Double) -> Double { curve.marginal(t) * (t - low) - (curve.outcome(t) - base) }
        var t = self.high
        if phi(self.high) < 0 {
            var a = max(inflection, low)
            var b = self.high
            var steps = 0
            while steps < 200, b - a > 1e-14 * b {
                steps += 1
                let m = 0.5 * (a + b)
                if phi(m) >= 0 { a = m } else { b = m }
            }
            t = b
        }
        knee = t
        kneeSlope = (curve.outcome(t) - base) / (t - low)
        prepare()
    }

    /// Whether the hull has a straight piece (an on/off decision at price ``kneeSlope``).
    var isOpenable: Bool { knee > low }

    /// The best response to price `p`: `argmax hull(x) − p·x` on `[low, high]`; at a tie
    /// (`p` = ``kneeSlope``) the lower end.
    func spend(atPrice p: Double) -> Double {
        if isOpenable && p >= kneeSlope { return low }
        return concaveSpend(atPrice: p)
    }

    /// The best response on the concave stretch `[knee, high]` only (the channel held "on"):
    /// `curve.spend(atMarginal: p, lower: knee, upper: high)`, with its constants worked out once.
    func concaveSpend(atPrice p: Double) -> Double {
        if knee >= high { return high }
        guard let hill else { return curve.spend(atMarginal: p, lower: knee, upper: high) }
        if marginalAtKnee <= p { return knee }
        if marginalAtHigh >= p { return high }
        return min(max(Curve.hillSpend(atMarginal: p, hill), knee), high)
    }

    private mutating func prepare() {
        guard knee < high, case let .hill(beta, k, s) = curve, s != 1 else { return }
        marginalAtKnee = curve.marginal(knee)
        marginalAtHigh = curve.marginal(high)
        hill = Curve.HillLogs(beta: beta, k: k, s: s, lower: knee, upper: high)
    }

    /// The largest useful price: the hull's slope at `low`, possibly `+∞`.
    var topPrice: Double { isOpenable ? kneeSlope : curve.marginal(low) }
}

extension Curve {
    /// A hill with shape > 1: convex below its inflection, concave above.
    var isSShapedHill: Bool {
        if case let .hill(_, _, s) = self { return s > 1 }
        return false
    }
}
