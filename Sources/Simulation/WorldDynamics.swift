import Localization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
import Localization
#endif

/// How a channel's reported (attributed) outcome scatters around its expected value.
///
/// Draws are standard normal `z`, one per channel per month, shared by every strategy in a
/// replicate (common random numbers), so strategies differ only by what they spend.
public enum NoiseModel: Sendable, Equatable {
    /// Multiplicative log-normal noise with mean 1: `y = μ · exp(σz − σ²/2)`, so `E[y] = μ` and
    /// `sd(ln y) = σ` (σ = 0.1 is roughly ±10%). Never negative.
    case logNormal(sigma: Double)
    /// Additive Gaussian noise: `y = μ + σ · s · z`, where `s` is the channel's expected
    /// outcome at its starting spend (so σ is a fraction of the channel's usual outcome). May
    /// be negative for tiny outcomes, as reported corrections can be.
    case gaussian(sigma: Double)

    /// The noise level σ.
    public var sigma: Double {
        switch self {
        case let .logNormal(sigma), let .gaussian(sigma): sigma
        }
    }

    /// The reported outcome for expected outcome `mu`, channel scale `scale` and draw `z`.
    public func apply(expected mu: Double, scale: Double, draw z: Double) -> Double {
        switch self {
        case let .logNormal(sigma): mu * exp(sigma * z - sigma * sigma / 2)
        case let .gaussian(sigma): mu + sigma * scale * z
        }
    }

    /// `lognormal 0.1` or `gaussian 0.1`, for reports.
    public var label: String {
        switch self {
        case let .logNormal(sigma): "lognormal \(sigma)"
        case let .gaussian(sigma): "gaussian \(sigma)"
        }
    }
}

/// How the world changes from month to month, on top of its true curves.
///
/// Channel i's expected outcome in simulated month t (t = 0, 1, …) at spend x is
/// `m(t, i) · f_i(x)` with the multiplier
///
///     m(t, i) = seasonality[t mod L] · (1 + drift_i)^t,
///
/// L the length of the seasonality list (no seasonality: factor 1). A drift of −0.03 makes a
/// channel 3% less effective every month, compounding: 0.97¹² ≈ 0.69 after a year.
public struct WorldDynamics: Sendable, Equatable {
    /// Effectiveness multipliers by simulated month, repeating (12 values: one year). Empty: none.
    public var seasonality: [Double]
    /// Monthly relative change of effectiveness per channel name (−0.03 = 3% worse each month).
    public var drift: [String: Double]
    /// The noise on each channel's reported outcome.
    public var noise: NoiseModel
    /// Attribution bias per channel name: the channel reports `(1 + bias)` times its outcome
    /// (0.3: 30% too high, as ad platforms' own attribution tends to). Strategies see the
    /// reported figure; the world's true outcome and every regret use the real one.
    public var reportBias: [String: Double] = [:]

    public init(seasonality: [Double] = [], drift: [String: Double] = [:], noise: NoiseModel = .logNormal(sigma: 0.1)) {
        self.seasonality = seasonality
        self.drift = drift
        self.noise = noise
    }

    /// The multipliers `m(t, i)` for `months` months and the given channel names.
    ///
    /// - Throws: ``SimulationError/invalidWorld(_:)`` for a drift on an unknown channel, a
    ///   drift ≤ −1, a non-positive or non-finite seasonality value, or a negative noise level.
    public func multipliers(months: Int, channels: [String]) throws(SimulationError) -> [[Double]] {
        try validate(channels: channels)
        let rates = channels.map { drift[$0] ?? 0 }
        return (0..<months).map { t in
            let season = seasonality.isEmpty ? 1 : seasonality[t % seasonality.count]
            return rates.map { season * pow(1 + $0, Double(t)) }
        }
    }

    /// `1 + bias` per channel, in the order of `channels`.
    func reportFactors(channels: [String]) throws(SimulationError) -> [Double] {
        for name in reportBias.keys.sorted() {
            guard channels.contains(name) else {
                throw .invalidWorld(tr(.simDriftUnknown, ["channel": name, "channels": channels.joined(separator: ", ")]))
            }
            guard let bias = reportBias[name], bias.isFinite, bias > -1 else {
                throw .invalidWorld(tr(.simReportBias, ["channel": name]))
            }
        }
        return channels.map { 1 + (reportBias[$0] ?? 0) }
    }

    private func validate(channels: [String]) throws(SimulationError) {
        for name in drift.keys.sorted() {
            guard channels.contains(name) else {
                throw .invalidWorld(tr(.simDriftUnknown, ["channel": name, "channels": channels.joined(separator: ", ")]))
            }
            guard let rate = drift[name], rate.isFinite, rate > -1 else {
                throw .invalidWorld(tr(.simDriftRate, ["channel": name]))
            }
        }
        for (index, value) in seasonality.enumerated() where !(value.isFinite && value > 0) {
            throw .invalidWorld(tr(.simSeasonalityValue, ["index": "\(index + 1)", "value": "\(value)"]))
        }
        guard noise.sigma.isFinite, noise.sigma >= 0 else {
            throw .invalidWorld(tr(.simNoiseValue, ["value": "\(noise.sigma)"]))
        }
    }
}
