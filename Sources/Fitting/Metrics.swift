/// Goodness-of-fit measures shared by the attributed and the media-mix fits.
enum Metrics {
    /// Root-mean-square error `√(Σ (y − ŷ)² / n)`, in the outcome's units; 0 for no data.
    static func rmse(_ actual: ArraySlice<Double>, _ predicted: ArraySlice<Double>) -> Double {
        guard !actual.isEmpty else { return 0 }
        let sum = zip(actual, predicted).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        return (sum / Double(actual.count)).squareRoot()
    }

    /// Mean absolute percentage error `mean |y − ŷ| / |y|` over periods with `y ≠ 0`, as a
    /// fraction (0.05 = 5%); nil when every actual is 0.
    static func mape(_ actual: ArraySlice<Double>, _ predicted: ArraySlice<Double>) -> Double? {
        let terms = zip(actual, predicted).filter { $0.0 != 0 }.map { abs($0.0 - $0.1) / abs($0.0) }
        return terms.isEmpty ? nil : terms.reduce(0, +) / Double(terms.count)
    }

    /// Coefficient of determination `1 − Σ (y − ŷ)² / Σ (y − ȳ)²`; 0 when y is constant.
    static func r2(_ actual: ArraySlice<Double>, _ predicted: ArraySlice<Double>) -> Double {
        guard !actual.isEmpty else { return 0 }
        let mean = actual.reduce(0, +) / Double(actual.count)
        let total = actual.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        let residual = zip(actual, predicted).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        return total > 0 ? 1 - residual / total : 0
    }

    /// The `q`-quantile (0 ≤ q ≤ 1) of `values` by linear interpolation between order
    /// statistics (type 7, the default of R and NumPy); nil for no values.
    static func quantile(_ values: [Double], _ q: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let position = q * Double(sorted.count - 1)
        let low = Int(position.rounded(.down))
        let high = min(low + 1, sorted.count - 1)
        return sorted[low] + (position - Double(low)) * (sorted[high] - sorted[low])
    }
}
