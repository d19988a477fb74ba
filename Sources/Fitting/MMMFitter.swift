import Foundation

/// Fits the aggregate media-mix model
///
///     y_t = b0 + b1·t/T + Σ_k (a_k sin(2πk t/P) + c_k cos(2πk t/P)) + Σ_j g_j·control_j,t
///           + Σ_i β_i·hill_i(A_i,t) + ε_t,     A_i,t = Σ_l w_i,l·x_i,t−l,
///
/// w_i the carryover kernel of θ_i and its Weibull shape k_i or delay δ_i (``MediaResponse``,
/// ``CarryoverKernel``), by variable projection: a search over the non-linear
/// (θ_i, K_i, s_i, k_i or δ_i) (``MediaSearch``)
/// for the mode of their posterior (``MMMPosterior``), each trial scored through the exact
/// ridge-penalised least squares with β_i ≥ 0 of the linear coefficients
/// (``ProjectedProblem``); then posterior draws (``PosteriorSampler``). See docs/fitting.md.
public enum MMMFitter {
    /// Fits the model, measures its forecast error on a hold-out, and draws from the posterior.
    ///
    /// Steps: (0) screen the data (``DataScreen``: extreme cells are errors, uninformative
    /// columns are dropped with a note); (1) fit on all but the last `holdoutPeriods` periods
    /// (two grid sweeps then Nelder–Mead) and record the forecast error of the held-out
    /// periods; (2) refit on all periods starting from that fit; (3) draw `bootstrapSamples`
    /// posterior samples (four Metropolis chains in parallel) and take percentile intervals.
    /// The chains sample the model with a drift term on every channel, tempered by the hold-out
    /// calibration ``samplingTemperature(holdoutRatio:rows:parameters:)``; the point fit is
    /// neither (see docs/fitting.md, "Intervals").
    ///
    /// - Returns: The full-data fit with hold-out and posterior results, one channel per
    ///   input channel (left-out channels have a zero response and `informed == false`).
    /// - Throws: ``FittingError`` for invalid options or experiments, too few periods for the
    ///   number of parameters, a constant outcome, no usable channel, or an extreme cell.
    public static func fit(_ original: MMMInput, options: MMMOptions = MMMOptions()) throws -> MMMFit {
        try options.validate()
        let n = original.periods
        let holdout = options.holdout(periodsPerYear: original.periodsPerYear)
        // Linear coefficients plus three non-linear parameters per channel, and 10 to spare.
        let baseColumns = 2 + 2 * options.seasonalHarmonics + original.controls.count
        let needed = baseColumns + 4 * original.channels.count + 10
        guard n - holdout >= needed else { throw FittingError.tooFewPeriods(needed: needed + holdout, got: n) }
        _ = try resolve(original.experiments, channels: original.channels, periods: n)
        let screen = try DataScreen(original, training: n - holdout, allowExtreme: options.allowExtremeValues)
        let input = screen.input
        let design = MMMDesign(input, harmonics: options.seasonalHarmonics)
        let parameterCount = design.fixedCount + 4 * design.channelCount
        let experiments = try resolve(input.experiments, channels: input.channels, periods: n)
        // Long series: the search and the sampler score a sample of the periods (RowSample);
        // the point fits are then solved on every period, with the same drift terms.
        func posterior(rows: Int, sampled: Bool = false) throws -> MMMPosterior {
            var (scored, outcome, count) = (design, input.outcome, rows)
            if sampled, let sample = RowSample(rows: rows, periods: n, limit: options.scoredRowLimit) {
                (scored, outcome, count) = (design.sampled(sample), sample.gather(input.outcome), sample.count)
            }
            let problem = try ProjectedProblem(
                design: scored, rows: count, outcome: outcome, ridge: options.ridge, roiPriorScale: options.roiPrior,
                experiments: experiments.map { LiftRow(channel: $0.channel, lift: $0.test.lift, standardError: $0.test.standardError) })
            return MMMPosterior(problem: problem, experiments: experiments, shapePenalty: options.shapePenalty, delayPenalty: options.delayPenalty,
                family: options.carryoverKernel, weibullPenalty: options.weibullPenalty, shapeBelowOne: options.shapePenaltyBelowOne,
                kappaWidth: options.saturationPriorWidth, shapePooling: options.shapePooling,
                alwaysOn: input.spend.map { $0.allSatisfy { $0 > 0 } }, alwaysOnShapePooling: options.alwaysOnShapePooling,
                concavityPooling: options.concavityPooling)
        }
        /// The same posterior on every period (itself when it already is).
        func exact(_ scored: MMMPosterior, rows: Int) throws -> MMMPosterior {
            scored.problem.design.sample == nil ? scored : try posterior(rows: rows).drifting(scored.problem.drift)
        }
        func search(_ posterior: MMMPosterior, stage: FitProgress.Stage) -> MediaSearch {
            var search = MediaSearch(posterior: posterior)
            if let report = options.progress {
                search.progress = { report(FitProgress(stage: stage, done: $0, total: options.maxEvaluations)) }
            }
            return search
        }
        var start = MediaSearch.neutralStart(channels: design.channelCount, family: options.carryoverKernel)
        var evaluations = 0
        var holdoutMAPE: Double?
        var holdoutRatio: Double?
        if holdout > 0 {
            let training = try posterior(rows: n - holdout, sampled: true)
            var result = search(training, stage: .holdout).minimize(from: start, sweeps: 2, budget: options.maxEvaluations)
            let drifted = Self.allowDrift(training, result: &result, options: options)
            let point = PointFit(posterior: try exact(drifted, rows: n - holdout), search: result.point)
            let cut = n - holdout
            holdoutMAPE = Metrics.mape(input.outcome[cut...], point.predicted[cut...])
            let trainingError = Metrics.rmse(input.outcome[..<cut], point.predicted[..<cut])
            holdoutRatio = Metrics.rmse(input.outcome[cut...], point.predicted[cut...]) / max(trainingError, .leastNormalMagnitude)
            evaluations += result.evaluations
            start = result.point
        }
        var scored = try posterior(rows: n, sampled: true)
        let sample = scored.problem.design.sample
        var result = search(scored, stage: .full).minimize(from: start, sweeps: holdout > 0 ? 1 : 2, budget: options.maxEvaluations)
        scored = Self.allowDrift(scored, result: &result, options: options)
        evaluations += result.evaluations
        let point = PointFit(posterior: try exact(scored, rows: n), search: result.point)
        // Per chain: 160 sampling steps between kept draws (draws/4 per chain), after 40% of
        // the steps spent adapting: 200·draws/3 steps, at least 300, at most the option. (Twice
        // the earlier 100·draws/3 since the delay made the state 4 numbers per channel, not 3:
        // on seeds 1–5 the longer chains covered one more hill-concave truth of 23.)
        let steps = min(options.bootstrapEvaluations, max(300, 200 * options.bootstrapSamples / 3))
        var sampler = PosteriorSampler(
            posterior: scored.drifting(Array(0..<design.channelCount))
                .tempered(samplingTemperature(holdoutRatio: holdoutRatio, rows: n - holdout, parameters: parameterCount)),
            start: result.point, steps: steps, chains: 4, seed: options.seed,
            parameterCount: parameterCount)
        sampler.progress = options.progress
        let draws = sampler.run(draws: options.bootstrapSamples)
        var fit = point.assemble(
            input: input, draws: draws, level: options.intervalLevel,
            holdout: holdout, holdoutMAPE: holdoutMAPE, evaluations: evaluations, sample: sample)
        if let sample {
            fit.notes.append(
                "the curves' shapes (carryover, saturation, S or concave) and their intervals were fitted on \(sample.count) of the "
                    + "\(n) periods (\(sample.blocks.count) evenly spaced blocks); coefficients and fit figures use every period")
        }
        fit.holdoutErrorRatio = holdoutRatio
        if options.pointEstimate != .mode {
            fit.channels = Self.bayesPoints(
                fit.channels, posterior: scored, start: result.point, input: input, options: options,
                parameterCount: parameterCount, sample: sample)
        }
        fit.notes += Self.driftNotes(point, names: input.channels)
        for i in fit.channels.indices {
            let channel = fit.channels[i]
            fit.channels[i].evidence = Evidence.label(roi: channel.roi, interval: channel.roiInterval, holdoutRatio: holdoutRatio)
        }
        return fit.restoring(original, screen: screen)
    }

