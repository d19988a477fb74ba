import Foundation

/// What the non-linear search minimises and the sampler explores: the negative log posterior
/// of the channels' (θ, κ, s) with the linear coefficients profiled out.
///
///     −log p(u | y) = (n/2)·ln S(u) + Σᵢ [λ·max(sᵢ − 1, (1 − sᵢ)/2) + (ln κᵢ)²/(2·0.7²) + λ_δ·δᵢ + λ_k·(kᵢ − 1)]
///                     + Σᵢ (mᵢ − m̄)²/(2τ_c²) + Σ_{i never dark} (sᵢ − s̄_dark)²/(2τ_d²)
///                     [+ Σᵢ (sᵢ − s̄)²/(2τ²)] [+ Jacobian] + constant,   mᵢ = min(sᵢ, 1)
///
/// - `S(u)` is the penalised residual sum of squares of the exact linear solve
///   (``ProjectedProblem``), lift tests included as pseudo-observations. `(n/2)·ln S` is the
///   Gaussian log-likelihood with the noise variance profiled out (σ̂² = S/n), so it is
///   scale-free: multiplying the outcome by 1,000 changes nothing.
/// - **Concave preference.** The prior on each shape s peaks at s = 1 (concave, straight at
///   zero spend) and falls by λ nats per unit of s above 1 and λ/2 per unit below
///   (λ = ``MMMOptions/shapePenalty``, 1 by default). An S-curve is chosen only when it improves
///   the log-likelihood by more than λ·(s − 1): for s = 2 on 156 weeks the residual sum of
///   squares must fall by 1 − e^(−2/156) ≈ 1.3%.
/// - κ = K / mean adstock is log-normal around 1 (σ = 0.7) within [0.2, 5]: a channel is not
///   taken to be saturated at a fraction of its usual spend (nor linear far beyond it) unless
///   the data insist. An always-on channel's data cannot tell, and without this prior its
///   curve would be chosen by noise (ROIs off by a factor of two to five on the benchmark).
/// - **Plain geometric carryover unless the data show a delay.** The prior on each delay δ
///   (periods between spend and the start of its effect) falls by λ_δ nats per period
///   (``MMMOptions/delayPenalty``, 1 by default), and the search space maps a ninth of its
///   range to δ = 0 exactly: a delay of two weeks is chosen only when it improves the
///   log-likelihood by more than 2 nats. With the Weibull kernel (``family``) the fourth
///   number is its shape k instead, whose prior falls by λ_k nats per unit above k = 1
///   (geometric; ``MMMOptions/weibullPenalty``), a ninth of the range mapping to k = 1 exactly.
/// - **Shapes pooled across channels.** With ``shapePooling`` τ, the channels' shapes share an
///   unknown mean μ, sᵢ ~ N(μ, τ²), with μ flat and integrated out: `Σᵢ (sᵢ − s̄)² / (2τ²)`,
///   s̄ the channels' mean shape (exactly the marginal over μ, up to a constant). One channel
///   whose data pin its shape down informs the others; a channel far from the rest needs
///   evidence for it. `nil` (and a single channel) adds nothing.
/// - **Concavity pooled across channels.** With ``concavityPooling`` τ_c (0.15 by default), the
///   channels' concave parts mᵢ = min(sᵢ, 1) share an unknown mean (flat, integrated out):
///   `Σᵢ (mᵢ − m̄)² / (2τ_c²)`. A shape above 1 counts as 1, so the others never pull a channel
///   into an S-curve; a threshold still needs the channel's own evidence.
/// - **Never-dark channels borrow their shape.** With ``alwaysOnShapePooling`` τ_d (0.3 by default), each channel
///   whose spend is positive in every period adds `(sᵢ − s̄_dark)² / (2τ²)`, s̄_dark the mean
///   shape of the channels that go dark (``borrowingPenalty(_:alwaysOn:tau:)``). `nil` adds nothing.
/// - θ is flat on [0, 0.9]. The sampler works on the
///   unconstrained u (see ``MediaParameters/decode(_:)``), so it adds the Jacobian of that
///   map, `−Σ ln(σ(u)(1 − σ(u)))`; the point fit (a mode) does not.
struct MMMPosterior: Sendable {
    let problem: ProjectedProblem
    /// Each experiment with the index of its channel in the design.
    let experiments: [(channel: Int, test: MMMExperiment)]
    let shapePenalty: Double
    /// λ_δ: nats of prior per period of delay (``MMMOptions/delayPenalty``).
    var delayPenalty: Double = 1
    /// The carryover kernel searched (``MMMOptions/carryoverKernel``) and λ_k, nats of prior per
    /// unit of Weibull shape above 1 (``MMMOptions/weibullPenalty``).
    var family: CarryoverFamily = .delayedGeometric
    var weibullPenalty: Double = 2
    /// The shape prior's slope below s = 1, as a share of λ (``MMMOptions/shapePenaltyBelowOne``).
    var shapeBelowOne: Double = 0.5
    /// σ of the log-normal prior on κ (``MMMOptions/saturationPriorWidth``).
    var kappaWidth: Double = 0.7
    /// T ≥ 1: the likelihood is raised to the power 1/T (a tempered or "generalised Bayes"
    /// posterior). 1 for the point fit; the sampler uses the hold-out calibration
    /// ``MMMFitter/samplingTemperature(holdoutRatio:)``.
    var temperature: Double = 1
    /// τ of the pooled shape prior (``MMMOptions/shapePooling``), or `nil` for none.
    var shapePooling: Double? = nil
    /// Per channel: true when its spend is positive in every period (never dark). Empty: none.
    var alwaysOn: [Bool] = []
    /// τ of the never-dark channels' shape prior centred on the other channels' mean shape
    /// (``MMMOptions/alwaysOnShapePooling``), or `nil` for none.
    var alwaysOnShapePooling: Double? = nil
    /// τ of the pooled concavity prior (``MMMOptions/concavityPooling``), or `nil` for none.
    var concavityPooling: Double? = nil

