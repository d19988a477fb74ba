/// Small statistics over Monte Carlo replicates.
enum Statistics {
    /// The arithmetic mean; 0 for no values.
    static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    /// The q-quantile (0 ≤ q ≤ 1) by linear interpolation between order statistics
    /// (Hyndman & Fan type 7, as R's default and NumPy's `linear`): with the values sorted,
    /// `h = (n − 1)·q`, the result is `v[⌊h⌋] + (h − ⌊h⌋)·(v[⌊h⌋+1] − v[⌊h⌋])`. 0 for no values.
    static func quantile(_ values: [Double], _ q: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let h = Double(sorted.count - 1) * min(max(q, 0), 1)
        let low = Int(h.rounded(.down))
        let high = min(low + 1, sorted.count - 1)
        return sorted[low] + (h - Double(low)) * (sorted[high] - sorted[low])
    }

    /// Running sums: `[a, a+b, a+b+c, …]`.
    static func cumulative(_ values: [Double]) -> [Double] {
        var sum = 0.0
        return values.map { sum += $0; return sum }
    }
}
