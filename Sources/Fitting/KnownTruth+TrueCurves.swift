import Foundation

extension KnownTruth {
    /// The oracle with the generator's own curves, for every recipe (logistic saturation,
    /// Weibull-shaped carryover and drift included): each channel's column is its true
    /// contribution `c_t = β_t·sat(A_t)`, and the fit's
    /// own exact linear solve (baseline, trend, season, controls, one coefficient per channel,
    /// lift tests as its pseudo-observations) estimates the rest from the noisy outcome. (The
    /// columns are the true contributions themselves, so each true coefficient is 1.)
    ///
    /// Returns each channel's fitted coefficient, whose true value is 1; as the fit's ROI and
    /// marginal ROI are linear in it, `coefficient − 1` is the error both would have with a
    /// perfect curve search (the noise floor). `nil` if a channel has no generator parameters.
    ///
    /// - Parameter experiments: Lift tests to include, weighted as the fit weighs them
    ///   (``ProjectedProblem/solve(media:lifts:)``); their modelled lift is the true lift.
    public func trueCurveScales(options: MMMOptions = MMMOptions(), experiments: [MMMExperiment] = []) -> [Double]? {
        var columns: [[Double]] = []
        for channel in channels {
            guard channel.effect != nil else { return nil }
            columns.append(channel.contribution)
        }
        var rows: [LiftRow] = []
        var lifts: [Double] = []
        for test in experiments {
            guard let i = channels.firstIndex(where: { $0.name == test.channel }) else { return nil }
            rows.append(LiftRow(channel: i, lift: test.lift, standardError: test.standardError))
            lifts.append(channels[i].lift(test.periods, test.spendChange, test.share))
        }
        let design = MMMDesign(input, harmonics: options.seasonalHarmonics)
        guard let problem = try? ProjectedProblem(
            design: design, rows: outcome.count, outcome: outcome, ridge: options.ridge, roiPriorScale: options.roiPrior, experiments: rows)
        else { return nil }
        let coefficients = problem.solve(media: columns, lifts: lifts).coefficients
        return channels.indices.map { coefficients[design.fixedCount + $0] }
    }
}
