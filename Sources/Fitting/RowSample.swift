import Foundation

/// The rows a long series' non-linear search and posterior sampler score: at most
/// ``MMMOptions/scoredRowLimit`` rows, in evenly spaced blocks of consecutive periods, so that
/// one evaluation of the posterior costs the same for 10⁶ daily rows as for 10,000.
///
/// - **Blocks.** `B = ⌈limit / L⌉` blocks of `L` = ``blockLength`` periods, the first starting at
///   period 0 and the last ending at the series' last period, the others evenly between. Each
///   block keeps its real dates: trend, seasonality and controls are the full series' columns at
///   those periods.
/// - **Adstock is exact.** A block's geometric adstock `A_t = x′_t + θ·A_{t−1}` (x′ the spend
///   delayed by δ = d + f periods, `x′_t = (1 − f)·x_{t−d} + f·x_{t−d−1}`, see ``MediaResponse``)
///   starts ``warmup`` periods before the block (from 0); what is lost is at most
///   `θ^W·A ≤ 0.9³³⁰·A < 10⁻¹⁵·A`. A Weibull kernel (``CarryoverKernel``, at most 104 lags) is
///   summed over its lags directly, exactly.
/// - **The same half saturation as the full fit.** `K = κ·mean_t(A_t)` over all n periods, from
///   `Σ_t A_t = (Σ_s x′_s − Σ_s θ^{n−s} x′_s) / (1 − θ)` (geometric) or
///   `Σ_l w_l·(Σ_s x′_s − Σ_{s ≥ n−l} x′_s)` (Weibull), whose sums need only the total spend
///   and the last W + δ + 1 periods (θ^W < 10⁻¹⁵).
///
/// What it changes: the point fit's parameters (θ, κ, s) and the posterior draws use the
/// information of the scored rows only, so intervals are those of `limit` rows: wider than the
/// full data would give (conservative), never narrower. Linear coefficients, contributions, R²,
/// MAPE and the hold-out error are then computed on every row.
struct RowSample: Sendable, Equatable {
    static let blockLength = 1_000
    /// Periods of adstock history computed before each block.
    static let warmup = 330

    /// The scored periods, as ranges of the full series' periods, in order.
    let blocks: [Range<Int>]
    /// Periods of the full series (for the mean adstock).
    let periods: Int
    /// Each channel's total spend over the full series' periods (set by ``MMMDesign/sampled(_:)``).
    var totals: [Double] = []
    /// The full series' period of each scored row, in order.
    let scoredPeriods: [Int]

    /// Blocks covering `0..<rows` with at most `limit` periods, or `nil` when `rows ≤ limit`.
    init?(rows: Int, periods: Int, limit: Int) {
        guard rows > limit, limit > 0 else { return nil }
        let length = min(Self.blockLength, limit)
        let count = max((limit + length - 1) / length, 1)
        let last = rows - length
        blocks = (0..<count).map { b in
            let start = count == 1 ? last : b * last / (count - 1)
            return start..<(start + length)
        }
        scoredPeriods = blocks.flatMap { Array($0) }
        self.periods = periods
    }

    /// Number of scored periods.
    var count: Int { blocks.reduce(0) { $0 + $1.count } }

    /// `values` at the scored periods, in order.
    func gather(_ values: [Double]) -> [Double] {
        blocks.flatMap { values[$0] }
    }

    /// `hill(A_t) = 1/(1 + (K/A_t)ˢ)` at the scored periods, A the adstock of `x` delayed by δ
    /// with the carryover kernel of θ and k (``MediaResponse``), shape s of `p`.
    func hill(_ x: [Double], _ p: MediaParameters, halfSaturation k: Double) -> [Double] {
        hill(x, p, halfSaturation: k, weights: CarryoverKernel.weights(carryover: p.carryover, weibullShape: p.weibullShape))
    }

    /// ``hill(_:_:halfSaturation:)`` with the kernel's weights already computed (`nil`:
    /// geometric). A Weibull block's delayed spend is laid out once, with zeros before the
    /// series (terms `w_l·0` added last change no sum), then convolved
    /// (``CarryoverKernel/convolveFull(_:_:into:)``).
    func hill(_ x: [Double], _ p: MediaParameters, halfSaturation k: Double, weights: [Double]?) -> [Double] {
        var column: [Double] = []
        column.reserveCapacity(count)
        let (θ, s) = (p.carryover, p.shape)
        let (d, f) = Self.split(p.delay)
        if let w = weights {
            var shifted: [Double] = []
            var adstock: [Double] = []
            x.withUnsafeBufferPointer { x in
                for block in blocks {
                    let first = block.lowerBound - (w.count - 1)
                    shifted = [Double](repeating: 0, count: block.count + w.count - 1)
                    for t in max(first, 0)..<block.upperBound { shifted[t - first] = Self.delayed(x, t, d, f) }
                    adstock = [Double](repeating: 0, count: block.count)
                    shifted.withUnsafeBufferPointer { b in
                        w.withUnsafeBufferPointer { w in
                            adstock.withUnsafeMutableBufferPointer { CarryoverKernel.convolveFull(b, w, into: $0) }
                        }
                    }
                    for a in adstock { column.append(MMMDesign.hill(a, k, s)) }
                }
            }
            return column
        }
        x.withUnsafeBufferPointer { x in
            for block in blocks {
                var a = 0.0
                for t in max(block.lowerBound - Self.warmup, 0)..<block.lowerBound { a = Self.delayed(x, t, d, f) + θ * a }
                for t in block {
                    a = Self.delayed(x, t, d, f) + θ * a
                    column.append(MMMDesign.hill(a, k, s))
                }
            }
        }
        return column
    }

