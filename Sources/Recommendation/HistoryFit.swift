import BudgetModel
import Fitting
import Foundation
import History

/// Response curves learned from a historical dataset, in the units the optimiser reads:
/// each channel's `monthlyCurve` gives the outcome of one month's spend (carryover included).
public struct HistoryFit: Sendable {
    /// How the curves were learned.
    public enum Method: String, Sendable {
        /// One outcome per channel (as ad platforms report): a curve per channel by
        /// non-linear least squares, the family picked by hold-out error.
        case attributed
        /// One total outcome: the media-mix model (baseline, trend, seasonality, controls,
        /// adstock and saturation per channel) fitted by variable projection.
        case aggregate
    }

    /// One channel's fit.
    public struct ChannelFit: Sendable {
        public var name: String
        /// Contribution over the data / spend over the data (outcome per unit of spend).
        public var roi: Double
        /// 90% interval of `roi`.
        public var roiInterval: ClosedRange<Double>
        /// d outcome / d spend at recent spend (long-run, carryover included for `aggregate`).
        public var marginalROI: Double
        /// The outcome of one period's spend (attributed), or of steady spend per period
        /// (aggregate), as fitted.
        public var periodCurve: Curve
        /// The outcome of one month's spend, for the optimiser.
        public var monthlyCurve: Curve
        /// Monthly curves of the posterior draws of an aggregate fit (the name is kept from the
        /// earlier bootstrap; empty for attributed fits).
        public var bootstrapMonthlyCurves: [Curve]
        /// The channel's contribution per period, as fitted (aggregate), or its fitted curve at
        /// each period's spend (attributed).
        public var contribution: [Double]
        /// Spend per period.
        public var spend: [Double]
        /// How far `roi` can be trusted (interval width and hold-out error).
        public var evidence: Evidence = .weak
        /// False when the fit left the channel out (see ``HistoryFit/notes``).
        public var informed = true
    }

    public var method: Method
    public var channels: [ChannelFit]
    /// R² of the fit on all data.
    public var r2: Double
    /// Mean absolute percentage error on all data (nil when an outcome is 0).
    public var mape: Double?
    /// MAPE on the held-out last periods of the first fit.
    public var holdoutMAPE: Double?
    /// Periods per month of the data (≈ 4.35 for weekly).
    public var periodsPerMonth: Double
    /// The observed total outcome per period, and the model's.
    public var actual: [Double]
    public var fitted: [Double]
    /// The non-media part of the fitted outcome per period (aggregate), or zeros.
    public var baseline: [Double]
    /// The dataset's periods.
    public var periods: [Day]
    /// τ of the ROI prior used, if any (aggregate fits), in units of the data's outcome per
    /// unit of spend (see ``MMMOptions/roiPrior``).
    public var roiPrior: Double? = nil
    /// What the fit dropped, left out or ignored, in plain words.
    public var notes: [String] = []
    /// Lift tests used as evidence (aggregate fits).
    public var experiments: [Experiment] = []

    /// Fits curves to a dataset.
    ///
    /// - Parameters:
    ///   - dataset: The history; with `attributed` data the attributed fit is used unless
    ///     `method` says otherwise.
    ///   - method: Which fit; `nil` picks attributed when the data has per-channel outcomes.
    ///   - options: Settings of the media-mix fit (posterior draws, seed, hold-out).
    ///   - experiments: Lift tests (aggregate fits only): evidence on their channels' curves.
    public static func fit(
        _ dataset: Dataset, method: Method? = nil, options: MMMOptions = MMMOptions(), experiments: [Experiment] = []
    ) throws -> HistoryFit {
        let chosen = method ?? (dataset.attributed == nil ? .aggregate : .attributed)
        let perYear: Double = switch dataset.frequency {
        case .daily: MMMInput.daily
        case .weekly: MMMInput.weekly
        case .monthly: MMMInput.monthly
        }
        switch chosen {
        case .aggregate: return try aggregate(dataset, periodsPerYear: perYear, options: options, experiments: experiments)
        case .attributed:
            guard experiments.isEmpty else {
                throw FittingError.invalidInput("experiments are used by aggregate (media-mix) fits only; this data is attributed")
            }
            return try attributed(dataset, periodsPerYear: perYear, options: options)
        }
    }

