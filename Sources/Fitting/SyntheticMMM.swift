import BudgetModel
import Foundation

/// Media-mix data generated from a known truth, to check that a fit recovers it.
///
/// Weekly data (``MMMInput/weekly`` periods per year). Each channel's truth, drawn uniformly:
/// ROI ∈ [1, 3], carryover θ ∈ [0.1, 0.6], shape s ∈ [0.8, 2.5], half saturation
/// K = κ·mean(A), κ ∈ [0.6, 1.6]. Its mean weekly spend is
/// `20,000 · w / ROI` with w ∈ [0.7, 1.3], so channels differ in scale (about 5,000 to 26,000 a
/// week) while each contributes a comparable share of the outcome (a channel too small to
/// move the outcome cannot be measured by any method; see docs/fitting.md). Its spend pattern
/// rotates through three kinds, each on a ±20% yearly wave of its own phase:
/// - **flighted** (TV, outdoor): flights of 3–8 weeks at 30–200% of the level, 2–6 dark weeks;
/// - **bursty** (social): bursts of 1–3 weeks at 30–300%, 1–4 dark weeks;
/// - **campaign-driven** (search, e-commerce): campaigns of 3–8 weeks at 30–200%, 2–4 dark weeks.
///
/// Every week is multiplied by log-normal noise (σ = 0.2). Every channel has dark weeks:
/// without them its ROI could only be extrapolated (docs/fitting.md, limitations).
/// β is set so the channel's ROI (Σ contribution / Σ spend) is the drawn one.
/// Outcome = baseline·(1 + 0.15·t/T) + seasonality (two harmonics, about ±12% of baseline)
/// + Σ contributions + N(0, (noise · mean expected outcome)²); the baseline is sized so media
/// make up `mediaShare` of the expected outcome.
public struct SyntheticMMM: Sendable {
    /// One channel's spend and true effect.
    public struct Channel: Sendable {
        public var name: String
        public var spend: [Double]
        /// The true carryover, half saturation, shape and β.
        public var response: MediaResponse
        /// The true contribution per week, `β·hill(A_t)`.
        public var contribution: [Double]
        /// The true ROI: Σ contribution / Σ spend.
        public var trueROI: Double { contribution.reduce(0, +) / spend.reduce(0, +) }
    }

    public let periodsPerYear: Double
    public let channels: [Channel]
    /// Baseline, trend and seasonality per week, without media or noise.
    public let base: [Double]
    /// The noise added to each week.
    public let noise: [Double]
    /// The observed outcome: base + Σ contributions + noise.
    public let outcome: [Double]

    /// - Parameters:
    ///   - channelCount: Channels (≥ 1).
    ///   - periods: Weeks (156 = three years).
    ///   - noise: Noise standard deviation as a fraction of the mean expected outcome.
    ///   - mediaShare: Media's share of the expected outcome, in (0, 1).
    ///   - seed: The seed of every draw.
    public init(channelCount: Int = 5, periods: Int = 156, noise: Double = 0.05, mediaShare: Double = 0.4, seed: UInt64) {
        precondition(channelCount >= 1 && periods >= 1 && mediaShare > 0 && mediaShare < 1, "invalid synthetic setup")
        var rng = SplitMix64(seed: seed)
        let p = MMMInput.weekly
        var channels: [Channel] = []
        for index in 0..<channelCount {
            let roi = rng.nextUniform(in: 1...3)
            let level = 20000 * rng.nextUniform(in: 0.7...1.3) / roi
            let pattern = Self.spendPattern(kind: index % 3, periods: periods, using: &rng)
            let patternMean = pattern.reduce(0, +) / Double(periods)
            let spend = pattern.map { $0 * level / patternMean }
            let theta = rng.nextUniform(in: 0.1...0.6)
            let shape = rng.nextUniform(in: 0.8...2.5)
            let adstock = MediaResponse.adstock(spend, carryover: theta)
            let k = rng.nextUniform(in: 0.6...1.6) * adstock.reduce(0, +) / Double(periods)
            let unit = MediaResponse(carryover: theta, halfSaturation: k, shape: shape, beta: 1)
            let beta = roi * spend.reduce(0, +) / unit.contributions(spend).reduce(0, +)
            let response = MediaResponse(carryover: theta, halfSaturation: k, shape: shape, beta: beta)
            channels.append(Channel(name: "channel\(index + 1)", spend: spend, response: response, contribution: response.contributions(spend)))
        }
        let mediaMean = channels.reduce(0) { $0 + $1.contribution.reduce(0, +) } / Double(periods)
        let level = mediaMean * (1 - mediaShare) / mediaShare
        let phase = rng.nextUniform(in: 0...(2 * Double.pi))
        let base = (0..<periods).map { t -> Double in
            let w = 2 * Double.pi * Double(t) / p
            return level * (1 + 0.15 * Double(t) / Double(periods) + 0.1 * sin(w + phase) + 0.05 * cos(2 * w + phase))
        }
        let expected = (0..<periods).map { t in base[t] + channels.reduce(0) { $0 + $1.contribution[t] } }
        let sd = noise * expected.reduce(0, +) / Double(periods)
        let noiseSeries = (0..<periods).map { _ in sd * rng.nextGaussian() }
        self.periodsPerYear = p
        self.channels = channels
        self.base = base
        self.noise = noiseSeries
        self.outcome = zip(expected, noiseSeries).map(+)
    }

    /// The data as a fit sees it (no controls).
    public var input: MMMInput {
        // Spend is positive in some week of every channel and all values are finite, so the
        // checks cannot fail.
        try! MMMInput(channels: channels.map(\.name), spend: channels.map(\.spend), outcome: outcome, periodsPerYear: periodsPerYear)
    }

    /// A spend pattern of mean about 1 (rescaled by the caller).
    private static func spendPattern(kind: Int, periods: Int, using rng: inout SplitMix64) -> [Double] {
        var spend: [Double] = []
        // (weeks on, weeks dark, weight range while on) per kind.
        let (on, dark, weight): (ClosedRange<Int>, ClosedRange<Int>, ClosedRange<Double>) = switch kind {
        case 0: (3...8, 2...6, 0.3...2)  // flighted: TV, outdoor
        case 1: (1...3, 1...4, 0.3...3)  // bursty: social
        default: (3...8, 2...4, 0.3...2)  // campaign-driven: search, e-commerce
        }
        var active = rng.nextUniform() < 0.5
        let phase = rng.nextUniform(in: 0...(2 * Double.pi))
        while spend.count < periods {
            let range = active ? on : dark
            let weeks = range.lowerBound + rng.nextInt(below: range.count)
            let level = active ? rng.nextUniform(in: weight) : 0
            for _ in 0..<weeks {
                let season = 1 + 0.2 * sin(2 * Double.pi * Double(spend.count) / MMMInput.weekly + phase)
                spend.append(level * season)
            }
            active.toggle()
        }
        if spend.prefix(periods).allSatisfy({ $0 == 0 }) { spend[0] = 1 }  // too short to reach a flight
        return spend.prefix(periods).map { $0 * exp(0.2 * rng.nextGaussian()) }
    }
}
