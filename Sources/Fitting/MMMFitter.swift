/// Fits the aggregate media-mix model
///
///     y_t = b0 + b1·t/T + Σ_k (a_k sin(2πk t/P) + c_k cos(2πk t/P)) + Σ_j g_j·control_j,t
///           + Σ_i β_i·hill_i(A_i,t) + ε_t,     A_i,t = x_i,t + θ_i·A_i,t−1,
///
/// by variable projection: a search over the non-linear (θ_i, K_i, s_i) (``MediaSearch``),
/// each trial scored by the exact ridge-penalised least squares with β_i ≥ 0 of the linear
/// coefficients (``ProjectedProblem``). See docs/fitting.md for the method and its limits.
public enum MMMFitter {
    /// Fits the model, measures its forecast error on a hold-out, and bootstraps ROI intervals.
    ///
    /// Steps: (1) fit on all but the last `holdoutPeriods` periods (two grid sweeps then
    /// Nelder–Mead) and record the forecast MAPE of the held-out periods; (2) refit on all
    /// periods starting from that fit (one grid sweep then Nelder–Mead); (3) refit
    /// `bootstrapSamples` moving-block bootstrap samples (block ≈ a quarter of a year) from the
    /// full fit, in parallel, and take percentile intervals of each channel's ROI.
    ///
    /// - Returns: The full-data fit with hold-out and bootstrap results.
    /// - Throws: ``FittingError`` for invalid options, too few periods for the number of
    ///   parameters, a channel with no spend before the hold-out, or linearly dependent
    ///   controls.
    public static func fit(_ input: MMMInput, options: MMMOptions = MMMOptions()) throws -> MMMFit {
        try options.validate()
        let design = MMMDesign(input, harmonics: options.seasonalHarmonics)
        let n = input.periods
        let holdout = options.holdout(periodsPerYear: input.periodsPerYear)
        // Linear coefficients plus three non-linear parameters per channel, and 10 to spare.
        let parameterCount = design.fixedCount + 4 * design.channelCount
        let needed = parameterCount + 10
        guard n - holdout >= needed else { throw FittingError.tooFewPeriods(needed: needed + holdout, got: n) }
        for (name, spend) in zip(input.channels, input.spend) where !spend.prefix(n - holdout).contains(where: { $0 > 0 }) {
            throw FittingError.noSpend(channel: name)
        }
        var start = MediaSearch.neutralStart(channels: design.channelCount)
        var evaluations = 0
        var holdoutMAPE: Double?
        if holdout > 0 {
            let training = try ProjectedProblem(design: design, rows: n - holdout, outcome: input.outcome, ridge: options.ridge, roiPriorScale: options.roiPrior)
            let result = MediaSearch(problem: training).minimize(from: start, sweeps: 2, budget: options.maxEvaluations)
            let point = PointFit(problem: training, search: result.point)
            holdoutMAPE = Metrics.mape(input.outcome[(n - holdout)...], point.predicted[(n - holdout)...])
            evaluations += result.evaluations
            start = result.point
        }
        let full = try ProjectedProblem(design: design, rows: n, outcome: input.outcome, ridge: options.ridge, roiPriorScale: options.roiPrior)
        let result = MediaSearch(problem: full).minimize(
            from: start, sweeps: holdout > 0 ? 1 : 2, budget: options.maxEvaluations)
        evaluations += result.evaluations
        let point = PointFit(problem: full, search: result.point)
        let bootstrap = MMMBootstrap(
            problem: full, fitted: point.predicted,
            residuals: MMMBootstrap.inflated(zip(input.outcome, point.predicted).map(-), parameters: parameterCount),
            start: result.point, blockLength: Int((input.periodsPerYear / 4).rounded()),
            evaluations: options.bootstrapEvaluations, seed: options.seed)
        let draws = bootstrap.run(samples: options.bootstrapSamples)
        return point.assemble(
            input: input, draws: draws, level: options.intervalLevel,
            holdout: holdout, holdoutMAPE: holdoutMAPE, evaluations: evaluations)
    }
}

/// A point fit: the decoded parameters, the exact linear coefficients and the predictions.
private struct PointFit {
    let design: MMMDesign
    let responses: [MediaResponse]
    let coefficients: [Double]
    let media: [[Double]]
    let predicted: [Double]

    init(problem: ProjectedProblem, search point: [Double]) {
        let parameters = MediaParameters.decode(point)
        let media = problem.design.media(parameters)
        let coefficients = problem.solve(media: media.columns).coefficients
        let p = problem.design.fixedCount
        self.design = problem.design
        self.responses = parameters.indices.map { i in
            MediaResponse(
                carryover: parameters[i].carryover, halfSaturation: media.halfSaturations[i],
                shape: parameters[i].shape, beta: coefficients[p + i])
        }
        self.coefficients = coefficients
        self.media = media.columns
        self.predicted = problem.design.predict(coefficients: coefficients, media: media.columns)
    }

    func assemble(
        input: MMMInput, draws: [MMMBootstrap.Draw], level: Double,
        holdout: Int, holdoutMAPE: Double?, evaluations: Int
    ) -> MMMFit {
        let p = input.periodsPerMonth
        let recent = max(Int(p.rounded()), 1)
        let channels = input.channels.indices.map { i in
            let response = responses[i]
            let spend = input.spend[i]
            let totalSpend = spend.reduce(0, +)
            let contribution = media[i].map { response.beta * $0 }
            let roi = contribution.reduce(0, +) / totalSpend
            let sampleROIs = draws.map { $0[i].contributions(spend).reduce(0, +) / totalSpend }
            let interval = (Metrics.quantile(sampleROIs, (1 - level) / 2) ?? roi)...(Metrics.quantile(sampleROIs, (1 + level) / 2) ?? roi)
            let current = spend.suffix(recent).reduce(0, +) / Double(min(recent, spend.count))
            return MMMFit.Channel(
                name: input.channels[i], response: response, contribution: contribution, roi: roi,
                roiInterval: interval, marginalROI: response.longRunMarginal(spendPerPeriod: current),
                monthlyCurve: response.monthlyCurve(periodsPerMonth: p),
                bootstrapResponses: draws.map { $0[i] }, bootstrapROIs: sampleROIs)
        }
        func part(_ columns: Range<Int>) -> [Double] {
            design.predict(
                coefficients: coefficients.indices.map { columns.contains($0) ? coefficients[$0] : 0 },
                media: media)
        }
        let harmonics = design.harmonics
        let baseline = MMMFit.Baseline(
            intercept: coefficients[0], trend: coefficients[1],
            seasonality: (0..<harmonics).map { MMMFit.Harmonic(sine: coefficients[2 + 2 * $0], cosine: coefficients[3 + 2 * $0]) },
            controls: Array(coefficients[(2 + 2 * harmonics)..<design.fixedCount]))
        let decomposition = MMMFit.Decomposition(
            base: part(0..<2), seasonality: part(2..<(2 + 2 * harmonics)),
            controls: part((2 + 2 * harmonics)..<design.fixedCount))
        return MMMFit(
            channels: channels, baseline: baseline, fitted: predicted, decomposition: decomposition,
            r2: Metrics.r2(input.outcome[...], predicted[...]), mape: Metrics.mape(input.outcome[...], predicted[...]),
            holdoutMAPE: holdoutMAPE, holdoutPeriods: holdout, periodsPerMonth: p, evaluations: evaluations)
    }
}