    private static func aggregate(_ data: Dataset, periodsPerYear: Double, options: MMMOptions, experiments: [Experiment]) throws -> HistoryFit {
        var input = try MMMInput(
            channels: data.channels, spend: data.spend, outcome: data.outcome,
            controlNames: data.controlNames, controls: data.controls, periodsPerYear: periodsPerYear)
        input.experiments = try experiments.map { test in
            guard let periods = test.periods(in: data) else {
                throw FittingError.invalidInput("experiment on '\(test.channel)' (\(test.start) … \(test.end)) falls outside the data's dates")
            }
            return MMMExperiment(
                channel: test.channel, periods: periods, spendChange: test.spendChange, lift: test.lift, standardError: test.standardError,
                share: test.share)
        }
        let fit: MMMFit
        do {
            fit = try MMMFitter.fit(input, options: options)
        } catch let FittingError.extremeValue(column, period, value, median) {
            throw FittingError.invalidInput(
                "\(column) in the row dated \(data.periods[period]) is \(value), outside 1e-8 to 1e4 times the column's median "
                + "magnitude (\(median)); correct the cell, or pass --allow-extreme-values if it is real")
        }
        let p = input.periodsPerMonth
        let channels = fit.channels.enumerated().map { i, channel in
            ChannelFit(
                name: channel.name, roi: channel.roi, roiInterval: channel.roiInterval, marginalROI: channel.marginalROI,
                periodCurve: channel.response.periodCurve,
                monthlyCurve: channel.monthlyCurve,
                bootstrapMonthlyCurves: channel.bootstrapResponses.map { $0.monthlyCurve(periodsPerMonth: p) },
                contribution: channel.contribution, spend: data.spend[i], evidence: channel.evidence, informed: channel.informed)
        }
        let media = (0..<data.periods.count).map { t in fit.channels.reduce(0) { $0 + $1.contribution[t] } }
        return HistoryFit(
            method: .aggregate, channels: channels, r2: fit.r2, mape: fit.mape, holdoutMAPE: fit.holdoutMAPE,
            periodsPerMonth: p, actual: data.outcome, fitted: fit.fitted,
            baseline: zip(fit.fitted, media).map { $0 - $1 }, periods: data.periods, roiPrior: options.roiPrior,
            notes: fit.notes, experiments: experiments)
    }

    private static func attributed(_ data: Dataset, periodsPerYear: Double, options: MMMOptions) throws -> HistoryFit {
        guard let outcomes = data.attributed else {
            throw FittingError.invalidInput("the data has no per-channel (attributed) outcome columns")
        }
        let p = periodsPerYear / 12
        let holdout = options.holdoutPeriods ?? max(1, Int(periodsPerYear / 6))
        var channels: [ChannelFit] = []
        var fittedTotal = [Double](repeating: 0, count: data.periods.count)
        var errors: [Double] = []
        var heldOut: [Double] = []
        for (i, name) in data.channels.enumerated() {
            let fit = try AttributedFitter.fit(spend: data.spend[i], outcome: outcomes[i], holdout: holdout)
            let fitted = data.spend[i].map { fit.curve.outcome($0) }
            for t in fitted.indices { fittedTotal[t] += fitted[t] }
            if let mape = fit.candidates.first(where: { $0.family == fit.family })?.holdoutMAPE { heldOut.append(mape) }
            errors.append(contentsOf: zip(fitted, outcomes[i]).map { $0 - $1 })
            let interval = RatioBootstrap.interval(numerator: outcomes[i], denominator: data.spend[i], seed: options.seed &+ UInt64(i))
            channels.append(ChannelFit(
                name: name, roi: fit.roi, roiInterval: interval,
                marginalROI: fit.marginalROI, periodCurve: fit.curve, monthlyCurve: fit.curve.monthly(periodsPerMonth: p),
                bootstrapMonthlyCurves: [], contribution: fitted, spend: data.spend[i],
                evidence: Evidence.label(roi: fit.roi, interval: interval, holdoutRatio: nil)))
        }
        let actual = data.outcome
        let mean = actual.reduce(0, +) / Double(max(actual.count, 1))
        let total = actual.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        let residual = zip(actual, fittedTotal).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        let mape = actual.contains(0) ? nil : zip(actual, fittedTotal).reduce(0) { $0 + abs($1.0 - $1.1) / abs($1.0) } / Double(actual.count)
        return HistoryFit(
            method: .attributed, channels: channels, r2: total > 0 ? 1 - residual / total : 0, mape: mape,
            holdoutMAPE: heldOut.isEmpty ? nil : heldOut.reduce(0, +) / Double(heldOut.count), periodsPerMonth: p,
            actual: actual, fitted: fittedTotal, baseline: [Double](repeating: 0, count: actual.count), periods: data.periods)
    }

