import Foundation

/// The moving-block bootstrap of a residual series: new series built from randomly chosen
/// runs of `blockLength` consecutive residuals, so that serial correlation within a block
/// (a run of good or bad weeks) survives resampling, which it would not if single residuals
/// were drawn. Künsch (1989).
struct BlockBootstrap: Sendable {
    let blockLength: Int

    /// A series as long as `residuals`: blocks `residuals[s..<s+L]` with starts s drawn
    /// uniformly from 0…n−L, concatenated and cut to n.
    func resample(_ residuals: [Double], using rng: inout SplitMix64) -> [Double] {
        let n = residuals.count
        let length = min(max(blockLength, 1), n)
        var result: [Double] = []
        result.reserveCapacity(n + length)
        while result.count < n {
            let start = rng.nextInt(below: n - length + 1)
            result.append(contentsOf: residuals[start..<(start + length)])
        }
        return Array(result.prefix(n))
    }
}

/// Refits of the media-mix model to bootstrap samples `y* = fitted + resampled residuals`.
///
/// The residuals of a least-squares fit are smaller than the noise it left behind: the fit has
/// spent `q` parameters explaining part of the noise, so `E[Σ r²] ≈ (n − q)σ²`. Resampling them
/// as they are would make every interval too narrow; they are first scaled by `√(n/(n − q))`
/// (the usual degrees-of-freedom correction, Davison & Hinkley 1997, §6.2), with q = the linear
/// coefficients plus the three non-linear parameters per channel.
struct MMMBootstrap: Sendable {
    /// One refit: each channel's response.
    typealias Draw = [MediaResponse]

    let problem: ProjectedProblem
    let fitted: [Double]
    /// Residuals of the point fit, already scaled by the degrees-of-freedom correction.
    let residuals: [Double]
    /// The point estimate in the search space; every refit starts there (warm start).
    let start: [Double]
    let blockLength: Int
    let evaluations: Int
    let seed: UInt64

    /// `samples` refits, run in parallel; sample b uses the generator stream b of `seed`, so
    /// the draws are the same whatever the thread count or order.
    func run(samples: Int) -> [Draw] {
        let results = IndexedResults<Draw>(count: samples)
        DispatchQueue.concurrentPerform(iterations: samples) { index in
            if let draw = refit(index) { results.set(index, draw) }
        }
        return results.all.compactMap { $0 }
    }

    /// `r·√(n/(n − q))` for residuals r of a fit with q parameters.
    static func inflated(_ residuals: [Double], parameters q: Int) -> [Double] {
        let n = Double(residuals.count)
        let factor = (n / max(n - Double(q), 1)).squareRoot()
        return residuals.map { $0 * factor }
    }

    private func refit(_ index: Int) -> Draw? {
        var rng = SplitMix64(seed: seed, stream: index)
        let noise = BlockBootstrap(blockLength: blockLength).resample(residuals, using: &rng)
        guard let sample = try? problem.with(outcome: zip(fitted, noise).map(+)) else { return nil }
        let search = MediaSearch(problem: sample)
        let result = search.minimize(from: start, sweeps: 0, budget: evaluations, step: 0.3)
        let parameters = MediaParameters.decode(result.point)
        let media = sample.design.media(parameters)
        let coefficients = sample.solve(media: media.columns).coefficients
        let p = sample.design.fixedCount
        return parameters.indices.map { i in
            MediaResponse(
                carryover: parameters[i].carryover, halfSaturation: media.halfSaturations[i],
                shape: parameters[i].shape, beta: coefficients[p + i])
        }
    }
}