    /// The posterior with drift terms on the channels that earn one, and `result` re-polished
    /// under it. A channel earns a drift term when adding it alone, at the fitted curves,
    /// lowers the negative log posterior by more than ``MMMOptions/driftEvidence`` nats.
    static func allowDrift(_ posterior: MMMPosterior, result: inout MediaSearch.Result, options: MMMOptions) -> MMMPosterior {
        guard options.driftEvidence.isFinite else { return posterior }
        let base = posterior.negativeLogPosterior(result.point)
        let chosen = (0..<posterior.problem.design.channelCount).filter { i in
            base - posterior.drifting([i]).negativeLogPosterior(result.point) > options.driftEvidence
        }
        guard !chosen.isEmpty else { return posterior }
        let drifting = posterior.drifting(chosen)
        let polished = MediaSearch(posterior: drifting).minimize(from: result.point, sweeps: 0, budget: options.maxEvaluations / 3)
        result = MediaSearch.Result(point: polished.point, value: polished.value, evaluations: result.evaluations + polished.evaluations + chosen.count)
        return drifting
    }

    /// The channels with each ROI replaced by ``MMMOptions/pointEstimate`` over draws of the
    /// untempered posterior of the point fit (the same model and drift terms; a second set of
    /// chains, seeded apart from the interval's), the curve's size rescaled to it.
    static func bayesPoints(
        _ channels: [MMMFit.Channel], posterior: MMMPosterior, start: [Double], input: MMMInput, options: MMMOptions,
        parameterCount: Int, sample: RowSample?
    ) -> [MMMFit.Channel] {
        let steps = min(options.bootstrapEvaluations, max(300, 200 * options.pointEstimateDraws / 3))
        let sampler = PosteriorSampler(
            posterior: posterior, start: start, steps: steps, chains: 4, seed: options.seed &+ 0x9E37,
            parameterCount: parameterCount)
        let draws = sampler.run(draws: options.pointEstimateDraws)
        return channels.indices.map { i in
            let channel = channels[i]
            let spend = input.spend[i]
            guard spend.reduce(0, +) > 0 else { return channel }
            let rois = draws.map { PointFit.roi(of: $0[i], spend: spend, sample: sample, point: channel.response, pointROI: channel.roi) }
            guard let target = options.pointEstimate.summary(rois) else { return channel }
            return channel.rescaled(toROI: target, periodsPerMonth: input.periodsPerMonth)
        }
    }