    /// A scenario for the optimiser: the fitted monthly curves with their draws (the fit's
    /// bootstrap or posterior monthly curves, when there are at least 2), `current` = the given
    /// monthly spend per channel, a total budget equal to its sum, and each channel's `seen`
    /// range of monthly spend when given. Channels the fit could not inform, or whose fitted
    /// effect is zero, are left out (see ``leftOut``): a zero curve is no curve the optimiser
    /// accepts, and it would say "worthless" where the data say "unknown".
    public func scenario(name: String, currentMonthlySpend: [Double], seenMonthlySpend: [ClosedRange<Double>]? = nil) -> Scenario {
        let kept = channels.indices.filter { Self.usable(channels[$0]) }
        return Scenario(
            name: name, budget: .total(kept.reduce(0) { $0 + currentMonthlySpend[$1] }),
            channels: kept.map { i in
                var channel = Channel(
                    name: channels[i].name, current: currentMonthlySpend[i], curve: channels[i].monthlyCurve,
                    draws: channels[i].bootstrapMonthlyCurves.count >= 2 ? channels[i].bootstrapMonthlyCurves.map(Self.writable) : [])
                channel.seen = seenMonthlySpend?[i]
                return channel
            })
    }

    /// A draw that gives no outcome at all (β = 0, the channel dropped from that draw) as the
    /// same function in a form a scenario file accepts: `linear` with ROI 0.
    static func writable(_ curve: Curve) -> Curve {
        curve.outcome(1) == 0 && curve.outcome(1e15) == 0 ? .linear(roi: 0) : curve
    }

    /// One note per channel ``scenario(name:currentMonthlySpend:seenMonthlySpend:)`` leaves out, saying why.
    public var leftOut: [String] {
        channels.filter { !Self.usable($0) }.map { channel in
            channel.informed
                ? "channel '\(channel.name)' is left out of the scenario: its fitted effect is zero (the data show no response to its spend)"
                : "channel '\(channel.name)' is left out of the scenario: the data cannot inform its curve"
        }
    }

    static func usable(_ channel: ChannelFit) -> Bool {
        guard channel.informed else { return false }
        switch channel.monthlyCurve {
        case let .hill(beta, _, _), let .exponential(beta, _), let .log(beta, _), let .power(beta, _): return beta > 0
        case let .linear(roi): return roi > 0
        case .points: return true
        }
    }
}

/// Percentile bootstrap of a ratio Σ numerator / Σ denominator over periods.
enum RatioBootstrap {
    static func interval(numerator: [Double], denominator: [Double], seed: UInt64, samples: Int = 400) -> ClosedRange<Double> {
        let n = numerator.count
        guard n > 1 else {
            let ratio = denominator.reduce(0, +) > 0 ? numerator.reduce(0, +) / denominator.reduce(0, +) : 0
            return ratio...ratio
        }
        var random = SplitMix64(seed: seed)
        func next() -> Int { random.nextInt(below: n) }
        var ratios: [Double] = []
        for _ in 0..<samples {
            var top = 0.0
            var bottom = 0.0
            for _ in 0..<n {
                let t = next()
                top += numerator[t]
                bottom += denominator[t]
            }
            if bottom > 0 { ratios.append(top / bottom) }
        }
        ratios.sort()
        guard !ratios.isEmpty else { return 0...0 }
        return ratios[Int(0.05 * Double(ratios.count - 1))]...ratios[Int(0.95 * Double(ratios.count - 1))]
    }
}
