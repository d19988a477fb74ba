/// A point fit: the decoded parameters, the exact linear coefficients and the predictions.
struct PointFit {
    let design: MMMDesign
    let responses: [MediaResponse]
    let coefficients: [Double]
    let media: [[Double]]
    /// Every column after the fixed ones: hill columns, then drift columns.
    let columns: [[Double]]
    /// δ_i per channel: the effect is β_i + δ_i·τ_t (0 without drift; see ProjectedProblem+Drift).
    let drift: [Double]
    let predicted: [Double]

    init(posterior: MMMPosterior, search point: [Double]) {
        let problem = posterior.problem
        // The shape prior peaks at s = 1 with a kink, so modes land at 1 up to search noise
        // (1.0004); such a shape is taken as exactly 1, a concave curve for the optimiser
        // rather than a barely S-shaped one that needs integer variables.
        let parameters = MediaParameters.decode(point, family: posterior.family).map { p in
            var p = p
            if abs(p.shape - 1) < 0.01 { p.shape = 1 }
            if p.delay < 0.01 { p.delay = 0 }
            if p.weibullShape < 1.01 { p.weibullShape = 1 }
            return p
        }
        let media = problem.design.media(parameters)
        let coefficients = posterior.solve(parameters, columns: media.columns, halfSaturations: media.halfSaturations).coefficients
        let p = problem.design.fixedCount
        self.design = problem.design
        self.responses = parameters.indices.map { i in
            parameters[i].response(halfSaturation: media.halfSaturations[i], beta: coefficients[p + i])
        }
        self.coefficients = coefficients
        self.media = media.columns
        self.columns = problem.columns(media.columns)
        self.drift = problem.driftCoefficients(coefficients)
        self.predicted = problem.design.predict(coefficients: coefficients, media: columns)
    }

    /// The ROI of one posterior draw of a channel's response on its spend: Σ contribution /
    /// Σ spend, or on a row-sampled fit the point's ROI scaled by the draw's contribution over
    /// the point's (``RowSample/roi(of:point:pointROI:spend:)``).
    static func roi(of draw: MediaResponse, spend: [Double], sample: RowSample?, point: MediaResponse, pointROI: Double) -> Double {
        sample.map { $0.roi(of: draw, point: point, pointROI: pointROI, spend: spend) }
            ?? draw.contributions(spend).reduce(0, +) / spend.reduce(0, +)
    }

    func assemble(
        input: MMMInput, draws: [PosteriorSampler.Draw], level: Double,
        holdout: Int, holdoutMAPE: Double?, evaluations: Int, sample: RowSample? = nil
    ) -> MMMFit {
        let p = input.periodsPerMonth
        let recent = max(Int(p.rounded()), 1)
        let channels = input.channels.indices.map { i in
            let response = responses[i]
            let spend = input.spend[i]
            let totalSpend = spend.reduce(0, +)
            // A drifting channel's β is its latest effect; what it contributed week by week
            // follows β + δ·τ_t, and its ROI is that of its latest curve on the same spend.
            let last = Double(max(media[i].count - 1, 1))
            let contribution = media[i].enumerated().map { t, h in (response.beta + drift[i] * (Double(t) / last - 1)) * h }
            let roi = response.beta * media[i].reduce(0, +) / totalSpend
            let sampleROIs = draws.map { Self.roi(of: $0[i], spend: spend, sample: sample, point: response, pointROI: roi) }
            // The mode can sit outside the central interval of a skewed posterior; the interval
            // is widened to contain it, so a reported point is never outside its own interval.
            let lower = min(Metrics.quantile(sampleROIs, (1 - level) / 2) ?? roi, roi)
            let upper = max(Metrics.quantile(sampleROIs, (1 + level) / 2) ?? roi, roi)
            let interval = lower...upper
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
                media: self.columns)
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
