import BudgetModel
import Fitting
import Foundation

/// A fast Bayesian learner of saturating curves `y = β_t · x / (x + K)` (a `hill` curve with
/// shape 1) whose level β_t may drift from month to month while its shape K stays put. The
/// return falls as spend grows, as it does for real channels, so one curve describes both the
/// spend levels a strategy tried on its way and where it stands now; and a channel that wears
/// out (or takes off) is followed without forgetting what its shape is.
///
/// Model, for the months k with spend x_k > 0 and outcome y_k > 0 (month index t_k):
///
///     r_k(K) = ln y_k − ln x_k + ln(x_k + K) = ℓ_{t_k} + ε_k,   ε ~ N(0, σ²)    (log-normal noise)
///     ℓ_t = ℓ_{t−1} + b_{t−1} + η_t,  b_t = b_{t−1} + ζ_t,      η ~ N(0, δ²), ζ ~ N(0, ω²)
///
/// ℓ = ln β is the level and b its monthly trend (a local linear trend model): a steady drift
/// of a channel's effectiveness is followed without lag once b has been learned. For a given K
/// the state is followed by a Kalman filter (``LevelFilter``: diffuse level at the first
/// month, trend starting at `N(0, b₀²)`), whose one-step prediction errors v_k with variances
/// S_k score K: `SSE(K) = Σ σ² v_k² / S_k` (all months but the first). Only K is searched, on a grid of 49 values
/// of ln K evenly over `[ln(x̄/50), ln(50·x̄)]` (x̄ the geometric mean spend), with posterior
/// `p(K) ∝ prior(K) · exp(−SSE(K) / 2σ²)` and prior `ln K ~ N(ln x̄, τ²)` (τ = ``priorSD``: at
/// K = x̄ the curve's elasticity at the usual spend is ½; one τ either side spans elasticities
/// of about 0.27 to 0.73). σ² is estimated from the standardised errors at the posterior's
/// mode with a prior of ν₀ = 2 months at σ₀ = 0.2 (two passes).
///
/// The belief about next month: for K, ln β ~ N(ℓ̂ + b̂, its predicted variance). The best
/// guess uses the posterior mean of ln K and of ln β; a Thompson draw picks K from the grid
/// posterior (uniformly within its cell) and ln β from that normal. β carries the factor
/// `exp(σ²/2)` that turns the median into the mean of log-normal noise. Months with zero
/// spend or a non-positive outcome are skipped.
///
/// Defaults (δ = 0.02, ω = 0.005, b₀ = 0.02, τ = 1) were chosen on the example worlds in
/// Scenarios/ (docs/simulation.md shows the comparison); the trend prior keeps a trend from
/// explaining what a wrong K should (spend that rises month after month while its return falls).
public struct SaturationLearner: CurveLearner {
    /// δ: the standard deviation of the monthly random change of ln β (0.02: about 2%).
    public var levelDrift: Double
    /// ω: the standard deviation of the monthly change of the level's trend.
    public var slopeDrift: Double
    /// The prior standard deviation of the trend at the start (0.02: 2% a month).
    public var slopePrior: Double
    /// τ: the prior standard deviation of ln K.
    public var priorSD: Double
    /// The hill shapes s considered, with equal prior weight: `[1]` (concave, the default), or
    /// e.g. `[1, 2, 3]` to let a channel be S-shaped (`threshold` learner). For shape s the
    /// model is `ln y − s ln x + ln(xˢ + Kˢ) = ℓ + ε`, and the grid posterior runs over (s, ln K).
    public var shapes: [Double] = [1]
    /// The prior's centre for ln K when it is known from elsewhere (``AnchoredStrategy``: the
    /// half-saturation at which the starting plan would be optimal); nil: ln x̄, the geometric
    /// mean spend of the data.
    public var priorLogK: Double? = nil

    public init(levelDrift: Double = 0.02, slopeDrift: Double = 0.005, slopePrior: Double = 0.02, priorSD: Double = 1.0) {
        self.levelDrift = levelDrift
        self.slopeDrift = slopeDrift
        self.slopePrior = slopePrior
        self.priorSD = priorSD
    }

    static let gridSize = 49
    static let gridSpan = log(50.0)
    static let priorNoise = 0.2
    static let priorNoiseWeight = 2.0

