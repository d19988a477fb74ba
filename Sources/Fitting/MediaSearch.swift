/// The non-linear half of the variable-projection fit: a search over every channel's
/// (θ, κ, s) in which each trial is scored by the exact linear solve of ``ProjectedProblem``.
///
/// The search runs in the unconstrained space of ``MediaParameters/decode(_:)``:
/// 1. coordinate-wise grids: for one channel at a time, every (θ, κ, s) of a 6 × 5 × 4 grid
///    with the other channels held, then every (δ, θ) of a 6 × 6 grid (or, for the Weibull
///    kernel, every (k, θ) of a 6 × 8 grid), keeping the best; all channels, `sweeps` times;
/// 2. Nelder–Mead over all 4 × channels numbers from the best grid point, restarted at its own
///    best point until a restart no longer improves (simplices collapse in 15 dimensions).
///
/// The grid finds the right basin for each channel, which Nelder–Mead alone in 15 dimensions
/// would not; Nelder–Mead then moves the channels jointly, which a grid cannot.
struct MediaSearch {
    let posterior: MMMPosterior
    /// Called with the evaluations done so far, every ``progressInterval`` evaluations.
    var progress: ((Int) -> Void)? = nil
    static let progressInterval = 100

    struct Result {
        var point: [Double]
        var value: Double
        var evaluations: Int
    }

    static let carryoverGrid = [0.0, 0.15, 0.3, 0.45, 0.6, 0.8]
    static let saturationGrid = [0.3, 0.6, 1.0, 1.8, 3.5]
    static let shapeGrid = [0.6, 1.0, 1.6, 2.5]
    static let delayGrid = [0.0, 0.5, 1.0, 1.5, 2.0, 3.0]
    /// Weibull shapes k and carryovers θ of the kernel grid: peaks 0–4 periods after the spend.
    static let weibullGrid = [1.0, 1.5, 2.0, 2.75, 3.5, 4.5]
    static let weibullCarryoverGrid = [0.0, 0.3, 0.5, 0.6, 0.7, 0.78, 0.84, 0.9]

    /// The starting point of a cold search: θ = 0.3, κ = 1, s = 1 for every channel.
    static func neutralStart(channels: Int, family: CarryoverFamily = .delayedGeometric) -> [Double] {
        MediaParameters.encode(Array(repeating: MediaParameters(carryover: 0.3, saturation: 1, shape: 1), count: channels), family: family)
    }

    /// The negative log posterior (``MMMPosterior``) of the parameters encoded in `u`.
    func objective(_ u: [Double]) -> Double {
        posterior.negativeLogPosterior(u)
    }

    /// Grid sweeps (if `sweeps > 0`) then Nelder–Mead, within `budget` evaluations in total.
    func minimize(from start: [Double], sweeps: Int, budget: Int, step: Double = 0.8) -> Result {
        var best = sweeps > 0
            ? coordinateGrid(from: start, sweeps: sweeps, budget: budget)
            : Result(point: start, value: objective(start), evaluations: 1)
        let remaining = budget - best.evaluations
        guard remaining > 0 else { return best }
        let search = NelderMead(maxEvaluations: remaining, tolerance: 1e-9, restarts: 4)
        var count = best.evaluations
        let polished = search.minimize({ u in
            count += 1
            if count % Self.progressInterval == 0 { progress?(count) }
            return objective(u)
        }, from: best.point, step: step)
        best.evaluations += polished.evaluations
        if polished.value < best.value { (best.point, best.value) = (polished.point, polished.value) }
        return best
    }

    /// Coordinate-wise grid search: channel by channel, the best grid (θ, κ, s) given the
    /// others at the channel's delay (or Weibull shape), then the best (δ, θ) of ``delayGrid``
    /// × ``carryoverGrid`` (or (k, θ) of ``weibullGrid`` × ``weibullCarryoverGrid``) at that κ
    /// and s. Only the channel being searched has its hill column recomputed.
    func coordinateGrid(from start: [Double], sweeps: Int, budget: Int) -> Result {
        let design = posterior.problem.design
        let family = posterior.family
        var parameters = MediaParameters.decode(start, family: family)
        let initial = design.media(parameters)
        var media = initial.columns
        var ks = initial.halfSaturations
        var best = posterior.score(parameters, columns: media, halfSaturations: ks)
        var evaluations = 1
        func attempt(_ channel: Int, _ trial: MediaParameters) {
            guard evaluations < budget else { return }
            let saved = (media[channel], ks[channel], parameters[channel])
            (media[channel], ks[channel]) = design.hillColumn(channel, trial)
            parameters[channel] = trial
            let value = posterior.score(parameters, columns: media, halfSaturations: ks)
            evaluations += 1
            if evaluations % Self.progressInterval == 0 { progress?(evaluations) }
            if value < best {
                best = value
            } else {
                (media[channel], ks[channel], parameters[channel]) = saved
            }
        }
        for _ in 0..<sweeps {
            for channel in parameters.indices {
                for theta in Self.carryoverGrid {
                    for kappa in Self.saturationGrid {
                        for shape in Self.shapeGrid {
                            var trial = parameters[channel]
                            (trial.carryover, trial.saturation, trial.shape) = (theta, kappa, shape)
                            attempt(channel, trial)
                        }
                    }
                }
                let held = parameters[channel]
                let (fourth, thetas) = family == .weibull ? (Self.weibullGrid, Self.weibullCarryoverGrid) : (Self.delayGrid, Self.carryoverGrid)
                for value in fourth {
                    for theta in thetas {
                        var trial = held
                        trial.carryover = theta
                        if family == .weibull { trial.weibullShape = value } else { trial.delay = value }
                        attempt(channel, trial)
                    }
                }
            }
        }
        let point = MediaParameters.encode(parameters, family: family)
        return Result(point: point, value: objective(point), evaluations: evaluations + 1)
    }
}
