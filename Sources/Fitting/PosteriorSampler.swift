import Foundation

/// Draws from the posterior of the media-mix model: adaptive random-walk Metropolis over the
/// non-linear parameters u (all channels' θ, κ, s, unconstrained), and for each kept u a draw
/// of the linear coefficients from their Gaussian conditional posterior.
///
/// Per chain (``chains`` chains in parallel, each from the point fit plus a small jitter):
/// 1. **Adaptation** (the first 40% of ``steps``): proposals `u′ = u + ℓ·L z`, z standard
///    normal, L the Cholesky factor of the proposal covariance: at first diagonal, from the
///    curvature of the log posterior at the point fit; from step 200 on, the chain's own
///    covariance so far (Haario, Saksman & Tamminen 2001). ℓ starts at 2.38/√d and is scaled
///    every 50 steps towards an acceptance rate of 0.2–0.35.
/// 2. **Sampling** (the rest): the proposal is frozen, so the chain is a plain Metropolis chain
///    whose stationary law is the posterior; states are kept at even spacing.
///
/// For a kept u, the linear coefficients c given u are Gaussian around the exact solve ĉ with
/// covariance σ̂²(XᵀX + Λ)⁻¹, σ̂² = S/(n − q): `c = ĉ + σ̂·L⁻ᵀz` for `XᵀX + Λ = LLᵀ`; channel
/// coefficients are then cut at 0. With a tempered ``MMMPosterior/temperature`` T, σ̂² is
/// multiplied by T too (the likelihood's noise variance is T times larger). So a draw carries both the uncertainty of the curve's shape
/// (carryover, saturation, S or concave: the "model choice") and of its size.
struct PosteriorSampler: Sendable {
    /// One draw: every channel's response.
    typealias Draw = [MediaResponse]

    let posterior: MMMPosterior
    /// The point fit in the search space.
    let start: [Double]
    let steps: Int
    let chains: Int
    let seed: UInt64
    /// Parameters of the whole model (for the degrees of freedom of σ̂²).
    let parameterCount: Int
    /// Called every 50 steps of each chain with the steps done by all chains so far.
    var progress: FitProgressHandler? = nil

    /// `draws` draws (spread evenly over the chains), in chain order.
    func run(draws: Int) -> [Draw] {
        guard draws > 0 else { return [] }
        let scales = proposalScales()
        let perChain = (0..<chains).map { draws / chains + ($0 < draws % chains ? 1 : 0) }
        let results = IndexedResults<[Draw]>(count: chains)
        let counter = StepCounter(total: chains * max(steps, 2), report: progress)
        DispatchQueue.concurrentPerform(iterations: chains) { chain in
            results.set(chain, runChain(chain, keep: perChain[chain], scales: scales, counter: counter))
        }
        return results.all.flatMap { $0 ?? [] }
    }

    /// Standard deviations of a first proposal: `1/√h_jj` from the second difference of the
    /// negative log posterior along each coordinate (h floored at 0.5, so at most 1.4).
    private func proposalScales() -> [Double] {
        let f0 = posterior.negativeLogPosterior(start, jacobian: true)
        let h = 0.1
        return start.indices.map { j in
            var up = start
            var down = start
            up[j] += h
            down[j] -= h
            let curvature = (posterior.negativeLogPosterior(up, jacobian: true) + posterior.negativeLogPosterior(down, jacobian: true) - 2 * f0) / (h * h)
            return 1 / max(curvature.isFinite ? curvature : 0.5, 0.5).squareRoot()
        }
    }

