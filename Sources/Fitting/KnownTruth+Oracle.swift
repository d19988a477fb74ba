import Foundation

extension KnownTruth {
    /// The ROIs a fit would report if it knew each channel's true carryover, saturation and
    /// shape and estimated only the linear part (baseline, trend, season, controls and the
    /// effect sizes β) by the fit's own exact solve: the error left when the non-linear search
    /// is perfect, a floor no search can beat on these data. `nil` for recipes whose truth is
    /// outside the fitted family (logistic saturation, Weibull-shaped delays, drifting effects).
    public func oracleROIs(options: MMMOptions = MMMOptions()) -> [Double]? {
        guard recipe == .hillConcave || recipe == .hillS else { return nil }
        var parameters: [MediaParameters] = []
        for channel in channels {
            guard let effect = channel.effect, case let .hill(k, s) = effect.saturation else { return nil }
            let theta = effect.weights.count > 1 ? effect.weights[1] : 0
            let adstock = MediaResponse.adstock(channel.spend, carryover: theta)
            let mean = adstock.reduce(0, +) / Double(max(adstock.count, 1))
            parameters.append(MediaParameters(carryover: theta, saturation: k / mean, shape: s))
        }
        let design = MMMDesign(input, harmonics: options.seasonalHarmonics)
        guard let problem = try? ProjectedProblem(design: design, rows: outcome.count, outcome: outcome, ridge: options.ridge) else { return nil }
        let media = design.media(parameters)
        let coefficients = problem.solve(media: media.columns).coefficients
        return channels.indices.map { i in
            coefficients[design.fixedCount + i] * media.columns[i].reduce(0, +) / channels[i].spend.reduce(0, +)
        }
    }
}
