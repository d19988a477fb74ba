import Foundation

/// The columns of the media-mix regression that do not depend on the non-linear parameters:
/// intercept, trend, seasonality and controls, plus the channels' spend.
///
/// Column order (also the order of the fixed coefficients): `1`, `t/T`, then for
/// k = 1…harmonics `sin(2πk t/P)`, `cos(2πk t/P)`, then each control; t = 0…T−1, T = periods,
/// P = periods per year. The channels' hill columns follow them in the full design.
struct MMMDesign: Sendable {
    let periods: Int
    let fixed: [[Double]]
    let spend: [[Double]]
    let harmonics: Int
    /// The scored periods when the design covers only a sample of a long series (``sampled(_:)``);
    /// then `periods` and `fixed` are those periods', `spend` the full series'.
    var sample: RowSample? = nil

    init(periods: Int, fixed: [[Double]], spend: [[Double]], harmonics: Int) {
        self.periods = periods
        self.fixed = fixed
        self.spend = spend
        self.harmonics = harmonics
    }

    init(_ input: MMMInput, harmonics: Int) {
        let n = input.periods
        let t = (0..<n).map(Double.init)
        var columns = [[Double](repeating: 1, count: n), t.map { $0 / Double(n) }]
        for k in stride(from: 1, through: harmonics, by: 1) {
            let omega = 2 * Double.pi * Double(k) / input.periodsPerYear
            columns.append(t.map { sin(omega * $0) })
            columns.append(t.map { cos(omega * $0) })
        }
        self.periods = n
        self.fixed = columns + input.controls
        self.spend = input.spend
        self.harmonics = harmonics
    }

    var fixedCount: Int { fixed.count }
    var channelCount: Int { spend.count }

    /// Fixed coefficients plus channel βs, times their columns, summed per period (all periods).
    func predict(coefficients: [Double], media: [[Double]]) -> [Double] {
        let columns = fixed + media
        var result = [Double](repeating: 0, count: periods)
        for (b, column) in zip(coefficients, columns) where b != 0 {
            for t in 0..<periods { result[t] += b * column[t] }
        }
        return result
    }
}

/// One channel's non-linear parameters as the search sees them: carryover θ, the half
/// saturation relative to the channel's mean adstock κ = K / mean(A), the shape s, and the
/// carryover kernel's fourth number: the delay δ (periods) or the Weibull shape k, by the
/// ``CarryoverFamily`` searched (the other stays at its geometric value, δ = 0 or k = 1).
struct MediaParameters: Sendable, Equatable {
    var carryover: Double
    var saturation: Double
    var shape: Double
    var delay: Double = 0
    var weibullShape: Double = 1

    static let carryoverRange = 0.0...0.9
    static let saturationRange = 0.2...5.0
    static let shapeRange = 0.5...3.0
    /// δ = 0 must be reachable (σ reaches 0 only at −∞), so the map starts below 0 and
    /// negative values are read as 0 (see ``decode(_:family:)``): a ninth of the range.
    static let delayRange = -0.5...4.0
    /// k = 1 (geometric) likewise: values below 1 are read as 1, a ninth of the range.
    static let weibullShapeRange = 0.5...5.0
    /// Numbers per channel in the search space.
    static let count = 4

    /// Decodes 4 unconstrained numbers per channel: `θ = 0.9·σ(u₀)`,
    /// `κ = exp(ln 0.2 + ln 25·σ(u₁))`, `s = 0.5 + 2.5·σ(u₂)`, and by the family
    /// `δ = max(0, −0.5 + 4.5·σ(u₃))` or `k = max(1, 0.5 + 4.5·σ(u₃))`, σ the logistic
    /// function. Every real vector maps into the box, so the search needs no bounds.
    static func decode(_ u: [Double], family: CarryoverFamily = .delayedGeometric) -> [MediaParameters] {
        stride(from: 0, to: u.count, by: count).map { i in
            var p = MediaParameters(
                carryover: map(u[i], carryoverRange, log: false),
                saturation: map(u[i + 1], saturationRange, log: true),
                shape: map(u[i + 2], shapeRange, log: false))
            switch family {
            case .delayedGeometric: p.delay = max(0, map(u[i + 3], delayRange, log: false))
            case .weibull: p.weibullShape = max(1, map(u[i + 3], weibullShapeRange, log: false))
            }
            return p
        }
    }

