import BudgetModel

/// Fits a channel's response curve from attributed data: the spend and the outcome the
/// platform credits to that channel, period by period.
public enum AttributedFitter {
    /// Fits hill, exponential, log and power curves, picks the type with the lowest hold-out
    /// RMSE, and refits that type on all periods.
    ///
    /// Each type is fitted by least squares on all but the last `holdout` periods (variable
    /// projection, see ``CurveFamily``), then predicts the held-out periods; the type with the
    /// smallest hold-out RMSE wins (RMSE rather than MAPE because it is the loss the fit
    /// minimises, and MAPE lets periods with tiny outcomes dominate). With `holdout = 0` the
    /// lowest training RMSE wins, which favours the three-parameter hill curve.
    ///
    /// - Parameters:
    ///   - spend: Spend per period (≥ 0, finite), oldest first.
    ///   - outcome: Attributed outcome per period (finite), same length.
    ///   - holdout: Periods at the end kept out of the training fit (0 ≤ holdout; at least 5
    ///     training periods must remain).
    /// - Throws: ``FittingError`` for mismatched lengths, negative or non-finite values, too
    ///   few periods, or no spend in the training periods.
    public static func fit(spend: [Double], outcome: [Double], holdout: Int) throws -> AttributedFit {
        try validate(spend: spend, outcome: outcome, holdout: holdout)
        let training = spend.count - holdout
        let candidates = CurveFamily.allCases.map { family in
            let (curve, sse) = family.fit(spend: spend[..<training], outcome: outcome[..<training])
            let predicted = spend.map { curve.outcome($0) }
            return AttributedFit.Candidate(
                family: family, curve: curve,
                trainingRMSE: (sse / Double(training)).squareRoot(),
                holdoutRMSE: holdout > 0 ? Metrics.rmse(outcome[training...], predicted[training...]) : nil,
                holdoutMAPE: holdout > 0 ? Metrics.mape(outcome[training...], predicted[training...]) : nil)
        }
        let score: (AttributedFit.Candidate) -> Double = { $0.holdoutRMSE ?? $0.trainingRMSE }
        let winner = candidates.min { score($0) < score($1) } ?? candidates[0]
        let curve = winner.family.fit(spend: spend[...], outcome: outcome[...]).curve
        let predicted = spend.map { curve.outcome($0) }
        let recent = spend.suffix(3)
        return AttributedFit(
            curve: curve, candidates: candidates, family: winner.family,
            r2: Metrics.r2(outcome[...], predicted[...]),
            roi: outcome.reduce(0, +) / spend.reduce(0, +),
            marginalROI: curve.marginal(recent.reduce(0, +) / Double(recent.count)))
    }

    private static func validate(spend: [Double], outcome: [Double], holdout: Int) throws {
        guard spend.count == outcome.count else {
            throw FittingError.invalidInput("spend has \(spend.count) periods but outcome has \(outcome.count)")
        }
        guard spend.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw FittingError.invalidInput("spend must be finite and non-negative")
        }
        guard outcome.allSatisfy(\.isFinite) else {
            throw FittingError.invalidInput("outcome must be finite")
        }
        guard holdout >= 0 else { throw FittingError.invalidInput("holdout must be ≥ 0, got \(holdout)") }
        guard spend.count - holdout >= 5 else {
            throw FittingError.tooFewPeriods(needed: holdout + 5, got: spend.count)
        }
        guard spend[..<(spend.count - holdout)].contains(where: { $0 > 0 }) else {
            throw FittingError.noSpend(channel: "the fitted channel")
        }
    }
}