    private func runChain(_ chain: Int, keep: Int, scales: [Double], counter: StepCounter) -> [Draw] {
        var rng = SplitMix64(seed: seed, stream: chain)
        let d = start.count
        var u = start.indices.map { start[$0] + 0.3 * scales[$0] * rng.nextGaussian() }
        var value = posterior.negativeLogPosterior(u, jacobian: true)
        if !value.isFinite { (u, value) = (start, posterior.negativeLogPosterior(start, jacobian: true)) }
        var factor = Matrix(rows: d, columns: d)
        for j in 0..<d { factor[j, j] = scales[j] }
        var step = 2.38 / Double(d).squareRoot()
        let adaptation = max(Int(0.4 * Double(steps)), 1)
        var history: [[Double]] = []
        var accepted = 0
        var kept: [Draw] = []
        let sampling = max(steps - adaptation, 1)
        let spacing = max(sampling / max(keep, 1), 1)
        for iteration in 0..<(adaptation + sampling) {
            let z = (0..<d).map { _ in rng.nextGaussian() }
            var proposal = u
            for i in 0..<d {
                var sum = 0.0
                for k in 0...i { sum += factor[i, k] * z[k] }
                proposal[i] += step * sum
            }
            if (iteration + 1) % 50 == 0 { counter.add(50) }
            let candidate = posterior.negativeLogPosterior(proposal, jacobian: true)
            if candidate.isFinite, log(max(rng.nextUniform(), 1e-300)) < value - candidate {
                (u, value) = (proposal, candidate)
                accepted += 1
            }
            if iteration < adaptation {
                history.append(u)
                if (iteration + 1) % 50 == 0 {
                    let rate = Double(accepted) / 50
                    step *= rate < 0.2 ? 0.75 : rate > 0.35 ? 1.3 : 1
                    accepted = 0
                    if history.count >= 200, let learned = Self.covarianceFactor(history) { factor = learned }
                }
            } else {
                let index = iteration - adaptation
                if kept.count < keep, (index + 1) % spacing == 0 { kept.append(linearDraw(u, rng: &rng)) }
            }
        }
        while kept.count < keep { kept.append(linearDraw(u, rng: &rng)) }
        return kept
    }

    /// The Cholesky factor of the sample covariance of `points` (plus 10⁻⁶ on the diagonal).
    static func covarianceFactor(_ points: [[Double]]) -> Matrix? {
        let d = points[0].count
        let n = Double(points.count)
        let mean = (0..<d).map { j in points.reduce(0) { $0 + $1[j] } / n }
        var covariance = Matrix(rows: d, columns: d)
        for j in 0..<d {
            for k in 0...j {
                let value = points.reduce(0) { $0 + ($1[j] - mean[j]) * ($1[k] - mean[k]) } / (n - 1)
                covariance[j, k] = value + (j == k ? 1e-6 : 0)
                covariance[k, j] = covariance[j, k]
            }
        }
        return try? Cholesky(covariance).lower
    }

    /// The responses at u with the linear coefficients drawn from their conditional posterior.
    private func linearDraw(_ u: [Double], rng: inout SplitMix64) -> Draw {
        let parameters = MediaParameters.decode(u, family: posterior.family)
        let media = posterior.problem.design.media(parameters)
        let solution = posterior.solve(parameters, columns: media.columns, halfSaturations: media.halfSaturations)
        var c = solution.coefficients
        let dof = Double(max(posterior.problem.rows - parameterCount, 1))
        let sigma = (posterior.temperature * solution.residualSS / dof).squareRoot()
        if let lower = try? Cholesky(solution.gram).lower, sigma.isFinite {
            // x = L⁻ᵀ z by back substitution has covariance (LLᵀ)⁻¹.
            let n = c.count
            var x = (0..<n).map { _ in rng.nextGaussian() }
            for i in stride(from: n - 1, through: 0, by: -1) {
                var sum = x[i]
                for k in (i + 1)..<n { sum -= lower[k, i] * x[k] }
                x[i] = sum / lower[i, i]
            }
            for i in 0..<n { c[i] += sigma * x[i] }
        }
        let p = posterior.problem.design.fixedCount
        return parameters.indices.map { i in
            parameters[i].response(halfSaturation: media.halfSaturations[i], beta: max(0, c[p + i]))
        }
    }
}
