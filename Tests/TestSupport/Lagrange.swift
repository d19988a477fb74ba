/// Independent reference solutions for separable resource allocation.

/// Maximises Σ fᵢ(xᵢ) subject to Σ xᵢ = budget and lᵢ ≤ xᵢ ≤ uᵢ for concave fᵢ by the
/// equal-marginal-return (KKT) condition: every channel strictly inside its bounds has
/// fᵢ'(xᵢ) = λ. For a given λ, xᵢ(λ) = clamp((fᵢ')⁻¹(λ), lᵢ, uᵢ) (found by bisection, fᵢ' being
/// decreasing); Σ xᵢ(λ) falls as λ rises, so λ is found by bisection too.
///
/// - Parameters:
///   - marginals: fᵢ' for each channel (non-increasing on [lᵢ, uᵢ]).
///   - bounds: (lᵢ, uᵢ) for each channel.
///   - budget: Σ xᵢ; must lie within [Σ lᵢ, Σ uᵢ].
/// - Returns: The allocation and the multiplier λ (= ∂optimum/∂budget).
public func equalMarginalAllocation(
    marginals: [(Double) -> Double], bounds: [(Double, Double)], budget: Double
) -> (x: [Double], lambda: Double) {
    func spend(at lambda: Double) -> [Double] {
        zip(marginals, bounds).map { marginal, bound in
            let (low, high) = bound
            if marginal(low) <= lambda { return low }
            if marginal(high) >= lambda { return high }
            var (a, b) = (low, high)
            for _ in 0..<200 {
                let middle = (a + b) / 2
                if marginal(middle) > lambda { a = middle } else { b = middle }
            }
            return (a + b) / 2
        }
    }
    var (low, high) = (0.0, 1.0)
    while spend(at: high).reduce(0, +) > budget { high *= 2 }
    for _ in 0..<200 {
        let middle = (low + high) / 2
        if spend(at: middle).reduce(0, +) > budget { low = middle } else { high = middle }
    }
    let lambda = (low + high) / 2
    return (spend(at: lambda), lambda)
}
