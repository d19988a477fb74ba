import BudgetModel

/// The response curve of one channel fitted from attributed data (an outcome per channel per
/// period, as ad platforms report), with how each candidate curve type did.
public struct AttributedFit: Sendable {
    /// How one curve type fitted: trained on all but the last `holdout` periods, tested on them.
    public struct Candidate: Sendable {
        public var family: CurveFamily
        /// The curve fitted on the training periods.
        public var curve: Curve
        /// `√(mean squared error)` on the training periods, in outcome units.
        public var trainingRMSE: Double
        /// RMSE on the hold-out periods (the selection criterion); nil without a hold-out.
        public var holdoutRMSE: Double?
        /// Mean absolute percentage error on the hold-out periods with a non-zero outcome, as
        /// a fraction; nil without a hold-out or when every hold-out outcome is 0.
        public var holdoutMAPE: Double?
    }

    /// The chosen type refitted on all periods: outcome per period as a function of that
    /// period's spend.
    public var curve: Curve
    /// Every candidate, in ``CurveFamily`` order.
    public var candidates: [Candidate]
    /// The chosen type.
    public var family: CurveFamily
    /// `1 − SS_res / SS_tot` of ``curve`` on all periods.
    public var r2: Double
    /// Average return: Σ outcome / Σ spend over all periods (outcome per unit of spend).
    public var roi: Double
    /// `d outcome / d spend` of ``curve`` at the mean spend of the last 3 periods: what one
    /// more unit of spend per period adds at the current level.
    public var marginalROI: Double
}