    /// The inverse of ``decode(_:family:)``, with values at the box's edges pulled in by 0.1%
    /// of its width (σ reaches 0 and 1 only at ±∞).
    static func encode(_ parameters: [MediaParameters], family: CarryoverFamily = .delayedGeometric) -> [Double] {
        parameters.flatMap { p in
            [unmap(p.carryover, carryoverRange, log: false),
             unmap(p.saturation, saturationRange, log: true),
             unmap(p.shape, shapeRange, log: false),
             family == .weibull ? unmap(p.weibullShape, weibullShapeRange, log: false) : unmap(p.delay, delayRange, log: false)]
        }
    }

    /// The response of these parameters with half saturation `k` and size `beta`.
    func response(halfSaturation k: Double, beta: Double) -> MediaResponse {
        MediaResponse(carryover: carryover, halfSaturation: k, shape: shape, beta: beta, delay: delay, weibullShape: weibullShape)
    }

    private static func map(_ u: Double, _ range: ClosedRange<Double>, log: Bool) -> Double {
        let sigma = 1 / (1 + exp(-u))
        if log { return exp(Foundation.log(range.lowerBound) + sigma * Foundation.log(range.upperBound / range.lowerBound)) }
        return range.lowerBound + sigma * (range.upperBound - range.lowerBound)
    }

    private static func unmap(_ value: Double, _ range: ClosedRange<Double>, log: Bool) -> Double {
        let fraction = log
            ? Foundation.log(value / range.lowerBound) / Foundation.log(range.upperBound / range.lowerBound)
            : (value - range.lowerBound) / (range.upperBound - range.lowerBound)
        let clamped = min(max(fraction, 1e-3), 1 - 1e-3)
        return Foundation.log(clamped / (1 - clamped))
    }
}

extension MMMDesign {
    /// Each channel's hill column `hill(A_t)` for all periods, and its absolute half
    /// saturation `K = κ · mean_t(A_t)` (the mean over all periods, so the hold-out and the
    /// full fit share one scale).
    func media(_ parameters: [MediaParameters]) -> (columns: [[Double]], halfSaturations: [Double]) {
        var columns: [[Double]] = []
        var halfSaturations: [Double] = []
        for (i, p) in parameters.enumerated() {
            let (column, k) = hillColumn(i, p)
            columns.append(column)
            halfSaturations.append(k)
        }
        return (columns, halfSaturations)
    }

    /// Channel `i`'s hill column over this design's periods (the scored ones of a sample).
    func hillColumn(_ i: Int, _ p: MediaParameters) -> (column: [Double], halfSaturation: Double) {
        guard let sample else { return Self.hillColumn(spend[i], p) }
        let w = CarryoverKernel.weights(carryover: p.carryover, weibullShape: p.weibullShape)
        let k = p.saturation * sample.meanAdstock(spend[i], channel: i, p, weights: w)
        return (sample.hill(spend[i], p, halfSaturation: k, weights: w), k)
    }

    /// Channel `i`'s spend over this design's periods.
    func scoredSpend(_ i: Int) -> [Double] {
        sample.map { $0.gather(spend[i]) } ?? spend[i]
    }

    static func hillColumn(_ x: [Double], _ p: MediaParameters) -> (column: [Double], halfSaturation: Double) {
        let a = MediaResponse.adstock(x, carryover: p.carryover, delay: p.delay, weibullShape: p.weibullShape)
        let k = p.saturation * a.reduce(0, +) / Double(max(a.count, 1))
        let s = p.shape
        let column = a.map { hill($0, k, s) }
        return (column, k)
    }

    /// `1/(1 + (K/a)ˢ)`, 0 for a ≤ 0; `a/(a + K)` without `pow` when s = 1 (the concave default).
    @inline(__always)
    static func hill(_ a: Double, _ k: Double, _ s: Double) -> Double {
        guard a > 0 else { return 0 }
        return s == 1 ? a / (a + k) : 1 / (1 + pow(k / a, s))
    }
}