    /// The same posterior with drift terms on `channels` (see ProjectedProblem+Drift.swift).
    func drifting(_ channels: [Int]) -> MMMPosterior {
        MMMPosterior(
            problem: problem.drifting(channels), experiments: experiments, shapePenalty: shapePenalty, delayPenalty: delayPenalty,
            family: family, weibullPenalty: weibullPenalty, shapeBelowOne: shapeBelowOne, kappaWidth: kappaWidth, temperature: temperature,
            shapePooling: shapePooling, alwaysOn: alwaysOn, alwaysOnShapePooling: alwaysOnShapePooling,
            concavityPooling: concavityPooling)
    }

    /// The same posterior with its likelihood tempered by `temperature` (see ``temperature``).
    func tempered(_ temperature: Double) -> MMMPosterior {
        var copy = self
        copy.temperature = temperature
        return copy
    }

    /// The linear solve for these parameters, lift tests included.
    func solve(_ parameters: [MediaParameters], columns: [[Double]], halfSaturations: [Double]) -> ProjectedProblem.Solution {
        let lifts = experiments.isEmpty
            ? [] : problem.design.liftColumns(experiments, parameters: parameters, halfSaturations: halfSaturations)
        return problem.solve(media: columns, lifts: lifts)
    }

    /// `(n/2T)·ln S + shape prior` for decoded parameters and their hill columns.
    func score(_ parameters: [MediaParameters], columns: [[Double]], halfSaturations: [Double]) -> Double {
        let objective = solve(parameters, columns: columns, halfSaturations: halfSaturations).objective
        guard objective.isFinite else { return .infinity }
        let likelihood = 0.5 * Double(problem.rows) * log(max(objective, 1e-300)) / temperature
        let priors = parameters.reduce(0) {
            $0 + Self.priorPenalty($1, shapePenalty: shapePenalty, belowOne: shapeBelowOne, kappaWidth: kappaWidth) + delayPenalty * $1.delay
                + weibullPenalty * ($1.weibullShape - 1)
        }
        return likelihood + priors + Self.poolingPenalty(parameters.map(\.shape), tau: shapePooling)
            + Self.poolingPenalty(parameters.map { min($0.shape, 1) }, tau: concavityPooling)
            + Self.borrowingPenalty(parameters.map(\.shape), alwaysOn: alwaysOn, tau: alwaysOnShapePooling)
    }

    /// `Σ_{i never dark} (sᵢ − s̄_dark)² / (2τ²)`, s̄_dark the mean shape of the channels that
    /// do go dark: a never-dark channel's curve below its usual spend is never observed, so its
    /// shape is taken to resemble the shapes of the channels whose low end the data show.
    /// 0 without τ, or when no channel (or every channel) is never dark.
    static func borrowingPenalty(_ shapes: [Double], alwaysOn: [Bool], tau: Double?) -> Double {
        guard let tau, alwaysOn.count == shapes.count else { return 0 }
        let dark = shapes.indices.filter { !alwaysOn[$0] }
        guard !dark.isEmpty, dark.count < shapes.count else { return 0 }
        let mean = dark.reduce(0) { $0 + shapes[$1] } / Double(dark.count)
        return shapes.indices.filter { alwaysOn[$0] }.reduce(0) { $0 + (shapes[$1] - mean) * (shapes[$1] - mean) } / (2 * tau * tau)
    }

    /// `Σᵢ (sᵢ − s̄)² / (2τ²)`: the shapes' prior N(μ, τ²) with the common mean μ (flat)
    /// integrated out. 0 without τ or with fewer than two channels.
    static func poolingPenalty(_ shapes: [Double], tau: Double?) -> Double {
        guard let tau, shapes.count > 1 else { return 0 }
        let mean = shapes.reduce(0, +) / Double(shapes.count)
        return shapes.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (2 * tau * tau)
    }

    /// `λ·max(s − 1, (1 − s)/2) + (ln κ)²/(2·0.7²)`: the shape prior peaks at s = 1 (concave and
    /// straight at zero spend) and the saturation prior keeps K near the channel's mean adstock
    /// unless the data insist (κ = 0.2 costs 2.6 nats, κ = 5 likewise).
    static func priorPenalty(_ p: MediaParameters, shapePenalty: Double, belowOne: Double = 0.5, kappaWidth: Double = 0.7) -> Double {
        let logKappa = log(p.saturation)
        return shapePenalty * max(p.shape - 1, belowOne * (1 - p.shape)) + logKappa * logKappa / (2 * kappaWidth * kappaWidth)
    }

    /// The negative log posterior of the search point `u` (with the Jacobian for sampling).
    func negativeLogPosterior(_ u: [Double], jacobian: Bool = false) -> Double {
        let parameters = MediaParameters.decode(u, family: family)
        let media = problem.design.media(parameters)
        var value = score(parameters, columns: media.columns, halfSaturations: media.halfSaturations)
        if jacobian {
            for x in u {
                let sigma = 1 / (1 + exp(-x))
                value -= log(max(sigma * (1 - sigma), 1e-300))
            }
        }
        return value
    }
}
