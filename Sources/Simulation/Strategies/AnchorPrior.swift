import Foundation

/// A normal prior on ln K (the half-saturation of a hill curve of shape 1), and the anchor of
/// ``AnchoredStrategy``: the K at which a given plan is optimal.
struct AnchorPrior: Equatable {
    /// The prior's mean of ln K; nil: the learner's own, ln x̄ of the data.
    let centre: Double?
    /// Its standard deviation.
    let sd: Double

    /// The anchors of the plan `spend` (`[month][channel]`) given its reported `outcome`.
    ///
    /// With x_i the channel's mean spend and `ROI_i = Σ outcome / Σ spend`, a hill curve of shape
    /// 1 through that point has marginal ROI `e_i · ROI_i`, e_i = K_i/(x_i + K_i) its elasticity.
    /// The plan is optimal (for a budget shared by all) when every marginal ROI equals one λ, so
    /// `e_i = λ / ROI_i`, clamped to [0.05, 0.95]; λ is set so that the spend-weighted mean
    /// elasticity is ½ (the agnostic prior's): `λ = ½ · Σ x_i / Σ (x_i / ROI_i)`. Then
    /// `K_i = x_i · e_i / (1 − e_i)`. Returns ln K_i; nil for a channel without spend or outcome
    /// (left out of λ too).
    static func anchors(spend: [[Double]], outcome: [[Double]]) -> [Double?] {
        let n = spend.first?.count ?? 0
        let x = (0..<n).map { i in spend.reduce(0) { $0 + $1[i] } }
        let y = (0..<n).map { i in outcome.reduce(0) { $0 + $1[i] } }
        let seen = (0..<n).filter { x[$0] > 0 && y[$0] > 0 && x[$0].isFinite && y[$0].isFinite }
        guard !seen.isEmpty else { return Array(repeating: nil, count: n) }
        let lambda = 0.5 * seen.reduce(0) { $0 + x[$1] } / seen.reduce(0) { $0 + x[$1] * x[$1] / y[$1] }
        let months = Double(spend.count)
        return (0..<n).map { i in
            guard seen.contains(i) else { return nil }
            let e = min(max(lambda * x[i] / y[i], elasticityRange.lowerBound), elasticityRange.upperBound)
            return log(x[i] / months * e / (1 - e))
        }
    }

    /// The range an anchor's elasticity e_i is clamped to.
    static let elasticityRange = 0.05...0.95

    /// ln N(x; mean, sd²) up to −½ ln 2π (a constant shared by every prior on the same grid).
    static func logDensity(_ x: Double, _ mean: Double, _ sd: Double) -> Double {
        -0.5 * pow((x - mean) / sd, 2) - log(sd)
    }

    /// `ln Z = ln Σ_j N(ln K_j; centre, sd²) · L_j` over the belief's grid points of shape 1
    /// (L_j = exp(−SSE_j/2σ²), ``SaturationBelief/logLikelihood``): the evidence of the data
    /// under this prior, up to a constant that is the same for every prior on the same grid.
    func logEvidence(_ belief: SaturationBelief) -> Double {
        let centre = centre ?? belief.logMeanSpend
        let terms = belief.grid.indices.filter { belief.grid[$0].shape == 1 }.map { j in
            Self.logDensity(belief.grid[j].logK, centre, sd) + belief.logLikelihood[j]
        }
        return ShapeHypotheses.logSumExp(terms)
    }
}
