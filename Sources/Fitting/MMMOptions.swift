/// Settings of a media-mix fit. The defaults suit weekly data of two to four years.
public struct MMMOptions: Sendable {
    /// Periods at the end kept out of the first fit to measure forecast error (the
    /// ``MMMFit/holdoutMAPE``); nil means about two months: `⌊periodsPerYear / 6⌋`
    /// (8 weeks, 2 months, 60 days). 0 skips the hold-out.
    public var holdoutPeriods: Int?
    /// Posterior draws behind each ROI interval (the name is kept from the earlier bootstrap;
    /// they are now draws of ``PosteriorSampler``). 100 gives stable 5% and 95% percentiles
    /// to about ±2 draws; 0 skips sampling and the interval is the point estimate.
    public var bootstrapSamples: Int
    /// Seed of every random draw (bootstrap resampling); the same seed gives the same fit.
    public var seed: UInt64
    /// Objective evaluations (one exact linear solve each) allowed for the non-linear
    /// search of each point fit: the hold-out fit and the full fit.
    public var maxEvaluations: Int
    /// The most Metropolis steps per sampler chain (four chains; 40% of the steps adapt the
    /// proposal, the rest are kept at even spacing). The fit uses 200·draws/3 steps (160 between
    /// kept draws), at least 300, capped by this. One step is one exact linear solve.
    public var bootstrapEvaluations: Int
    /// Ridge strength ρ (see the penalty in the method notes): 10⁻³ stabilises near-collinear
    /// columns while shrinking independent effects by about 0.1%.
    public var ridge: Double
    /// τ of a prior ROIᵢ ~ N(0, τ²) on every channel (outcome per unit of spend), or `nil` for
    /// none (the default). With many correlated channels, or channels with little spend, the
    /// data alone cannot pin ROIs down and unpenalised fits give implausible ones; a prior such
    /// as τ = 5 keeps a channel's ROI large only where the data insist. Scale-free: τ is in
    /// units of R = Σ outcome / Σ spend of the data (all channels), so the prior's standard
    /// deviation is τ·R and the same τ means the same on revenue in yuan or in 万. A modelling
    /// assumption: reports say when it is used.
    public var roiPrior: Double? = nil
    /// λ of the concave preference: the shape prior falls by λ nats per unit of hill shape
    /// above 1 and λ/2 per unit below (see ``MMMPosterior``); 0 makes every shape in
    /// [0.5, 3] equally likely a priori. 1 was chosen on the fit-truth benchmark (seeds 1–5 of
    /// three recipes; 0, 1 and 3 tried): 3 cost S-shaped truths 5 points of ROI error.
    public var shapePenalty: Double = 1
    /// The shape prior's slope below s = 1 as a share of λ: s = 0.5 costs λ·this/2 nats.
    public var shapePenaltyBelowOne: Double = 0.5
    /// σ of the log-normal prior on κ = K / mean adstock (see ``MMMPosterior``).
    public var saturationPriorWidth: Double = 0.7
    /// λ_δ of the preference for plain geometric carryover: the prior on each channel's delay
    /// δ (periods from spend to the start of its effect) falls by λ_δ nats per period, so a
    /// delay is chosen only when it improves the log-likelihood by more than λ_δ·δ (see
    /// ``MMMPosterior``); 0 makes every delay in [0, 4] equally likely a priori.
    public var delayPenalty: Double = 1
    /// The carryover kernel each channel's fit chooses from (``CarryoverFamily``): a
    /// Weibull-shaped rise and decay (`.weibull`, the default since the fifth session: on the
    /// fit-truth benchmark it cut the Weibull recipe's median ROI error from 24–31% to 12–20%
    /// and changed the other recipes within noise) or a geometric decay that may start late
    /// (`.delayedGeometric`, the earlier default); both contain plain geometric adstock, which
    /// their priors prefer.
    public var carryoverKernel: CarryoverFamily = .weibull
    /// λ_k of the preference for geometric carryover under the Weibull kernel: the prior on each
    /// channel's Weibull shape k falls by λ_k nats per unit above k = 1 (see ``MMMPosterior``),
    /// so a gradual rise of shape k is chosen only when it improves the log-likelihood by more
    /// than λ_k·(k − 1). 2 was chosen on the fit-truth benchmark's development seeds (1, 2 and 3
    /// tried, within a point of each other; docs/fitting-results.md, "Fifth session").
    public var weibullPenalty: Double = 2
    /// τ of an optional pooled shape prior: the channels' hill shapes share an unknown mean μ,
    /// sᵢ ~ N(μ, τ²), μ integrated out (see ``MMMPosterior``), so the shapes the data pin down
    /// inform those they do not. `nil` (the default) fits each channel's shape on its own.
    /// Measured on the fit-truth benchmark (docs/fitting-results.md, "Fourth session"): with
    /// τ = 0.3 the median ROI error fell from 15% to 12% on the development seeds but by at
    /// most a point on three held-out sets, and on data whose channels differ in shape it can
    /// pull concave channels towards the others' S-curves; so it is not the default.
    public var shapePooling: Double? = nil
    /// τ of the prior on the shape of each channel that never goes dark (spend > 0 in every
    /// period): sᵢ ~ N(s̄, τ²), s̄ the mean shape of the channels that do go dark, whose curves
    /// below usual spend the data show (see ``MMMPosterior``). 0.3 by default since the seventh
    /// session; `nil`: none (the default before). Measured on the fit-truth benchmark
    /// (docs/fitting-results.md, "Seventh session"): with the Weibull kernel it cut the
    /// lift-tested always-on channel's median ROI error on every seed set (development 9% → 6%,
    /// held out 18/9/13/20% → 17/8/9/13%), and moved the median ROI error over all channels by
    /// −0.7, +0.4, 0, +0.3, −0.3 points. (With the earlier delayed geometric kernel it helped
    /// the lift test by 0–2 points only, and was left off.)
    public var alwaysOnShapePooling: Double? = 0.3
    /// τ of the pooled prior on the channels' concavity: the concave parts min(sᵢ, 1) share an
    /// unknown mean, min(sᵢ, 1) ~ N(μ, τ²), μ flat and integrated out (see ``MMMPosterior``), so
    /// the channels of one data set saturate alike unless their data say otherwise; a shape
    /// above 1 counts as 1, so no channel is pulled into an S-curve by the others (each
    /// threshold still needs its own evidence). 0.15 by default since the seventh session; `nil`:
    /// none. On the fit-truth benchmark (docs/fitting-results.md, "Seventh session") it lowered
    /// the median ROI error over all channels on the development seeds (12.4% → 11.7%) and on
    /// each of the four held-out sets (by 0.4–1.5 points).
    public var concavityPooling: Double? = 0.15
    /// The evidence a drifting effect needs: a channel's effect may change linearly over the
    /// data (``ProjectedProblem`` drift terms) only when that lowers the negative log posterior
    /// at the fitted curves by more than this many nats (a likelihood-ratio statistic of 6,
    /// about p = 0.015 for one parameter). `.infinity` never lets an effect drift.
    public var driftEvidence: Double = 3
    /// What each channel's reported ROI is (``PointEstimate``): the posterior mode (the
    /// default) or a summary of ``pointEstimateDraws`` draws of the untempered posterior, to
    /// which the mode's curve is rescaled (its size β; carryover and shape stay the mode's).
    public var pointEstimate: PointEstimate = .mode
    /// Draws of the untempered posterior behind a ``pointEstimate`` other than the mode.
    public var pointEstimateDraws = 100
    /// Fit data with extreme cells (beyond 10⁴ or below 10⁻⁸ times the column's median
    /// magnitude) instead of stopping with the cell's row and column.
    public var allowExtremeValues = false
    /// At most this many periods are scored by the non-linear search and the sampler (see
    /// ``RowSample``): above it they score evenly spaced blocks of that many periods, so one
    /// evaluation costs the same for 10⁶ daily rows as for 10,000, and the fit is linear in rows.
    public var scoredRowLimit = 10_000
    /// Called as the fit progresses (from several threads while sampling); `nil` for none.
    public var progress: FitProgressHandler? = nil
    /// Sine–cosine pairs of yearly seasonality (k = 1…harmonics).
    public var seasonalHarmonics: Int
    /// Coverage of ``MMMFit/Channel/roiInterval`` (0.9: the 5th to the 95th percentile).
    public var intervalLevel: Double

