import BudgetModel
import Foundation

extension Curve {
    /// The outcome of one month's spend `m` when it is spread evenly over the month's `p`
    /// periods and this curve gives the outcome of one period's spend:
    /// `monthly(m) = p · f(m/p)`. For every family this is a curve of the same family:
    /// hill(β, K, s) → hill(pβ, pK, s); exponential(β, c) → exponential(pβ, pc);
    /// log(β, c) → log(pβ, pc); power(β, e) → power(β·p^(1−e), e); linear unchanged;
    /// points scaled by p on both axes. The marginal return is unchanged: `monthly'(m) = f'(m/p)`.
    public func monthly(periodsPerMonth p: Double) -> Curve {
        switch self {
        case let .hill(beta, k, s): .hill(beta: p * beta, halfSaturation: p * k, shape: s)
        case let .exponential(beta, scale): .exponential(beta: p * beta, scale: p * scale)
        case let .log(beta, scale): .log(beta: p * beta, scale: p * scale)
        case let .power(beta, exponent): .power(beta: beta * pow(p, 1 - exponent), exponent: exponent)
        case .linear: self
        case let .points(points): .points(points.map { CurvePoint(x: p * $0.x, y: p * $0.y) })
        }
    }
}