    public func learn(spend: [Double], outcome: [Double]) -> (any CurveBelief)? {
        var points: [(t: Int, x: Double, r: Double)] = []
        let n = min(spend.count, outcome.count)
        for k in 0..<n where spend[k] > 0 && outcome[k] > 0 && spend[k].isFinite && outcome[k].isFinite {
            points.append((k, spend[k], log(outcome[k]) - log(spend[k])))
        }
        guard !points.isEmpty else { return nil }
        let center = points.reduce(0) { $0 + log($1.x) } / Double(points.count)
        let logKs = (0..<Self.gridSize).map { center - Self.gridSpan + 2 * Self.gridSpan * Double($0) / Double(Self.gridSize - 1) }
        let grid = shapes.flatMap { s in logKs.map { GridPoint(shape: s, logK: $0) } }
        let priorCenter = priorLogK ?? center
        let prior = grid.map { -0.5 * pow(($0.logK - priorCenter) / priorSD, 2) }
        var variance = Self.priorNoise * Self.priorNoise
        var posterior: [Double] = []
        var likelihood: [Double] = []
        // Each grid point's observations, the same in both passes; the gains depend on σ² only.
        let observations = Self.observations(points, grid)
        let months = points.map(\.t)
        for _ in 0..<2 {
            let gains = LevelGains(
                months: months, noise: variance, drift: levelDrift * levelDrift, slopeDrift: slopeDrift * slopeDrift,
                slopePrior: slopePrior * slopePrior)
            let sse = gains.sse(observations, gridCount: grid.count)
            likelihood = sse.map { -$0 / (2 * variance) }
            let logs = grid.indices.map { prior[$0] + likelihood[$0] }
            let top = logs.max() ?? 0
            let raw = logs.map { exp($0 - top) }
            let total = raw.reduce(0, +)
            posterior = raw.map { $0 / total }
            let mode = posterior.indices.max { posterior[$0] < posterior[$1] } ?? 0
            variance = (Self.priorNoiseWeight * Self.priorNoise * Self.priorNoise + sse[mode])
                / (Self.priorNoiseWeight + Double(points.count - 1))
        }
        let model = LevelModel(
            points: points, noise: variance, drift: levelDrift * levelDrift, slopeDrift: slopeDrift * slopeDrift,
            slopePrior: slopePrior * slopePrior, months: n)
        return SaturationBelief(
            grid: grid, posterior: posterior, logLikelihood: likelihood, logMeanSpend: center, noiseVariance: variance, model: model)
    }

    /// ``LevelFilter``'s observations r for every grid point: `[k·G + j]` is grid point j's at
    /// point k (G grid points).
    static func observations(_ points: [(t: Int, x: Double, r: Double)], _ grid: [GridPoint]) -> [Double] {
        let logX = points.map { log($0.x) }
        let ks = grid.map { exp($0.logK) }
        var result = [Double](repeating: 0, count: grid.count * points.count)
        for (j, point) in grid.enumerated() {
            for i in points.indices {
                result[i * grid.count + j] = LevelGains.observation(
                    pointR: points[i].r, x: points[i].x, logX: logX[i], k: ks[j], logK: point.logK, shape: point.shape)
            }
        }
        return result
    }
}

/// One point of the learner's grid: a hill shape and ln K.
public struct GridPoint: Sendable, Equatable {
    public let shape: Double
    public let logK: Double
}

/// The data and variances of the level filter: everything but K.
struct LevelModel: Sendable {
    let points: [(t: Int, x: Double, r: Double)]
    /// σ², δ², ω², b₀² (variances).
    let noise: Double
    let drift: Double
    let slopeDrift: Double
    let slopePrior: Double
    /// Months of data (the prediction is for the month after).
    let months: Int

    func filter(_ point: GridPoint) -> LevelFilter {
        LevelFilter(
            points: points, logK: point.logK, shape: point.shape, noise: noise, drift: drift, slopeDrift: slopeDrift, slopePrior: slopePrior, months: months)
    }
}

/// The Kalman filter of the local linear trend model for one K (see ``SaturationLearner``):
/// state (level ℓ, monthly slope b), `ℓ_t = ℓ_{t−1} + b_{t−1} + η`, `b_t = b_{t−1} + ζ`,
/// observed `r = ℓ + ε`. The level starts diffuse (the first month fixes it and is not
/// scored), the trend at `N(0, b₀²)`.
struct LevelFilter {
    /// The predicted level ℓ for the month after the data, and its variance.
    let level: Double
    let variance: Double
    /// `Σ σ² v²/S` over the one-step prediction errors (all months but the first).
    let sse: Double

    static let diffuse = 1e6

    /// `ln(eˢᵃ + eˢᵇ)` without overflow.
    static func logSumPowers(_ a: Double, _ b: Double, _ s: Double) -> Double {
        let (high, low) = (max(a, b), min(a, b))
        return s * high + log1p(exp(s * (low - high)))
    }