    /// `mean_t A_t` over all ``periods`` periods of channel `i`'s full series `x`, exactly (see
    /// the type); O(``warmup``), the total being known.
    /// `weights` as in ``hill(_:_:halfSaturation:weights:)``.
    func meanAdstock(_ x: [Double], channel i: Int, _ p: MediaParameters, weights: [Double]?) -> Double {
        let (n, θ) = (periods, p.carryover)
        let (d, f) = Self.split(p.delay)
        // Σ_{t<n} x′_t = (1 − f)·Σ_{s<n−d} x_s + f·Σ_{s<n−d−1} x_s.
        func tail(from start: Int) -> Double { x[max(start, 0)..<n].reduce(0, +) }
        let delayedTotal = (1 - f) * (totals[i] - tail(from: n - d)) + f * (totals[i] - tail(from: n - d - 1))
        if let w = weights {
            // Σ_t A_t = Σ_l w_l·(Σ_s x′_s − Σ_{s ≥ n−l} x′_s): lag l misses the last l periods.
            var (missed, sum) = (0.0, 0.0)
            x.withUnsafeBufferPointer { x in
                for l in w.indices {
                    sum += w[l] * (delayedTotal - missed)
                    if n - 1 - l >= 0 { missed += Self.delayed(x, n - 1 - l, d, f) }
                }
            }
            return sum / Double(max(n, 1))
        }
        var late = 0.0
        var power = θ
        var t = n - 1
        x.withUnsafeBufferPointer { x in
            while t >= max(n - Self.warmup, 0), power > 0 {
                late += power * Self.delayed(x, t, d, f)
                power *= θ
                t -= 1
            }
        }
        return (delayedTotal - late) / ((1 - θ) * Double(max(n, 1)))
    }

    /// δ as whole periods d and the fraction f.
    static func split(_ δ: Double) -> (Int, Double) {
        let d = Int(δ.rounded(.down))
        return (d, δ - Double(d))
    }

    /// `x′_t = (1 − f)·x_{t−d} + f·x_{t−d−1}` (0 before the series starts), as ``MediaResponse``.
    @inline(__always)
    static func delayed(_ x: UnsafeBufferPointer<Double>, _ t: Int, _ d: Int, _ f: Double) -> Double {
        let a = t - d >= 0 ? x[t - d] : 0
        let b = t - d - 1 >= 0 ? x[t - d - 1] : 0
        return (1 - f) * a + f * b
    }

    /// A draw's ROI over the full series, estimated from the scored periods: the point fit's
    /// exact ROI times the draw's contribution over the scored periods relative to the point
    /// fit's (sampling error cancels in the ratio); without a point contribution,
    /// `β·Σ hill / Σ spend` over the scored periods.
    func roi(of draw: MediaResponse, point: MediaResponse, pointROI: Double, spend x: [Double]) -> Double {
        func contribution(_ r: MediaResponse) -> Double {
            let p = MediaParameters(carryover: r.carryover, saturation: 1, shape: r.shape, delay: r.delay, weibullShape: r.weibullShape)
            return r.beta * hill(x, p, halfSaturation: r.halfSaturation).reduce(0, +)
        }
        let reference = contribution(point)
        if reference > 0, pointROI.isFinite { return pointROI * contribution(draw) / reference }
        let spend = gather(x).reduce(0, +)
        return spend > 0 ? contribution(draw) / spend : 0
    }
}

extension MMMDesign {
    /// This design on the scored periods of `sample`: fixed columns and hill columns at those
    /// periods only (see ``RowSample``); `spend` stays the full series (lift tests read it).
    func sampled(_ sample: RowSample) -> MMMDesign {
        var design = MMMDesign(periods: sample.count, fixed: fixed.map(sample.gather), spend: spend, harmonics: harmonics)
        var sample = sample
        sample.totals = spend.map { $0.prefix(sample.periods).reduce(0, +) }
        design.sample = sample
        return design
    }
}
