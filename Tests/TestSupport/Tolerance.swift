/// Tolerance helpers shared by every test target.

/// Whether `actual` is within `relative` of `expected`, or within `absolute` of it near zero:
/// `|actual − expected| ≤ max(absolute, relative · |expected|)`.
public func isClose(
    _ actual: Double?, _ expected: Double, relative: Double = 1e-9, absolute: Double = 1e-9
) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) <= max(absolute, relative * abs(expected))
}

/// The relative gap `(best − achieved) / |best|` between a reference optimum and a plan's value.
public func relativeGap(achieved: Double, best: Double) -> Double {
    (best - achieved) / max(abs(best), 1e-300)
}

/// Every subset of `count` items as a bit mask, for brute-force enumeration.
public func allSubsets(of count: Int) -> [[Bool]] {
    (0..<(1 << count)).map { mask in (0..<count).map { mask & (1 << $0) != 0 } }
}
