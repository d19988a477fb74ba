import Foundation

/// Which carryover kernel the media-mix fit searches per channel (``MMMOptions/carryoverKernel``).
/// Both contain plain geometric adstock, which their priors prefer.
public enum CarryoverFamily: String, Sendable, CaseIterable {
    /// Geometric decay θ^l that may start δ ∈ [0, 4] periods after the spend (the fourth search
    /// number is δ): the effect jumps to its peak after the delay, then decays.
    case delayedGeometric = "delayed-geometric"
    /// Weibull-shaped carryover of shape k ∈ [1, 5] (the fourth search number is k): the effect
    /// rises gradually to a peak `l* ≈ ((k − 1)/k)^(1/k)/(−ln θ) − 1` periods after the spend,
    /// then decays; k = 1 is geometric (see ``CarryoverKernel``).
    case weibull
}

/// The Weibull carryover kernel: how one unit of spend spreads over the periods after it.
///
/// Weight of spend l periods ago (l = 0, 1, …), with the scale λ = −1/ln θ (periods):
///
///     w_l = c · z_l^(k−1) · exp(−z_l^k),   z_l = (l + 1)/λ = −(l + 1)·ln θ,
///
/// the Weibull density (as Robyn's `weibull_pdf` adstock) at l + 1 periods, scaled by c so that
/// the largest weight is 1 (a unit of spend counts fully at its peak; adstock stays in spend
/// units). For k = 1 the kernel is exactly geometric, w_l = θ^l; for k > 1 it starts small and
/// rises gradually to its peak before decaying faster than any geometric tail. θ = 0 is no
/// carryover (w = [1]).
///
/// The kernel is cut where the weights fall below 10⁻⁹ of the peak, or at ``maxLags`` periods
/// (two years of weeks; what the cap can lose, at the map's extreme θ = 0.9 and k → 1, is
/// below 0.9¹⁰⁴ ≈ 2·10⁻⁵ of the kernel's sum). For k = 1 the fit uses the exact geometric
/// recursion and no cut.
enum CarryoverKernel {
    static let maxLags = 104

    /// The weights `w_0, w_1, …` (peak 1), or `nil` when the kernel is geometric (k ≤ 1 or
    /// θ ≤ 0), whose adstock is the recursion `A_t = x_t + θ·A_{t−1}`.
    static func weights(carryover θ: Double, weibullShape k: Double) -> [Double]? {
        guard k > 1, θ > 0, θ < 1 else { return nil }
        let rate = -log(θ)
        var logs: [Double] = []
        logs.reserveCapacity(32)
        // The continuous peak: z* = ((k − 1)/k)^(1/k), at lag z*/rate − 1.
        let peakLag = pow((k - 1) / k, 1 / k) / rate - 1
        var best = -Double.infinity
        for l in 0..<maxLags {
            let z = rate * Double(l + 1)
            let value = (k - 1) * log(z) - pow(z, k)
            logs.append(value)
            best = max(best, value)
            if Double(l) > peakLag, value < best - 20.7 { break }
        }
        return logs.map { exp($0 - best) }
    }

    /// Σ_l w_l: the steady adstock per unit of spend sustained every period (periods of spend):
    /// 1/(1 − θ) for the geometric kernel.
    static func total(carryover θ: Double, weibullShape k: Double) -> Double {
        weights(carryover: θ, weibullShape: k).map { $0.reduce(0, +) } ?? 1 / (1 - θ)
    }

    /// `A_t = Σ_{l ≤ t} w_l·x_{t−l}` (spend before the series counts 0).
    ///
    /// Each sum runs over l = 0, 1, … in order, as a plain loop would (the first `w.count − 1`
    /// periods by that loop; the rest by ``convolveFull(_:_:into:)``, eight periods at a time).
    static func convolve(_ x: [Double], _ w: [Double]) -> [Double] {
        var result = [Double](repeating: 0, count: x.count)
        x.withUnsafeBufferPointer { x in
            w.withUnsafeBufferPointer { w in
                result.withUnsafeMutableBufferPointer { out in
                    let head = min(w.count - 1, x.count)
                    for t in 0..<head {
                        var sum = 0.0
                        for l in 0...t { sum += w[l] * x[t - l] }
                        out[t] = sum
                    }
                    guard x.count > head else { return }
                    convolveFull(x, w, into: UnsafeMutableBufferPointer(rebasing: out[head...]))
                }
            }
        }
        return result
    }

    /// `out_j = Σ_{l < L} w_l·b_{j+L−1−l}` for every j < `out.count`, L = `w.count`, with `b`
    /// holding `out.count + L − 1` values: the lags of period j + L − 1 of `b` that lie inside
    /// `b`. Each sum starts at 0 and adds its terms in the order l = 0, 1, …, L − 1, exactly as
    /// a scalar loop; eight outputs are computed side by side (independent SIMD lanes), which
    /// only changes how fast it runs.
    static func convolveFull(_ b: UnsafeBufferPointer<Double>, _ w: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>) {
        let lags = w.count
        guard let base = b.baseAddress, let target = out.baseAddress, lags > 0 else { return }
        precondition(b.count >= out.count + lags - 1)
        let raw = UnsafeRawPointer(base)
        let stride = MemoryLayout<Double>.stride
        var j = 0
        while j + 8 <= out.count {
            var (low, high) = (SIMD4<Double>(repeating: 0), SIMD4<Double>(repeating: 0))
            for l in 0..<lags {
                let weight = SIMD4<Double>(repeating: w[l])
                let first = (j + lags - 1 - l) * stride
                low += weight * raw.loadUnaligned(fromByteOffset: first, as: SIMD4<Double>.self)
                high += weight * raw.loadUnaligned(fromByteOffset: first + 4 * stride, as: SIMD4<Double>.self)
            }
            UnsafeMutableRawPointer(target + j).storeBytes(of: low, as: SIMD4<Double>.self)
            UnsafeMutableRawPointer(target + j + 4).storeBytes(of: high, as: SIMD4<Double>.self)
            j += 8
        }
        while j < out.count {
            var sum = 0.0
            for l in 0..<lags { sum += w[l] * b[j + lags - 1 - l] }
            out[j] = sum
            j += 1
        }
    }
}
