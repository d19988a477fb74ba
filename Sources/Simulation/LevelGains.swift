import Foundation

/// The part of ``LevelFilter`` that does not depend on K: the prediction variances S_k and
/// the Kalman gains of the local linear trend model depend only on the months' gaps and the
/// variances σ², δ², ω², b₀², never on the observations. ``SaturationLearner`` scores every
/// grid point with the same gains, so it computes them once per noise variance and runs only
/// the mean recursion per grid point (``sse(_:gridCount:)``): the same operations in the same order as
/// ``LevelFilter``, so the same numbers, at a fraction of the cost.
struct LevelGains {
    /// Per point k: the gap g_k in months since the previous point, S_k, and the gains
    /// `p11/S_k`, `p12/S_k`.
    private var gap: [Double] = []
    private var predictionVariance: [Double] = []
    private var levelGain: [Double] = []
    private var slopeGain: [Double] = []
    let noise: Double

    init(months: [Int], noise: Double, drift: Double, slopeDrift: Double, slopePrior: Double) {
        self.noise = noise
        gap.reserveCapacity(months.count)
        predictionVariance.reserveCapacity(months.count)
        levelGain.reserveCapacity(months.count)
        slopeGain.reserveCapacity(months.count)
        var (p11, p12, p22) = (LevelFilter.diffuse, 0.0, slopePrior)
        var last = months.first ?? 0
        for t in months {
            let g = Double(t - last)
            (p11, p12, p22) = (p11 + 2 * g * p12 + g * g * p22 + g * drift, p12 + g * p22, p22 + g * slopeDrift)
            let s = p11 + noise
            gap.append(g)
            predictionVariance.append(s)
            levelGain.append(p11 / s)
            slopeGain.append(p12 / s)
            (p11, p12, p22) = (p11 * noise / s, p12 * noise / s, p22 - p12 * p12 / s)
            last = t
        }
    }

    /// `Σ_{k ≥ 1} ln S_k` over the scored points: with the SSE, the filter's log marginal
    /// likelihood is `−SSE/2σ² − ½ Σ ln S_k` (up to a constant shared by all models of the data).
    var logDeterminant: Double { predictionVariance.dropFirst().reduce(0) { $0 + log($1) } }

    /// `Σ σ² v²/S` over the one-step prediction errors (all points but the first scored), as
    /// ``LevelFilter/sse``, for every grid point at once: `r[k·G + j]` is grid point j's
    /// observation at point k (G = `gridCount`). Four grid points run side by side in SIMD
    /// lanes (each lane does the scalar recursion's operations in the same order, so the same
    /// numbers), which hides the recursion's latency.
    func sse(_ r: [Double], gridCount: Int) -> [Double] {
        var result = [Double](repeating: 0, count: gridCount)
        let n = gap.count
        r.withUnsafeBufferPointer { r in
            var j = 0
            while j + 4 <= gridCount {
                var (l, b, sse) = (SIMD4<Double>(), SIMD4<Double>(), SIMD4<Double>())
                for k in 0..<n {
                    let at = k * gridCount + j
                    let observed = SIMD4(r[at], r[at + 1], r[at + 2], r[at + 3])
                    l += gap[k] * b
                    let v = observed - l
                    if k >= 1 { sse += noise * v * v / predictionVariance[k] }
                    l += levelGain[k] * v
                    b += slopeGain[k] * v
                }
                for lane in 0..<4 { result[j + lane] = sse[lane] }
                j += 4
            }
            for j in j..<gridCount {
                var (l, b, sse) = (0.0, 0.0, 0.0)
                for k in 0..<n {
                    l += gap[k] * b
                    let v = r[k * gridCount + j] - l
                    if k >= 1 { sse += noise * v * v / predictionVariance[k] }
                    l += levelGain[k] * v
                    b += slopeGain[k] * v
                }
                result[j] = sse
            }
        }
        return result
    }

    /// The transformed observation of ``LevelFilter`` for one point and grid point:
    /// `r = ln y − s ln x + ln(xˢ + Kˢ)` from `pointR = ln y − ln x`.
    static func observation(pointR: Double, x: Double, logX: Double, k: Double, logK: Double, shape: Double) -> Double {
        shape == 1 ? pointR + log(x + k) : pointR + (1 - shape) * logX + LevelFilter.logSumPowers(logX, logK, shape)
    }
}
