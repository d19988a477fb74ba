import Foundation

/// Spend patterns of the known-truth recipes (mean ≈ `level` per week).
enum TruthSpend {
    enum Kind {
        /// Never dark: ±30% yearly wave, ±25% week-to-week noise (at least 30% of the level),
        /// times `exp(0.35·demand)` when it follows a demand index.
        case alwaysOn
        /// Flights of 3–8 weeks at 30–200% of the level with 2–6 dark weeks (TV, outdoor).
        case flighted
        /// Bursts of 1–3 weeks at 30–300% with 1–4 dark weeks (social).
        case bursty
        /// Campaigns of 3–8 weeks at 30–200% with 2–4 dark weeks (search, e-commerce).
        case campaign

        static let pulsed: [Kind] = [.flighted, .bursty, .campaign]
    }

    static func series(kind: Kind, weeks: Int, level: Double, demand: [Double]?, using rng: inout SplitMix64) -> [Double] {
        let phase = rng.nextUniform(in: 0...(2 * Double.pi))
        func season(_ t: Int) -> Double { sin(2 * Double.pi * Double(t) / MMMInput.weekly + phase) }
        if case .alwaysOn = kind {
            return (0..<weeks).map { t in
                let wave = max(0.3, 1 + 0.3 * season(t) + 0.25 * rng.nextGaussian())
                return level * wave * exp(0.35 * (demand?[t] ?? 0))
            }
        }
        let (on, dark, weight): (ClosedRange<Int>, ClosedRange<Int>, ClosedRange<Double>) = switch kind {
        case .bursty: (1...3, 1...4, 0.3...3)
        case .campaign: (3...8, 2...4, 0.3...2)
        default: (3...8, 2...6, 0.3...2)
        }
        var spend: [Double] = []
        var active = rng.nextUniform() < 0.5
        while spend.count < weeks {
            let range = active ? on : dark
            let length = range.lowerBound + rng.nextInt(below: range.count)
            let height = active ? rng.nextUniform(in: weight) : 0
            for _ in 0..<length { spend.append(height * (1 + 0.2 * season(spend.count))) }
            active.toggle()
        }
        if spend.prefix(weeks).allSatisfy({ $0 == 0 }) { spend[0] = 1 }
        let noisy = spend.prefix(weeks).map { $0 * exp(0.2 * rng.nextGaussian()) }
        let mean = noisy.reduce(0, +) / Double(weeks)
        return noisy.map { $0 * level / mean }
    }
}

/// One channel's true effect: an adstock (geometric or Weibull-shaped), a saturation (logistic
/// or hill), a size β set so the ROI over the data is the drawn one (1–4), and an optional
/// linear drift of β over time. Computed independently of the fitter's code.
struct TruthEffect: Sendable {
    enum Saturation: Sendable {
        /// `(1 − e^(−λa))/(1 + e^(−λa))`.
        case logistic(lambda: Double)
        /// `aˢ/(aˢ + Kˢ)`.
        case hill(k: Double, s: Double)

        func callAsFunction(_ a: Double) -> Double {
            switch self {
            case let .logistic(lambda): (1 - exp(-lambda * a)) / (1 + exp(-lambda * a))
            case let .hill(k, s): a > 0 ? pow(a, s) / (pow(a, s) + pow(k, s)) : 0
            }
        }
    }

    /// Weights of spend l weeks ago, l = 0, 1, …
    let weights: [Double]
    let saturation: Saturation
    /// β per week (drift included).
    let beta: [Double]

