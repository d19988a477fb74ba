import Foundation

/// Robyn's adstock transformations, as in its `transformation.R` (`adstock_geometric`,
/// `adstock_weibull`), applied to a channel's spend series `x` of `n` periods.
enum RobynAdstock: Equatable {
    /// `a_t = x_t + θ·a_{t−1}`, 0 ≤ θ < 1.
    case geometric(theta: Double)
    /// `a_t = Σ_{j≤t} x_j · w_{t−j}` with `w_0 = 1`, `w_l = Π_{i=1..l} (1 − F(i))`, `F` the
    /// Weibull CDF with the given shape and scale `λ = round(1 + scale·(n − 1))` periods.
    case weibullCDF(shape: Double, scale: Double)
    /// Same convolution with `w_l = f(l + 1)` min-max normalised to [0, 1], `f` the Weibull
    /// density with that shape and scale.
    case weibullPDF(shape: Double, scale: Double)

    /// The lag weights `w_0 … w_{n−1}` Robyn uses on a series of `n` periods (geometric: θˡ).
    func weights(length n: Int) -> [Double] {
        switch self {
        case let .geometric(theta):
            return (0..<n).map { pow(theta, Double($0)) }
        case let .weibullCDF(shape, scale), let .weibullPDF(shape, scale):
            guard shape != 0, scale != 0 else { return [1] + Array(repeating: 0, count: max(n - 1, 0)) }
            // R: round(quantile(1:n, scale), 0); quantile type 7 is 1 + scale·(n−1); R rounds half to even.
            let lambda = (1 + scale * Double(n - 1)).rounded(.toNearestOrEven)
            if case .weibullCDF = self {
                var weights: [Double] = [1]
                for lag in 1..<max(n, 1) {
                    // 1 − pweibull(lag) = exp(−(lag/λ)^shape)
                    weights.append(weights[lag - 1] * exp(-pow(Double(lag) / lambda, shape)))
                }
                return weights
            }
            let density = (1...n).map { t -> Double in
                let z = Double(t) / lambda
                return shape / lambda * pow(z, shape - 1) * exp(-pow(z, shape))
            }
            let low = density.min()!
            let high = density.max()!
            guard high > low else { return [1] + Array(repeating: 0, count: n - 1) }
            return density.map { ($0 - low) / (high - low) }
        }
    }

    /// The adstocked series `a_t = Σ_{j≤t} x_j · w_{t−j}` (for geometric, Robyn's recursion).
    func apply(_ x: [Double]) -> [Double] {
        let w = weights(length: x.count)
        return x.indices.map { t in (0...t).reduce(0) { $0 + x[$1] * w[t - $1] } }
    }

    /// The steady state: the adstocked level per unit of a spend held constant every period,
    /// `Σ_l w_l` — `1/(1 − θ)` for geometric (the limit), the sum of the `n` weights for Weibull
    /// (Robyn's window is the data's length `n`).
    func steadyState(length n: Int) -> Double {
        if case let .geometric(theta) = self { return 1 / (1 - theta) }
        return weights(length: n).reduce(0, +)
    }
}
