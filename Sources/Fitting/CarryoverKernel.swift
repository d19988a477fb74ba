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
    static func convolve(_ x: [Double], _ w: [Double]) -> [Double] {
        var result = [Double](repeating: 0, count: x.count)
        x.withUnsafeBufferPointer { x in
            w.withUnsafeBufferPointer { w in
                for t in x.indices {
                    var sum = 0.0
                    for l in 0...min(t, w.count - 1) { sum += w[l] * x[t - l] }
                    result[t] = sum
                }
            }
        }
        return result
    }
}
