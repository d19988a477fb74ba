import Foundation

/// Weekly media-mix data generated from a stated truth, to measure how well a fit recovers it
/// (the `fit-truth` benchmark and its fast subset in the tests).
///
/// The truth is computed here, with its own adstock and saturation code (not the fitter's
/// ``MediaResponse``), and several recipes use shapes the fitter does not have (logistic
/// saturation; Weibull-shaped delays as the density at lag l with a fixed first weight, where
/// the fitter's Weibull kernel is the density at l + 1; drifting effects), so a fit is judged
/// against a world it can only approximate, as with real data. Every recipe: weekly, 2–4 years, 2–6 channels,
/// baseline with trend and two yearly harmonics, Gaussian noise of 5% of the mean outcome,
/// media 30–60% of the expected outcome. See ``Recipe`` for what each one varies.
public struct KnownTruth: Sendable {
    /// The generating recipes.
    public enum Recipe: String, CaseIterable, Sendable {
        /// Geometric adstock + logistic saturation `(1 − e^(−λa))/(1 + e^(−λa))` (PyMC-Marketing's
        /// recipe): 2–3 channels, the first always on, the others pulsed.
        case geometricLogistic = "geometric-logistic"
        /// Geometric adstock + concave hill (shape 0.5–1): 3–6 flighted, bursty or campaign channels.
        case hillConcave = "hill-concave"
        /// Geometric adstock + S-shaped hill (shape 1.5–3): 2–5 channels.
        case hillS = "hill-s"
        /// Weibull-shaped delayed adstock (peak after 1–3 weeks, 13 lags) + concave hill: 2–5 channels.
        case weibull
        /// An always-on channel whose spend follows a demand index that also drives the outcome;
        /// the index is given to the fit as a control. Plus 1–3 pulsed channels.
        case confounded
        /// One channel's effect drifts linearly by ±30–60% over the data; 2–5 channels.
        case drift
    }

    /// One channel's data and truth.
    public struct Channel: Sendable {
        public var name: String
        public var spend: [Double]
        /// True contribution per week.
        public var contribution: [Double]
        /// True if the channel never goes dark (its ROI is weakly identified by data alone).
        public var alwaysOn: Bool
        /// The ROI of the channel's latest response curve on the data's spend:
        /// `Σ_t β_T·sat(A_t) / Σ_t spend_t`, β_T the effect size in the last period. For a
        /// channel whose effect does not drift that is Σ contribution / Σ spend; for a drifting
        /// one it is what the channel returns now, which is what a plan for next month needs
        /// (its average over the data is ``averageROI``).
        public var roi: Double
        /// Σ contribution / Σ spend over the data (differs from ``roi`` only when the effect drifts).
        public var averageROI: Double
        /// The long-run return of one more unit per week at the mean spend of the last 4 weeks,
        /// sustained, carryover included (at the final effect size for a drifting channel).
        public var marginalROI: Double
        /// The true incremental outcome during weeks `range` of adding `change` spread evenly
        /// over them in a share `share` of the market that responds like the whole scaled by
        /// the share (the measured lift of an ideal experiment).
        public var lift: @Sendable (_ range: Range<Int>, _ change: Double, _ share: Double) -> Double
        /// The generator's parameters (for diagnostics inside the module).
        var effect: TruthEffect? = nil
    }

    public let recipe: Recipe
    public let seed: UInt64
    public let channels: [Channel]
    public let controlNames: [String]
    public let controls: [[Double]]
    public let outcome: [Double]

    /// The data as a fit sees it.
    public var input: MMMInput {
        // Every spend series is positive somewhere and finite; controls are finite.
        try! MMMInput(
            channels: channels.map(\.name), spend: channels.map(\.spend), outcome: outcome,
            controlNames: controlNames, controls: controls, periodsPerYear: MMMInput.weekly)
    }

    /// - Parameter noise: The noise's standard deviation as a share of the mean outcome (5% in
    ///   the benchmark; 0 for noise-free checks).
    public init(recipe: Recipe, seed: UInt64, noise: Double = 0.05) {
        var rng = SplitMix64(seed: seed &* 7919 &+ UInt64(Recipe.allCases.firstIndex(of: recipe)!))
        let weeks = 104 + 52 * rng.nextInt(below: 3)
        let plan = TruthPlan(recipe: recipe, rng: &rng)
        var demand = [Double](repeating: 0, count: weeks)
        if recipe == .confounded {
            var level = 0.0
            for t in 0..<weeks {
                level = 0.85 * level + 0.5 * rng.nextGaussian()
                demand[t] = level
            }
        }
        var channels: [Channel] = []
        for index in 0..<plan.channelCount {
            let alwaysOn = plan.alwaysOn(index)
            let spend = TruthSpend.series(
                kind: alwaysOn ? .alwaysOn : TruthSpend.Kind.pulsed[index % 3], weeks: weeks,
                level: 10_000 * rng.nextUniform(in: 0.5...3), demand: recipe == .confounded && alwaysOn ? demand : nil,
                using: &rng)
            let effect = TruthEffect(recipe: recipe, drifting: recipe == .drift && index == 0, spend: spend, rng: &rng)
            channels.append(effect.channel(name: "channel\(index + 1)", spend: spend, alwaysOn: alwaysOn))
        }
        let media = (0..<weeks).map { t in channels.reduce(0) { $0 + $1.contribution[t] } }
        let mediaMean = media.reduce(0, +) / Double(weeks)
        let share = rng.nextUniform(in: 0.3...0.6)
        let level = mediaMean * (1 - share) / share
        let phase = rng.nextUniform(in: 0...(2 * Double.pi))
        let demandEffect = 0.08 * level
        let expected = (0..<weeks).map { t -> Double in
            let w = 2 * Double.pi * Double(t) / MMMInput.weekly
            let base = level * (1 + 0.15 * Double(t) / Double(weeks) + 0.1 * sin(w + phase) + 0.05 * cos(2 * w + phase))
            return base + demandEffect * demand[t] + media[t]
        }
        let sd = noise * expected.reduce(0, +) / Double(weeks)
        self.recipe = recipe
        self.seed = seed
        self.channels = channels
        self.controlNames = recipe == .confounded ? ["demand"] : []
        self.controls = recipe == .confounded ? [demand] : []
        self.outcome = expected.map { $0 + sd * rng.nextGaussian() }
    }
}

/// How many channels a recipe has and which of them is always on.
struct TruthPlan {
    let channelCount: Int
    let recipe: KnownTruth.Recipe

    init(recipe: KnownTruth.Recipe, rng: inout SplitMix64) {
        self.recipe = recipe
        switch recipe {
        case .geometricLogistic: channelCount = 2 + rng.nextInt(below: 2)
        case .hillConcave: channelCount = 3 + rng.nextInt(below: 4)
        case .confounded: channelCount = 2 + rng.nextInt(below: 3)
        case .hillS, .weibull, .drift: channelCount = 2 + rng.nextInt(below: 4)
        }
    }

    func alwaysOn(_ index: Int) -> Bool {
        (recipe == .geometricLogistic || recipe == .confounded) && index == 0
    }
}