    init(recipe: KnownTruth.Recipe, drifting: Bool, spend: [Double], rng: inout SplitMix64) {
        let theta = rng.nextUniform(in: 0.1...0.6)
        if recipe == .weibull {
            let k = rng.nextUniform(in: 1.5...3)
            let lambda = rng.nextUniform(in: 1.5...4)
            let raw = (0..<13).map { l -> Double in
                let x = Double(l) / lambda
                return l == 0 ? 0.05 : (k / lambda) * pow(x, k - 1) * exp(-pow(x, k))
            }
            let top = raw.max() ?? 1
            weights = raw.map { $0 / top }
        } else {
            weights = (0..<60).map { pow(theta, Double($0)) }.filter { $0 > 1e-9 }
        }
        let adstock = Self.adstock(spend, weights)
        let meanAdstock = adstock.reduce(0, +) / Double(max(adstock.count, 1))
        switch recipe {
        case .geometricLogistic, .confounded:
            let lambda = rng.nextUniform(in: 0.6...2.5) / meanAdstock
            saturation = .logistic(lambda: lambda)
        default:
            let (shapes, kappas): (ClosedRange<Double>, ClosedRange<Double>) = recipe == .hillS ? (1.5...3, 0.5...1.2) : (0.5...1, 0.5...1.5)
            let s = rng.nextUniform(in: shapes)
            let k = rng.nextUniform(in: kappas) * meanAdstock
            saturation = .hill(k: k, s: s)
        }
        let roi = rng.nextUniform(in: 1...4)
        let drift = drifting ? (rng.nextUniform() < 0.5 ? -1.0 : 1.0) * rng.nextUniform(in: 0.3...0.6) : 0
        let n = spend.count
        let factors = (0..<n).map { 1 + drift * (Double($0) / Double(max(n - 1, 1)) - 0.5) }
        let curve = saturation
        let unit = zip(adstock, factors).reduce(0) { $0 + curve($1.0) * $1.1 }
        let size = roi * spend.reduce(0, +) / unit
        beta = factors.map { $0 * size }
    }

    /// `A_t = Σ_l w_l x_{t−l}`.
    static func adstock(_ spend: [Double], _ weights: [Double]) -> [Double] {
        spend.indices.map { t in
            var sum = 0.0
            for (l, w) in weights.enumerated() where l <= t { sum += w * spend[t - l] }
            return sum
        }
    }

    func contributions(_ spend: [Double]) -> [Double] {
        zip(Self.adstock(spend, weights), beta).map { saturation($0) * $1 }
    }

    func channel(name: String, spend: [Double], alwaysOn: Bool) -> KnownTruth.Channel {
        let contribution = contributions(spend)
        let recent = spend.suffix(4).reduce(0, +) / Double(min(4, spend.count))
        let total = weights.reduce(0, +)
        let last = beta.last ?? 0
        // Sustained spend x per week settles at adstock x·Σw; slope by central difference.
        let h = max(1e-4 * recent, 1e-6)
        let marginal = last * (saturation((recent + h) * total) - saturation(max(recent - h, 0) * total)) / (recent + h - max(recent - h, 0))
        let effect = self
        let latest = Self.adstock(spend, weights).reduce(0) { $0 + last * saturation($1) }
        return KnownTruth.Channel(
            name: name, spend: spend, contribution: contribution, alwaysOn: alwaysOn,
            roi: latest / spend.reduce(0, +), averageROI: contribution.reduce(0, +) / spend.reduce(0, +), marginalROI: marginal,
            lift: { range, change, share in
                var changed = spend
                for t in range { changed[t] = max(0, changed[t] + change / (share * Double(range.count))) }
                let after = effect.contributions(changed)
                return share * range.reduce(0) { $0 + after[$1] - contribution[$1] }
            },
            effect: self)
    }
}

extension KnownTruth.Channel {
    /// The generator's parameters in words, for the benchmark's per-channel diagnostics
    /// (`FIT_TRUTH_VERBOSE`): carryover (geometric θ or the Weibull weights' peak lag),
    /// saturation (hill K relative to mean adstock and shape s, or logistic λ·mean adstock).
    public var parameterSummary: String {
        guard let effect else { return "" }
        let weights = effect.weights
        let adstock = TruthEffect.adstock(spend, weights)
        let mean = adstock.reduce(0, +) / Double(max(adstock.count, 1))
        let lag = weights.indices.max { weights[$0] < weights[$1] } ?? 0
        let carry = weights.count > 1 && lag == 0 ? String(format: "θ %.2f", weights[1]) : "peak lag \(lag)"
        switch effect.saturation {
        case let .hill(k, s): return String(format: "%@ κ %.2f s %.2f", carry, k / mean, s)
        case let .logistic(lambda): return String(format: "%@ logistic λ·Ā %.2f", carry, lambda * mean)
        }
    }
}
