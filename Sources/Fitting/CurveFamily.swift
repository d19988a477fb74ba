import BudgetModel
import Foundation

/// The response-curve types an attributed fit chooses between, each written as
/// `β · f(x; p)` with β entering linearly and 1–2 non-linear parameters p.
///
/// The non-linear parameters are searched in log space within a box scaled to the channel's
/// typical spend `x̄` (the mean of its positive spends), so the same box serves a channel
/// spending 100 a week and one spending 1,000,000.
public enum CurveFamily: String, CaseIterable, Sendable {
    /// `f = xˢ / (xˢ + Kˢ)`; p = (ln K, ln s), K ∈ [0.02 x̄, 50 x̄], s ∈ [0.1, 3].
    case hill
    /// `f = 1 − e^(−x/scale)`; p = ln scale, scale ∈ [0.01 x̄, 100 x̄].
    case exponential
    /// `f = ln(1 + x/scale)`; p = ln scale, scale ∈ [0.001 x̄, 100 x̄].
    case log
    /// `f = x^e`; p = ln e, e ∈ [0.02, 1].
    case power

    /// The box of the log-space non-linear parameters, one closed range per parameter.
    func parameterBox(typicalSpend x: Double) -> [ClosedRange<Double>] {
        let lx = Foundation.log(x)
        switch self {
        case .hill: return [(lx + Foundation.log(0.02))...(lx + Foundation.log(50)), Foundation.log(0.1)...Foundation.log(3)]
        case .exponential: return [(lx + Foundation.log(0.01))...(lx + Foundation.log(100))]
        case .log: return [(lx + Foundation.log(0.001))...(lx + Foundation.log(100))]
        case .power: return [Foundation.log(0.02)...0]
        }
    }

    /// The basis `f(x; p)` (the curve with β = 1) at spend `x ≥ 0`, for log-space parameters p.
    func basis(_ x: Double, _ p: [Double]) -> Double {
        curve(beta: 1, p).outcome(x)
    }

    /// The `Curve` with the given β and log-space parameters p.
    func curve(beta: Double, _ p: [Double]) -> Curve {
        switch self {
        case .hill: .hill(beta: beta, halfSaturation: exp(p[0]), shape: exp(p[1]))
        case .exponential: .exponential(beta: beta, scale: exp(p[0]))
        case .log: .log(beta: beta, scale: exp(p[0]))
        case .power: .power(beta: beta, exponent: exp(p[0]))
        }
    }
}
