import BudgetModel
import Fitting
import Foundation

/// A fast learner of constant-elasticity curves `y = β · xᵉ` (a `power` curve), by Bayesian
/// linear regression of `ln y` on `ln x` with a prior on the elasticity e and exponential
/// forgetting of old months.
///
/// Model: `ln y_k = a + e·u_k + ε_k`, `u_k = ln x_k − c` (c the weighted mean of ln x, so a and e
/// are uncorrelated), `ε ~ N(0, σ²)`, which is exact for log-normal reporting noise around a
/// power curve and a local approximation (the curve's elasticity near the spends tried)
/// otherwise. Month k of n gets weight `w_k = λ^(n−1−k)` (λ = ``forgetting``), so a drifting
/// channel is tracked. Prior: `e ~ N(e₀, τ²)` (e₀ = 0.5, the elasticity of a hill curve at
/// its half-saturation point; τ = 0.25), a flat prior on a. With `W = Σw`, `S = Σw·u²`,
/// the posterior is normal with
///
///     a | data ~ N(Σw·ℓ / W, σ²/W),   e | data ~ N((e₀/τ² + Σw·u·ℓ/σ²) / (1/τ² + S/σ²), 1/(1/τ² + S/σ²)),
///
/// ℓ = ln y; σ² is estimated from the weighted residuals with a prior of ν₀ = 2 months at
/// σ₀ = 0.2 (two passes). While all months sit at one spend (S = 0) the elasticity is the
/// prior's. The curve is `β = exp(a + σ²/2 − e·c)` (the σ²/2 turns the median into the mean
/// of log-normal noise), with e kept within [0.05, 1] so the curve is concave (`power`
/// requires e ≤ 1). Months with zero spend or a non-positive outcome are skipped.
public struct ElasticityLearner: CurveLearner {
    /// λ ∈ (0, 1]: the weight of a month relative to the next one (0.9: a memory of about 10 months).
    public var forgetting: Double
    /// e₀, the prior mean of the elasticity.
    public var priorElasticity: Double
    /// τ, the prior standard deviation of the elasticity.
    public var priorSD: Double

    public init(forgetting: Double = 0.9, priorElasticity: Double = 0.5, priorSD: Double = 0.25) {
        self.forgetting = forgetting
        self.priorElasticity = priorElasticity
        self.priorSD = priorSD
    }

    static let elasticityRange = 0.05...1.0
    static let priorNoise = 0.2
    static let priorNoiseWeight = 2.0

    public func learn(spend: [Double], outcome: [Double]) -> (any CurveBelief)? {
        var points: [(u: Double, l: Double, w: Double)] = []
        let n = min(spend.count, outcome.count)
        for k in 0..<n where spend[k] > 0 && outcome[k] > 0 && spend[k].isFinite && outcome[k].isFinite {
            points.append((log(spend[k]), log(outcome[k]), pow(forgetting, Double(n - 1 - k))))
        }
        guard !points.isEmpty else { return nil }
        let weight = points.reduce(0) { $0 + $1.w }
        let center = points.reduce(0) { $0 + $1.w * $1.u } / weight
        points = points.map { ($0.u - center, $0.l, $0.w) }
        let sumL = points.reduce(0) { $0 + $1.w * $1.l }
        let sumUU = points.reduce(0) { $0 + $1.w * $1.u * $1.u }
        let sumUL = points.reduce(0) { $0 + $1.w * $1.u * $1.l }
        let a = sumL / weight
        let priorPrecision = 1 / (priorSD * priorSD)
        var variance = Self.priorNoise * Self.priorNoise
        var e = priorElasticity
        var precision = priorPrecision
        for _ in 0..<2 {
            precision = priorPrecision + sumUU / variance
            e = (priorElasticity * priorPrecision + sumUL / variance) / precision
            let residual = points.reduce(0) { $0 + $1.w * pow($1.l - a - e * $1.u, 2) }
            variance = (Self.priorNoiseWeight * Self.priorNoise * Self.priorNoise + residual) / (Self.priorNoiseWeight + weight)
        }
        return ElasticityBelief(
            intercept: a, interceptSD: (variance / weight).squareRoot(), elasticity: e, elasticitySD: (1 / precision).squareRoot(),
            center: center, noiseVariance: variance)
    }
}

/// The posterior of ``ElasticityLearner``: independent normals on the intercept and the elasticity.
public struct ElasticityBelief: CurveBelief {
    /// a: the mean of ln y at the (weighted) mean log spend c.
    public let intercept: Double
    public let interceptSD: Double
    /// e: the elasticity (d ln y / d ln x), before clamping.
    public let elasticity: Double
    public let elasticitySD: Double
    /// c: the weighted mean of ln x.
    public let center: Double
    /// σ²: the estimated variance of ln y around the curve.
    public let noiseVariance: Double

    public var curve: Curve { curve(intercept: intercept, elasticity: elasticity) }

    public func sample(using rng: inout SplitMix64) -> Curve {
        curve(intercept: intercept + interceptSD * rng.nextGaussian(), elasticity: elasticity + elasticitySD * rng.nextGaussian())
    }

    /// `power(β = exp(a + σ²/2 − e·c), exponent: e)` with e clamped to [0.05, 1].
    func curve(intercept a: Double, elasticity: Double) -> Curve {
        let range = ElasticityLearner.elasticityRange
        let e = min(max(elasticity, range.lowerBound), range.upperBound)
        return .power(beta: exp(a + noiseVariance / 2 - e * center), exponent: e)
    }
}
