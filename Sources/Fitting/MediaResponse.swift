import BudgetModel
import Foundation

/// How one channel's spend turns into outcome in the media-mix model: an adstock (carryover)
/// followed by a hill saturation curve.
///
/// Per period t, with spend `x_t`:
/// - delayed spend `x′_t = (1 − f)·x_{t−d} + f·x_{t−d−1}` for the delay δ = d + f periods
///   (d whole, 0 ≤ f < 1; spend before the data counts 0): the effect starts δ periods after
///   the spend (a TV flight that peaks in searches a week or two later); δ = 0 is none;
/// - adstock `A_t = Σ_l w_l·x′_{t−l}` (spend units), with the carryover kernel w of θ and the
///   Weibull shape k (``CarryoverKernel``): for k = 1 the geometric `w_l = θ^l`, i.e.
///   `A_t = x′_t + θ·A_{t−1}`, `A_{−1} = 0` (a unit spent now counts from δ periods on, θ one
///   period later, θ² after two, …, 1/(1 − θ) in total); for k > 1 a gradual rise to a peak
///   some periods after the spend, then a decay;
/// - contribution `β·hill(A_t)`, `hill(a) = aˢ / (aˢ + Kˢ)` (outcome units per period).
///
/// A spend of x sustained every period settles at the adstock `x·W`, `W = Σ_l w_l`
/// (``totalWeight``; 1/(1 − θ) for the geometric kernel), whatever the delay.
public struct MediaResponse: Sendable, Equatable {
    /// θ ∈ [0, 1): for the geometric kernel (k = 1) the share of last period's adstock that
    /// carries into this period; for k > 1 it sets the kernel's time scale λ = −1/ln θ periods.
    public var carryover: Double
    /// K > 0, in adstock units (spend per period, accumulated): hill(K) = ½.
    public var halfSaturation: Double
    /// s > 0: the hill shape; S-shaped in adstock for s > 1.
    public var shape: Double
    /// β ≥ 0: the contribution per period at full saturation, in outcome units.
    public var beta: Double
    /// δ ≥ 0: periods between the spend and the start of its effect (0: none).
    public var delay: Double
    /// k ≥ 1: the Weibull shape of the carryover kernel (``CarryoverKernel``); 1 is geometric.
    public var weibullShape: Double

    public init(
        carryover: Double, halfSaturation: Double, shape: Double, beta: Double, delay: Double = 0, weibullShape: Double = 1
    ) {
        self.delay = delay
        self.weibullShape = weibullShape
        self.carryover = carryover
        self.halfSaturation = halfSaturation
        self.shape = shape
        self.beta = beta
    }

    /// The adstock series `A_t = Σ_l w_l·x′_{t−l}` of a spend series (x′ the delayed spend),
    /// starting from none.
    public func adstock(_ spend: [Double]) -> [Double] {
        Self.adstock(spend, carryover: carryover, delay: delay, weibullShape: weibullShape)
    }

    /// W = Σ_l w_l: the steady adstock per unit of spend sustained every period (periods):
    /// 1/(1 − θ) for the geometric kernel.
    public var totalWeight: Double {
        CarryoverKernel.total(carryover: carryover, weibullShape: weibullShape)
    }

    /// The contribution `β·hill(A_t)` of each period, in outcome units.
    public func contributions(_ spend: [Double]) -> [Double] {
        adstock(spend).map { beta * Self.hill($0, halfSaturation: halfSaturation, shape: shape) }
    }

    /// The long-run effect of one more unit of spend per period, sustained, at a steady spend
    /// of `x` per period: `β·hill'(A*)·W` with `A* = x·W`, W = ``totalWeight`` (each extra
    /// unit raises the steady adstock by W; 1/(1 − θ) for the geometric kernel). Outcome per
    /// unit of spend.
    public func longRunMarginal(spendPerPeriod x: Double) -> Double {
        let scale = totalWeight
        return Curve.hill(beta: beta, halfSaturation: halfSaturation, shape: shape).marginal(x * scale) * scale
    }

    /// The outcome of one month's spend, carryover included, as a curve in monthly spend.
    ///
    /// Spending `m` per month sustained, i.e. `m/p` per period with `p` periods per month,
    /// settles at the steady adstock `A = (m/p)·W`, W = ``totalWeight`` (for the geometric
    /// kernel W = 1/(1 − θ), the fixed point of `A = m/p + θA`). Each of the month's p periods
    /// then contributes `β·hill(A)`, so
    ///
    ///     monthly(m) = p·β · Aˢ/(Aˢ + Kˢ) = p·β · mˢ / (mˢ + (K·p/W)ˢ),
    ///
    /// which is `Curve.hill(beta: p·β, halfSaturation: K·p/W, shape: s)`. The month's
    /// spend is credited with everything it eventually causes, including what carries past
    /// the month's end: in a steady state, what this month loses to next month equals what it
    /// gains from the last.
    ///
    /// - Parameter p: Periods per month: 52.1775/12 ≈ 4.35 for weekly data, 1 for monthly,
    ///   365.25/12 ≈ 30.4 for daily.
    public func monthlyCurve(periodsPerMonth p: Double) -> Curve {
        .hill(beta: p * beta, halfSaturation: halfSaturation * p / totalWeight, shape: shape)
    }

    /// The outcome per period of a spend sustained every period, as a curve in that spend:
    /// `Curve.hill(beta: β, halfSaturation: K/W, shape: s)` (``monthlyCurve(periodsPerMonth:)``
    /// with p = 1).
    public var periodCurve: Curve { monthlyCurve(periodsPerMonth: 1) }

    /// `A_t = Σ_l w_l·x′_{t−l}` with `x′` the spend delayed by δ periods: the recursion
    /// `A_t = x′_t + θ·A_{t−1}`, `A_{−1} = 0`, for the geometric kernel (k = 1), else the
    /// convolution with ``CarryoverKernel/weights(carryover:weibullShape:)``.
    static func adstock(_ spend: [Double], carryover θ: Double, delay δ: Double = 0, weibullShape k: Double = 1) -> [Double] {
        let shifted = δ > 0 ? delayed(spend, by: δ) : spend
        if let w = CarryoverKernel.weights(carryover: θ, weibullShape: k) { return CarryoverKernel.convolve(shifted, w) }
        var result = [Double](repeating: 0, count: spend.count)
        var previous = 0.0
        for t in shifted.indices {
            previous = shifted[t] + θ * previous
            result[t] = previous
        }
        return result
    }

    /// `x′_t = (1 − f)·x_{t−d} + f·x_{t−d−1}` for δ = d + f (x before the series is 0).
    static func delayed(_ x: [Double], by δ: Double) -> [Double] {
        let d = Int(δ.rounded(.down))
        let f = δ - Double(d)
        return x.indices.map { t in
            let a = t - d >= 0 ? x[t - d] : 0
            let b = t - d - 1 >= 0 ? x[t - d - 1] : 0
            return (1 - f) * a + f * b
        }
    }

    /// `aˢ/(aˢ + Kˢ)`, computed as `1/(1 + (K/a)ˢ)` so large a cannot overflow; 0 for a ≤ 0.
    static func hill(_ a: Double, halfSaturation k: Double, shape s: Double) -> Double {
        a > 0 ? 1 / (1 + pow(k / a, s)) : 0
    }
}
