/// A lift test on one channel, as a geo-lift or conversion-lift study reports it: during
/// periods `periods`, the channel's spend in the test's part of the market (a share `share` of
/// it; 1 for a national test) changed by `spendChange` in total (spread evenly over those
/// periods; negative for a pause), and the outcome there changed by `lift` over the same
/// periods (same sign convention: a pause that lost 30,000 of outcome has lift −30,000), with
/// standard error `standardError`.
///
/// The fit uses it as evidence on that channel's curve. Regions are taken to respond like the
/// whole market scaled by their share g (outcome g·f(x/g) for spend x), so the modelled lift is
/// `g·β·Σ_{t∈periods} (hill(A′_t) − hill(A_t))`, A′ the adstock of the spend changed by
/// Δ_t/g, and the test adds `(lift − modelled)² / (2·SE²)` to the negative log-likelihood.
/// A precise test that contradicts the history pulls the estimate towards it; a vague one
/// barely moves it. A regional go-dark test (Δ = −g·spend) measures the channel's whole
/// contribution there, which the history of an always-on channel cannot.
public struct MMMExperiment: Sendable, Equatable {
    public var channel: String
    /// Period indices of the test (0 = the first period of the data).
    public var periods: Range<Int>
    public var spendChange: Double
    public var lift: Double
    public var standardError: Double
    /// g ∈ (0, 1]: the share of the market (outcome and spend) in the test's regions.
    public var share: Double

    public init(channel: String, periods: Range<Int>, spendChange: Double, lift: Double, standardError: Double, share: Double = 1) {
        self.share = share
        self.channel = channel
        self.periods = periods
        self.spendChange = spendChange
        self.lift = lift
        self.standardError = standardError
    }
}

/// An experiment as the linear solve uses it: channel index, measured lift and its standard error.
struct LiftRow: Sendable {
    var channel: Int
    var lift: Double
    var standardError: Double
}

extension MMMDesign {
    /// `d_e = g·Σ_{t∈periods} (hill(A′_t) − hill(A_t))` for each experiment, A′ the adstock of
    /// spend changed by Δ/(g·periods) per period, for the channels' current non-linear
    /// parameters (K fixed at the value of the unchanged spend).
    func liftColumns(_ experiments: [(channel: Int, test: MMMExperiment)], parameters: [MediaParameters], halfSaturations: [Double]) -> [Double] {
        experiments.map { channel, test in
            let p = parameters[channel]
            // Only the test's periods are read, so the adstock runs from ``RowSample/warmup``
            // periods (plus the delay) before the test; what is lost is below 10⁻¹⁵ of it
            // (nothing for a Weibull kernel, whose 104 lags at most fit in the warmup):
            // O(test + 330), not O(n).
            let window = max(test.periods.lowerBound - RowSample.warmup - Int(p.delay.rounded(.up)) - 1, 0)..<test.periods.upperBound
            let spend = Array(self.spend[channel][window])
            var changed = spend
            let perPeriod = test.spendChange / (test.share * Double(max(test.periods.count, 1)))
            for t in test.periods { changed[t - window.lowerBound] = max(0, changed[t - window.lowerBound] + perPeriod) }
            let before = MediaResponse.adstock(spend, carryover: p.carryover, delay: p.delay, weibullShape: p.weibullShape)
            let after = MediaResponse.adstock(changed, carryover: p.carryover, delay: p.delay, weibullShape: p.weibullShape)
            let k = halfSaturations[channel]
            return test.share * test.periods.reduce(0.0) { sum, t in
                sum + MediaResponse.hill(after[t - window.lowerBound], halfSaturation: k, shape: p.shape)
                    - MediaResponse.hill(before[t - window.lowerBound], halfSaturation: k, shape: p.shape)
            }
        }
    }
}
