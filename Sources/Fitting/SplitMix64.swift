import Foundation

/// A small seeded pseudo-random generator (SplitMix64, Steele, Lea & Flood 2014), so that fits
/// and synthetic data are reproducible on every platform and Swift version.
///
/// Each `next()` adds the golden-ratio increment `0x9E3779B97F4A7C15` to a 64-bit state and
/// scrambles it with two multiply–xorshift rounds. Period 2⁶⁴; passes BigCrush. Not for
/// cryptography. The helpers below use only `next()`, never the standard library's
/// `random(in:using:)`, whose algorithm may change between Swift releases.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence is fully determined by `seed`.
    public init(seed: UInt64) {
        self.state = seed
    }

    /// A generator for the `index`-th of several independent streams derived from `seed`
    /// (e.g. one per bootstrap sample), so results do not depend on the order streams run in.
    public init(seed: UInt64, stream index: Int) {
        var mixer = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
        self.state = mixer.next()
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in [0, 1) with 53 random bits.
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform double in `range`.
    public mutating func nextUniform(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * nextUniform()
    }

    /// A uniform integer in `0..<bound` (bound > 0), by Lemire's multiply-shift; the bias is
    /// below bound / 2⁶⁴, negligible for the small bounds used here.
    public mutating func nextInt(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(UInt64(bound).multipliedFullWidth(by: next()).high)
    }

    /// A standard normal draw (mean 0, standard deviation 1) by the Box–Muller transform
    /// `√(−2 ln u₁) · cos(2π u₂)`, u₁ ∈ (0, 1].
    public mutating func nextGaussian() -> Double {
        let u1 = 1 - nextUniform()
        let u2 = nextUniform()
        return (-2 * Foundation.log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}
