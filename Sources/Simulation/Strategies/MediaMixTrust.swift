import BudgetModel

/// `media-mix`'s trust region, grown where the evidence allows.
extension MediaMixStrategy {
    /// This month's rules with the trust region as each channel's change limit (``trust``, grown
    /// by ``evidenceTrust(draws:previous:base:agreement:)``; the world's limit where tighter),
    /// and, with ``MediaMixSettings/TrustAnchor/seen``, the range month 0 may use instead
    /// (``seenRange(spends:current:step:)``) for each channel on which the world sets no change
    /// limit (nil elsewhere).
    func trustRegion(_ rules: Scenario, draws: [[Curve]], context: StrategyContext) -> (rules: Scenario, firstMonth: [ClosedRange<Double>?]) {
        var rules = rules
        var firstMonth: [ClosedRange<Double>?] = Array(repeating: nil, count: rules.channels.count)
        guard let trust = core.trust else { return (rules, firstMonth) }
        let last = context.rules.channels.map { $0.current ?? 0 }
        let grown = Self.evidenceTrust(draws: draws, previous: last, base: trust, agreement: Self.trustAgreement)
        for i in rules.channels.indices {
            let worldLimit = rules.channels[i].locked ? 0 : rules.channels[i].maxChange ?? rules.maxChange
            rules.channels[i].maxChange = min(worldLimit ?? grown[i], grown[i])
            guard settings.trustAnchor == .seen, worldLimit == nil else { continue }
            let seen = Self.seenRange(spends: core.log.channel(i).spend, current: last[i], step: grown[i])
            let low = max(seen.lowerBound, rules.channels[i].min ?? 0)
            firstMonth[i] = low...max(low, min(seen.upperBound, rules.channels[i].max ?? context.budget))
        }
        return (rules, firstMonth)
    }

    /// Per channel, the largest move this month: the base trust region `base`, widened to the
    /// largest step w of ``trustSteps`` for which the channel's draws agree on what a move of ±w
    /// would do to its outcome.
    ///
    /// With x last month's spend and f_k the channel's draws, the draws **agree at w** when the
    /// coefficient of variation over k of `f_k(x·(1 + w)) / f_k(x)` and of `f_k(x·(1 − w)) / f_k(x)`
    /// are both at most `agreement`. The ratio leaves out the calibration factor, which
    /// multiplies a draw as a whole: what it measures is whether the curve's *shape* is known
    /// beyond the spends seen. A channel without draws, without spend or with outcome 0 at x
    /// keeps `base`. Why: the trust region exists because a learned curve is trusted only near
    /// the spends it was learned from; when every plausible curve says the same about a bigger
    /// move, the region need not hold the plan back (on the Robyn world with the budget only,
    /// the oracle's plan is months of ±30% steps away from the start, and the ±30% world's oracle
    /// is 5.1% short of the unlimited one's). Steps up to
    /// 1.5 (or agreement within 10%) did worse there in development (seeds 1–5: 7.2% and 8.9%
    /// against 6.7%).
    static func evidenceTrust(draws: [[Curve]], previous: [Double], base: Double, agreement: Double) -> [Double] {
        draws.indices.map { i in
            let x = previous[i]
            guard draws[i].count >= 2, x > 0 else { return base }
            var trust = base
            for w in trustSteps where w > base {
                guard agrees(draws[i], from: x, to: x * (1 + w), within: agreement),
                      agrees(draws[i], from: x, to: x * (1 - min(w, largestCut)), within: agreement) else { break }
                trust = w
            }
            return trust
        }
    }

    /// The largest coefficient of variation of the draws' ratios at which they agree (5%).
    static let trustAgreement = 0.05

    /// The steps the trust region may grow to.
    static let trustSteps = [0.5, 0.75]
    /// The largest cut whose outcome the draws must agree on (a cut to nothing has ratio 0 in
    /// every draw and would say nothing).
    static let largestCut = 0.75

    /// Whether the draws' ratios `f(to) / f(from)` have a coefficient of variation ≤ `limit`.
    static func agrees(_ draws: [Curve], from x: Double, to y: Double, within limit: Double) -> Bool {
        var ratios: [Double] = []
        for curve in draws {
            let base = curve.outcome(x)
            guard base > 0 else { return false }
            ratios.append(curve.outcome(y) / base)
        }
        let mean = Statistics.mean(ratios)
        guard mean > 0 else { return false }
        let variance = ratios.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(ratios.count - 1)
        return variance.squareRoot() / mean <= limit
    }

    /// The spends a channel may have this month when the trust region is measured from every
    /// spend seen (``MediaMixSettings/TrustAnchor/seen``): from `(1 − w)·x` to
    /// `(1 + w)·max(x, s_max)`, x last month's spend rescaled to this month's budget and s_max
    /// the largest spend the strategy has had on the channel.
    ///
    /// Why up to the largest spend seen: a learned curve is trusted near the spends it was
    /// learned from, all of them, not only last month's. When the budget swings (the Robyn
    /// history: 30,000 to 830,000 a month) the best split swings with it (an S-shaped channel
    /// takes half of a small budget), and a region around last month's spend, rescaled with the
    /// budget, keeps every channel's share within ±w of last month's although its curve is known
    /// up to much larger spends. Why cuts stay within `(1 − w)·x`: a channel cut far produces
    /// data that cannot show its worth and is then stuck (a region down to the smallest spend
    /// seen cut `search_S` from half of a small budget to nothing in development, seed 8).
    static func seenRange(spends: [Double], current x: Double, step w: Double) -> ClosedRange<Double> {
        max(0, (1 - w) * x)...((1 + w) * max(spends.max() ?? x, x))
    }
}
