import Foundation

/// Finds where a decreasing function of price crosses zero, in log-price (prices span many
/// orders of magnitude), by the Illinois variant of regula falsi: superlinear on smooth
/// stretches, and the bracket still shrinks where the function jumps.
enum PriceSearch {
    /// Narrows `[low, high]` (with `g(low) ≥ 0 ≥ g(high)`, `g` decreasing, `0 < low ≤ high`)
    /// until `done(low, high, g(low), g(high))` holds or `limit` evaluations are spent.
    ///
    /// - Returns: The final bracket.
    static func bracket(
        low: Double, high: Double, limit: Int = 100, _ g: (Double) -> Double,
        done: (_ low: Double, _ high: Double, _ gLow: Double, _ gHigh: Double) -> Bool
    ) -> (low: Double, high: Double) {
        var (a, b) = (Foundation.log(low), Foundation.log(high))
        var (ga, gb) = (g(low), g(high))
        var side = 0
        for _ in 0..<limit {
            if done(exp(a), exp(b), ga, gb) || b - a <= 1e-15 * max(abs(a), abs(b), 1) { break }
            var u = ga - gb > 0 ? a + (b - a) * ga / (ga - gb) : 0.5 * (a + b)
            // Keep the step strictly inside, and bisect when regula falsi would crawl.
            if !(u > a + 1e-3 * (b - a) && u < b - 1e-3 * (b - a)) { u = 0.5 * (a + b) }
            let gu = g(exp(u))
            if gu >= 0 {
                (a, ga) = (u, gu)
                if side == 1 { gb *= 0.5 }
                side = 1
            } else {
                (b, gb) = (u, gu)
                if side == -1 { ga *= 0.5 }
                side = -1
            }
        }
        return (exp(a), exp(b))
    }
}
