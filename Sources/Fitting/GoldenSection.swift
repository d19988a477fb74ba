/// Minimisation of a function of one variable on an interval by golden-section search.
///
/// Each step keeps the sub-interval that must contain a minimum of a unimodal function,
/// shrinking the interval by `1/φ ≈ 0.618` per evaluation. Used after a coarse grid has
/// bracketed the best grid point between its neighbours.
enum GoldenSection {
    /// The minimiser of `f` on `[low, high]` to within `tolerance` (absolute, in x), and f there.
    static func minimize(
        _ f: (Double) -> Double, low: Double, high: Double, tolerance: Double = 1e-8
    ) -> (x: Double, value: Double) {
        let ratio = (5.0.squareRoot() - 1) / 2
        var (a, b) = (low, high)
        var c = b - ratio * (b - a)
        var d = a + ratio * (b - a)
        var (fc, fd) = (f(c), f(d))
        while b - a > tolerance {
            if fc < fd {
                (b, d, fd) = (d, c, fc)
                c = b - ratio * (b - a)
                fc = f(c)
            } else {
                (a, c, fc) = (c, d, fd)
                d = a + ratio * (b - a)
                fd = f(d)
            }
        }
        return fc < fd ? (c, fc) : (d, fd)
    }
}