    /// T of the sampler's tempered posterior (``MMMPosterior/temperature``), calibrated by the
    /// hold-out: `T = max(1, r²·(m − p)/(m + p))`, r = hold-out RMSE / in-sample RMSE of the
    /// training fit, m its periods, p the model's parameters. A correct model fitted by least
    /// squares shows r² ≈ (m + p)/(m − p) (in-sample error shrinks by the fitted parameters,
    /// forecast error grows by them), so T measures how much larger the real forecast error
    /// variance is than that: model error the likelihood cannot see. The posterior is widened
    /// by √T on the scale of the ROI. 1 without a hold-out.
    static func samplingTemperature(holdoutRatio: Double?, rows: Int, parameters: Int) -> Double {
        guard let r = holdoutRatio, r.isFinite, rows > parameters else { return 1 }
        return max(1, r * r * Double(rows - parameters) / Double(rows + parameters))
    }

    /// One note per drifting channel: how much its effect changed over the data.
    static func driftNotes(_ point: PointFit, names: [String]) -> [String] {
        point.responses.indices.compactMap { i in
            let delta = point.drift[i]
            let end = point.responses[i].beta
            guard delta != 0, end > 0 else { return nil }
            let change = end - delta > 0 ? String(format: "%+.0f%%", 100 * delta / (end - delta)) : "from none"
            return "channel '\(names[i])': its effect changed over the data (\(change) from the first to the latest period); "
                + "its ROI, marginal ROI and curve are the latest period's"
        }
    }

    /// Each experiment with its channel's index, after checking it.
    static func resolve(_ experiments: [MMMExperiment], channels: [String], periods: Int) throws -> [(channel: Int, test: MMMExperiment)] {
        try experiments.map { test in
            guard let channel = channels.firstIndex(of: test.channel) else {
                throw FittingError.invalidInput("experiment on '\(test.channel)': no such channel (channels: \(channels.joined(separator: ", ")))")
            }
            guard !test.periods.isEmpty, test.periods.lowerBound >= 0, test.periods.upperBound <= periods else {
                throw FittingError.invalidInput("experiment on '\(test.channel)': its dates must fall inside the data")
            }
            guard test.spendChange.isFinite, test.spendChange != 0, test.lift.isFinite else {
                throw FittingError.invalidInput("experiment on '\(test.channel)': spend change must be non-zero and lift finite")
            }
            guard test.share > 0, test.share <= 1 else {
                throw FittingError.invalidInput("experiment on '\(test.channel)': share must be in (0, 1]")
            }
            guard test.standardError.isFinite, test.standardError > 0 else {
                throw FittingError.invalidInput("experiment on '\(test.channel)': standard error must be > 0")
            }
            return (channel, test)
        }
    }
}

extension MMMFit {
    /// This fit (of the screened input) with every channel and control of `original` back in
    /// place: left-out channels get a zero response, dropped controls a zero coefficient.
    func restoring(_ original: MMMInput, screen: DataScreen) -> MMMFit {
        var result = self
        let draws = channels.first?.bootstrapROIs.count ?? 0
        let zero = MediaResponse(carryover: 0, halfSaturation: 1, shape: 1, beta: 0)
        result.channels = original.channels.indices.map { i in
            if let k = screen.channelIndex[i] { return channels[k] }
            var channel = Channel(
                name: original.channels[i], response: zero, contribution: [Double](repeating: 0, count: original.periods),
                roi: 0, roiInterval: 0...0, marginalROI: 0, monthlyCurve: zero.monthlyCurve(periodsPerMonth: periodsPerMonth),
                bootstrapResponses: Array(repeating: zero, count: draws), bootstrapROIs: Array(repeating: 0, count: draws))
            channel.informed = false
            return channel
        }
        result.baseline.controls = original.controlNames.map { name in
            screen.input.controlNames.firstIndex(of: name).map { baseline.controls[$0] } ?? 0
        }
        result.notes = screen.notes + notes
        return result
    }
}