    init(
        points: [(t: Int, x: Double, r: Double)], logK: Double, shape: Double = 1, noise: Double, drift: Double,
        slopeDrift: Double, slopePrior: Double, months: Int
    ) {
        let k = exp(logK)
        var (l, b) = (0.0, 0.0)
        var (p11, p12, p22) = (Self.diffuse, 0.0, slopePrior)
        var sse = 0.0
        var last = points.first?.t ?? 0
        for (index, point) in points.enumerated() {
            let g = Double(point.t - last)
            // Predict g months ahead: F = [[1, g], [0, 1]], Q = g·diag(δ², ω²).
            l += g * b
            (p11, p12, p22) = (p11 + 2 * g * p12 + g * g * p22 + g * drift, p12 + g * p22, p22 + g * slopeDrift)
            // r = ln y − s ln x + ln(xˢ + Kˢ), with point.r = ln y − ln x; for s = 1 as written.
            let r = shape == 1
                ? point.r + log(point.x + k)
                : point.r + (1 - shape) * log(point.x) + Self.logSumPowers(log(point.x), logK, shape)
            let s = p11 + noise
            let v = r - l
            if index >= 1 { sse += noise * v * v / s }
            let (k1, k2) = (p11 / s, p12 / s)
            l += k1 * v
            b += k2 * v
            // P − P·Hᵀ·H·P/S, written so the diffuse start loses no precision.
            (p11, p12, p22) = (p11 * noise / s, p12 * noise / s, p22 - p12 * p12 / s)
            last = point.t
        }
        let g = Double(max(months - last, 1))
        level = l + g * b
        variance = p11 + 2 * g * p12 + g * g * p22 + g * drift
        self.sse = sse
    }
}

/// The grid posterior of ``SaturationLearner``.
public struct SaturationBelief: CurveBelief {
    /// (shape, ln K) values and their posterior probabilities.
    public let grid: [GridPoint]
    public let posterior: [Double]
    /// `−SSE/2σ²` per grid point (the last pass's σ²): the log likelihood of the data given
    /// the grid point, up to a constant, for comparing priors (``AnchoredStrategy``).
    public let logLikelihood: [Double]
    /// ln x̄, the mean log spend of the months learned from: the grid's centre and the default
    /// prior's centre for ln K.
    public let logMeanSpend: Double
    /// σ²: the variance of ln y around the curve.
    public let noiseVariance: Double
    /// The data and settings behind the level filter.
    let model: LevelModel

    /// The shape with the most posterior mass.
    public var shape: Double {
        // The distinct shapes in increasing order (a handful; no set needed), each with its
        // mass summed in grid order.
        var shapes: [Double] = []
        for point in grid where !shapes.contains(point.shape) { shapes.append(point.shape) }
        shapes.sort()
        if shapes.count == 1 { return shapes[0] }
        let mass = shapes.map { s in zip(grid, posterior).filter { $0.0.shape == s }.reduce(0) { $0 + $1.1 } }
        return shapes[mass.indices.max { mass[$0] < mass[$1] } ?? 0]
    }

    /// The posterior mean of ln K given the most probable shape.
    public var meanLogK: Double {
        let s = shape
        let pairs = zip(grid, posterior).filter { $0.0.shape == s }
        let total = pairs.reduce(0) { $0 + $1.1 }
        return total > 0 ? pairs.reduce(0) { $0 + $1.0.logK * $1.1 } / total : pairs.first?.0.logK ?? 0
    }

    /// The curve at the most probable shape and the posterior mean of ln K for it, with next
    /// month's level filtered for that K (levels of different K are not averaged: each K
    /// explains the data with its own level).
    public var curve: Curve {
        let point = GridPoint(shape: shape, logK: meanLogK)
        return curve(point, logBeta: model.filter(point).level)
    }

    public func sample(using rng: inout SplitMix64) -> Curve {
        var u = rng.nextUniform()
        var index = posterior.count - 1
        for (j, p) in posterior.enumerated() {
            if u < p { index = j; break }
            u -= p
        }
        let step = grid.count > 1 && grid[1].shape == grid[0].shape ? grid[1].logK - grid[0].logK : 0
        let point = GridPoint(shape: grid[index].shape, logK: grid[index].logK + (rng.nextUniform() - 0.5) * step)
        let state = model.filter(point)
        return curve(point, logBeta: state.level + state.variance.squareRoot() * rng.nextGaussian())
    }

    func curve(_ point: GridPoint, logBeta: Double) -> Curve {
        .hill(beta: exp(logBeta + noiseVariance / 2), halfSaturation: exp(point.logK), shape: point.shape)
    }
}
