import BudgetModel

/// The result of a media-mix fit: each channel's response, ROI with its bootstrap interval and
/// monthly curve for the optimiser; the baseline; the fitted series and its decomposition;
/// and how well the model fits and forecasts.
public struct MMMFit: Sendable {
    /// One channel's fitted effect.
    public struct Channel: Sendable {
        public var name: String
        /// Carryover θ (with its kernel's Weibull shape k or delay δ), half saturation K
        /// (adstock units), shape s and β (outcome per period at saturation) of the point fit.
        public var response: MediaResponse
        /// The channel's fitted contribution per period, `β·hill(A_t)`, in outcome units.
        public var contribution: [Double]
        /// Average return over the data: Σ contribution / Σ spend.
        public var roi: Double
        /// The posterior percentile interval of ``roi`` at ``MMMOptions/intervalLevel``
        /// (5th to 95th percentile by default), widened to contain ``roi`` if the point fit
        /// falls outside it; `roi...roi` without draws.
        public var roiInterval: ClosedRange<Double>
        /// The long-run return of one more unit per period at the current spend (the mean of the
        /// last month's periods), carryover included: `β·hill'(A*)·W`, `A* = x̄·W`, W the
        /// kernel's total weight (``MediaResponse/totalWeight``; 1/(1 − θ) when geometric).
        public var marginalROI: Double
        /// The outcome of one month's spend, carryover included, as the optimiser reads curves:
        /// `hill(beta: p·β, halfSaturation: K·p/W, shape: s)`, p periods per month
        /// (see ``MediaResponse/monthlyCurve(periodsPerMonth:)``).
        public var monthlyCurve: Curve
        /// Posterior draws of the response (``PosteriorSampler``; the name is kept from the
        /// earlier bootstrap), in draw order: the fit's uncertainty, e.g. for strategies that
        /// sample a plausible curve (Thompson sampling) or plans under uncertainty.
        public var bootstrapResponses: [MediaResponse]
        /// The ROI of each posterior draw, in draw order.
        public var bootstrapROIs: [Double]
        /// How far ``roi`` can be trusted (interval width and hold-out error; see ``Evidence``).
        public var evidence: Evidence = .weak
        /// False when the channel was left out of the fit (see ``MMMFit/notes``): its response
        /// is zero and carries no information.
        public var informed = true

        /// θ, the share of adstock carried into the next period.
        public var carryover: Double { response.carryover }
        /// K, the adstock (spend units per period) at which the channel delivers β/2.
        public var halfSaturation: Double { response.halfSaturation }
        /// s, the hill shape (S-shaped above 1).
        public var shape: Double { response.shape }
        /// β, the contribution per period at full saturation (outcome units).
        public var beta: Double { response.beta }
    }

    /// One yearly harmonic: `sine·sin(2πk t/P) + cosine·cos(2πk t/P)`.
    public struct Harmonic: Sendable, Equatable {
        public var sine: Double
        public var cosine: Double
    }

    /// Coefficients of everything that is not media, in outcome units per period.
    public struct Baseline: Sendable {
        /// b0: the outcome per period without media, trend, season or controls at 0.
        public var intercept: Double
        /// b1: the change over the whole data, multiplying t/T (t = 0…T−1).
        public var trend: Double
        /// (a_k, c_k) for k = 1…harmonics.
        public var seasonality: [Harmonic]
        /// g_j per control, in ``MMMInput/controlNames`` order (outcome per unit of control).
        public var controls: [Double]
    }

    /// The fitted series split into parts that add up to ``MMMFit/fitted`` (with the
    /// channels' ``Channel/contribution``).
    public struct Decomposition: Sendable {
        /// Intercept plus trend per period.
        public var base: [Double]
        /// Seasonality per period.
        public var seasonality: [Double]
        /// All controls' effect per period.
        public var controls: [Double]
    }

    public var channels: [Channel]
    public var baseline: Baseline
    /// The model's outcome per period (all periods, full-data fit).
    public var fitted: [Double]
    public var decomposition: Decomposition
    /// R² of the full-data fit.
    public var r2: Double
    /// In-sample mean absolute percentage error (a fraction); nil if every outcome is 0.
    public var mape: Double?
    /// MAPE of the last ``holdoutPeriods`` periods forecast by a fit on the periods before
    /// them; nil without a hold-out.
    public var holdoutMAPE: Double?
    public var holdoutPeriods: Int
    /// Periods per month, p = periodsPerYear / 12.
    public var periodsPerMonth: Double
    /// Objective evaluations (exact linear solves) used by the point fits.
    public var evaluations: Int
    /// RMSE of the hold-out forecast over the RMSE of that fit on its training periods.
    public var holdoutErrorRatio: Double? = nil
    /// What the fit changed or ignored: dropped controls, channels left out, unused experiments.
    public var notes: [String] = []
}