    public init(
        holdoutPeriods: Int? = nil, bootstrapSamples: Int = 100, seed: UInt64 = 1,
        maxEvaluations: Int = 6000, bootstrapEvaluations: Int = 8000, ridge: Double = 1e-3,
        seasonalHarmonics: Int = 2, intervalLevel: Double = 0.9
    ) {
        self.holdoutPeriods = holdoutPeriods
        self.bootstrapSamples = bootstrapSamples
        self.seed = seed
        self.maxEvaluations = maxEvaluations
        self.bootstrapEvaluations = bootstrapEvaluations
        self.ridge = ridge
        self.seasonalHarmonics = seasonalHarmonics
        self.intervalLevel = intervalLevel
    }

    /// The hold-out length for data with `periodsPerYear` periods per year.
    func holdout(periodsPerYear: Double) -> Int {
        holdoutPeriods ?? Int((periodsPerYear / 6).rounded(.down))
    }

    /// - Throws: ``FittingError/invalidInput(_:)`` for a negative count, ridge or hold-out,
    ///   no evaluations, or a level outside (0, 1).
    func validate() throws {
        func check(_ condition: Bool, _ message: String) throws {
            if !condition { throw FittingError.invalidInput(message) }
        }
        try check((holdoutPeriods ?? 0) >= 0, "holdoutPeriods must be ≥ 0")
        try check(bootstrapSamples >= 0, "bootstrapSamples must be ≥ 0")
        try check(maxEvaluations >= 1 && bootstrapEvaluations >= 1, "evaluation budgets must be ≥ 1")
        try check(ridge.isFinite && ridge >= 0, "ridge must be ≥ 0")
        try check(seasonalHarmonics >= 0, "seasonalHarmonics must be ≥ 0")
        try check(pointEstimateDraws >= 1, "pointEstimateDraws must be ≥ 1")
        try check(scoredRowLimit >= 1, "scoredRowLimit must be ≥ 1")
        try check(intervalLevel > 0 && intervalLevel < 1, "intervalLevel must be in (0, 1)")
        try check(shapePenalty.isFinite && shapePenalty >= 0, "shapePenalty must be ≥ 0")
        try check(shapePenaltyBelowOne.isFinite && shapePenaltyBelowOne >= 0, "shapePenaltyBelowOne must be ≥ 0")
        try check(saturationPriorWidth.isFinite && saturationPriorWidth > 0, "saturationPriorWidth must be > 0")
        try check(driftEvidence >= 0, "driftEvidence must be ≥ 0")
        try check(delayPenalty.isFinite && delayPenalty >= 0, "delayPenalty must be ≥ 0")
        try check(weibullPenalty.isFinite && weibullPenalty >= 0, "weibullPenalty must be ≥ 0")
        try check(roiPrior.map { $0.isFinite && $0 > 0 } ?? true, "roiPrior must be > 0")
        try check(shapePooling.map { $0.isFinite && $0 > 0 } ?? true, "shapePooling must be > 0")
        try check(concavityPooling.map { $0.isFinite && $0 > 0 } ?? true, "concavityPooling must be > 0")
        try check(alwaysOnShapePooling.map { $0.isFinite && $0 > 0 } ?? true, "alwaysOnShapePooling must be > 0")
    }
}
