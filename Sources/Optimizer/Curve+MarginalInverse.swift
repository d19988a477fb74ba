import Foundation
import BudgetModel

extension Curve {
    /// The spend in `[lower, upper]` that maximises `outcome(x) − price·x` for a concave curve:
    /// `lower` when the curve's marginal there is already ≤ price, `upper` when it is still ≥
    /// price there, else the `x` with `marginal(x) = price`. Closed forms where they exist:
    /// - hill, shape 1: `√(βK/price) − K`;
    /// - exponential: `scale·ln(β/(scale·price))`;
    /// - log: `β/price − scale`;
    /// - power: `(price/(β·e))^(1/(e−1))`;
    /// otherwise (hill with shape < 1, points) Newton's method on `ln marginal(x) = ln price`
    /// in `ln x`, which is monotone for these curves, safeguarded by bisection.
    ///
    /// Precondition: the curve is concave (its marginal never increases).
    func spend(atMarginal price: Double, lower: Double, upper: Double) -> Double {
        if marginal(lower) <= price { return lower }
        if marginal(upper) >= price { return upper }
        let x: Double
        switch self {
        case let .hill(beta, k, s) where s == 1:
            x = (beta * k / price).squareRoot() - k
        case let .exponential(beta, scale):
            x = scale * Foundation.log(beta / (scale * price))
        case let .log(beta, scale):
            x = beta / price - scale
        case let .hill(beta, k, s):
            x = Self.hillSpend(atMarginal: price, beta: beta, k: k, s: s, lower: lower, upper: upper)
        case let .power(beta, exponent) where exponent < 1:
            x = pow(price / (beta * exponent), 1 / (exponent - 1))
        case let .points(points):
            // The kink where the slope first drops to ≤ price.
            var at = upper
            for index in 1..<points.count {
                let slope = (points[index].y - points[index - 1].y) / (points[index].x - points[index - 1].x)
                if slope <= price { at = points[index - 1].x; break }
            }
            x = at
        default:
            x = solveMarginal(price, lower: lower, upper: upper)
        }
        return min(max(x, lower), upper)
    }

    /// The logarithms ``hillSpend(atMarginal:_:)`` needs for one hill on one stretch.
    struct HillLogs: Sendable {
        let s: Double
        let lnK: Double
        let lnBetaS: Double
        /// `ln max(lower, upper·10⁻¹⁵, 10⁻³⁰⁰)` and `ln upper`: the bracket in `u = ln x`.
        let lnLower: Double
        let lnUpper: Double

        init(beta: Double, k: Double, s: Double, lower: Double, upper: Double) {
            self.s = s
            lnK = Foundation.log(k)
            lnBetaS = Foundation.log(beta * s)
            lnLower = Foundation.log(max(lower, upper * 1e-15, 1e-300))
            lnUpper = Foundation.log(upper)
        }
    }

    private static func hillSpend(
        atMarginal price: Double, beta: Double, k: Double, s: Double, lower: Double, upper: Double
    ) -> Double {
        hillSpend(atMarginal: price, HillLogs(beta: beta, k: k, s: s, lower: lower, upper: upper))
    }

    /// Hill (any shape, on a stretch where its marginal falls): safeguarded Newton in
    /// `u = ln x` on `g(u) = ln β s + ln r − u − 2 ln(1 + r) − ln price`, `r = (K/x)ˢ`, with
    /// `g'(u) = s − 1 − 2s/(1 + r)` (Halley's step, with `g''`): one `exp` and one `log1p` per
    /// step. It starts from the large-spend asymptote `x = (β s Kˢ / price)^(1/(s+1))` or, for
    /// s < 1, the small-spend one `x = (β s / (Kˢ price))^(1/(1−s))` if smaller, clamped into
    /// the bracket.
    static func hillSpend(atMarginal price: Double, _ logs: HillLogs) -> Double {
        let (s, lnK) = (logs.s, logs.lnK)
        var a = logs.lnLower
        var b = logs.lnUpper
        let constant = logs.lnBetaS - Foundation.log(price)
        var u = (constant + s * lnK) / (s + 1)
        // Below 1 the small-spend asymptote (g ≈ C − s ln K + (s − 1)u) bounds the root too
        // (ln(1 + r) ≥ max(ln r, 0), so g lies below both lines): start at the smaller root.
        if s < 1 { u = Swift.min(u, (constant - s * lnK) / (1 - s)) }
        // Above the bracket: start just inside its top, not at its middle (10⁻⁷·⁵ of the cap).
        if u >= b { u = b - 0.01 * (b - a) }
        if !(u > a && u < b) { u = 0.5 * (a + b) }
        for _ in 0..<100 {
            let lnR = s * (lnK - u)
            let r = exp(lnR)
            let onePlus = lnR > 40 ? lnR : log1p(r)  // ln(1 + r) without overflow
            let g = constant + lnR - u - 2 * onePlus
            if g > 0 { a = u } else { b = u }
            if abs(g) < 1e-13 || b - a <= 1e-14 * max(abs(b), 1) { break }
            let share = lnR > 40 ? 1 : r / (1 + r)
            let slope = s - 1 - 2 * s * (1 - share)
            // Halley's step with g''(u) = −2s²·r/(1 + r)²: about 4 steps instead of 6.
            let curvature = -2 * s * s * share * (1 - share)
            var next = slope < 0 ? u - 2 * g * slope / (2 * slope * slope - g * curvature) : .nan
            if !(next > a && next < b) { next = 0.5 * (a + b) }
            u = next
        }
        return exp(u)
    }

    /// Safeguarded Newton in `u = ln x` on `g(u) = ln marginal(eᵘ) − ln price` (decreasing).
    private func solveMarginal(_ price: Double, lower: Double, upper: Double) -> Double {
        var low = max(lower, upper * 1e-15, 1e-300)
        var high = upper
        let target = Foundation.log(price)
        var u = 0.5 * (Foundation.log(low) + Foundation.log(high))
        for _ in 0..<100 {
            let x = exp(u)
            let g = Foundation.log(marginal(x)) - target
            if g > 0 { low = x } else { high = x }
            if abs(g) < 1e-13 || high - low <= 1e-13 * high { break }
            let slope = logMarginalElasticity(x)
            var next = slope < 0 ? u - g / slope : .nan
            if !(next > Foundation.log(low) && next < Foundation.log(high)) { next = 0.5 * (Foundation.log(low) + Foundation.log(high)) }
            u = next
        }
        return exp(u)
    }
}

extension Curve {
    /// `d ln marginal(x) / d ln x`: for hill, `(s − 1) − 2s·xˢ/(xˢ + Kˢ)`; otherwise a
    /// symmetric difference.
    fileprivate func logMarginalElasticity(_ x: Double) -> Double {
        if case let .hill(_, k, s) = self {
            let r = pow(k / x, s)  // Kˢ/xˢ
            return (s - 1) - 2 * s / (1 + r)
        }
        let h = 1e-6
        return (Foundation.log(marginal(x * exp(h))) - Foundation.log(marginal(x * exp(-h)))) / (2 * h)
    }
}
