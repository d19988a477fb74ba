/// Drifting channel effects: a channel in ``ProjectedProblem/drift`` has the effect
///
///     β_i(t) = β_i + δ_i·τ_t,   τ_t = t/(T − 1) − 1 ∈ [−1, 0],   t = 0…T−1 over all periods,
///
/// so β_i is the effect size in the **latest** period (what a plan for next month needs) and
/// δ_i how much larger it is now than at the start. Both are linear: the channel gets a second
/// column `τ_t·hill_i,t` whose coefficient δ_i has a free sign. It is shrunk towards no drift
/// by a ridge 50 times the stability ridge (``driftRidge``: a drift that other columns explain
/// to 90% is shrunk by about a third), and a channel gets the term at all only when it lowers
/// the negative log posterior by more than ``MMMOptions/driftEvidence`` nats (see
/// ``MMMFitter``).
extension ProjectedProblem {
    /// ρ_d of the drift columns' ridge (see ``Ridge``): 0.05 times the column's centred sum
    /// of squares.
    static let driftRidge = 0.05

    /// The same problem with drift terms on `channels`.
    func drifting(_ channels: [Int]) -> ProjectedProblem {
        var copy = self
        copy.drift = channels.sorted()
        copy.driftTime = channels.isEmpty ? [] : driftTime(count: design.periods)
        return copy
    }

    /// τ_t for the first `count` rows of the design. A sampled design's rows are periods of the
    /// full series (RowSample): τ uses their dates.
    func driftTime(count: Int) -> [Double] {
        let periods = design.sample?.scoredPeriods
        let last = Double(max((design.sample?.periods ?? design.periods) - 1, 1))
        return (0..<count).map { t in Double(periods?[t] ?? t) / last - 1 }
    }

    /// The hill columns followed by one drift column `τ_t·hill_i,t` per drifting channel.
    func columns(_ hills: [[Double]]) -> [[Double]] {
        guard !drift.isEmpty else { return hills }
        return hills + drift.map { i in
            let tau = driftTime.count == hills[i].count ? driftTime : driftTime(count: hills[i].count)
            return zip(hills[i], tau).map { h, τ in h * τ }
        }
    }

    /// δ_i per channel (0 for channels without drift) from a full coefficient vector.
    func driftCoefficients(_ coefficients: [Double]) -> [Double] {
        let first = design.fixedCount + design.channelCount
        var result = [Double](repeating: 0, count: design.channelCount)
        for (k, i) in drift.enumerated() where first + k < coefficients.count { result[i] = coefficients[first + k] }
        return result
    }
}
