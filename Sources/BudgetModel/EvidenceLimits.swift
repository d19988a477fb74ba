/// Limits that keep a plan where the data has evidence: each channel's spend within the range
/// of monthly spend its history has seen (`seen:`), widened by a stated margin.
///
/// A fitted curve is only known where the data has been; outside that range it is an
/// extrapolation of the curve's formula. `budgetlab fit --output` writes each channel's `seen`
/// range, and `recommend` and `optimize` keep spend within
/// `[seen.min·(1 − margin), seen.max·(1 + margin)]` unless told to extrapolate.
public struct EvidenceLimit: Sendable, Equatable {
    public enum Side: Sendable, Equatable {
        /// A cap: the data has never seen spend above `seen`.
        case above
        /// A floor: the data has never seen spend below `seen`.
        case below
    }

    /// The channel's index and name.
    public let channel: Int
    public let name: String
    public let side: Side
    /// The highest (or lowest) monthly spend the data has seen.
    public let seen: Double
    /// The limit put on spend: `seen·(1 ± margin)`.
    public let limit: Double
    public let margin: Double

    /// Whether the plan's spend for this channel sits on the limit.
    public func binds(_ plan: [Double]) -> Bool {
        abs(plan[channel] - limit) <= 1e-6 * max(limit, 1)
    }
}

extension Scenario {
    /// The margin `recommend` and `optimize` allow past the range of spend the data has seen (20%).
    public static let defaultEvidenceMargin = 0.2

    /// The scenario with each channel that has a `seen` range kept within it, widened by
    /// `margin`, on top of the user's own rules.
    ///
    /// A channel's `max` becomes `min(max, seen.max·(1 + margin))` and its `min`
    /// `max(min, seen.min·(1 − margin))`, except where that would contradict the user: a
    /// user's `min` above the cap, a lock, a `current` outside the range (the range then
    /// reaches it), or a `min_buy` (the channel may be off). Caps are dropped when together
    /// they cannot hold a `total` budget, floors when together they exceed the budget; each
    /// such step is said in `notes`.
    public func keepingWithinEvidence(margin: Double) -> (scenario: Scenario, limits: [EvidenceLimit], notes: [String]) {
        var result = self
        var caps: [EvidenceLimit] = []
        var floors: [EvidenceLimit] = []
        for (i, channel) in channels.enumerated() where !channel.locked {
            guard let seen = channel.seen else { continue }
            let high = Swift.max(seen.upperBound * (1 + margin), channel.current ?? 0)
            let low = Swift.min(seen.lowerBound * Swift.max(1 - margin, 0), channel.current ?? .infinity)
            if high < (channel.max ?? .infinity), high >= (channel.min ?? 0) {
                caps.append(EvidenceLimit(channel: i, name: channel.name, side: .above, seen: seen.upperBound, limit: high, margin: margin))
            }
            if channel.minBuy == nil, low > (channel.min ?? 0), low <= (channel.max ?? .infinity) {
                floors.append(EvidenceLimit(channel: i, name: channel.name, side: .below, seen: seen.lowerBound, limit: low, margin: margin))
            }
        }
        var notes: [String] = []
        let amount = budget?.amount ?? .infinity
        let capacity = channels.indices.reduce(0.0) { total, i in
            total + (caps.first { $0.channel == i }?.limit ?? channels[i].upperLimit(budget: budget) ?? .infinity)
        }
        if case .total? = budget, !caps.isEmpty, capacity < amount * (1 - 1e-9) {
            notes.append("the budget \(formatPlain(amount.rounded())) is more than the channels' highest months allow together (\(formatPlain(capacity.rounded())) with the margin): no evidence caps")
            caps = []
        }
        let floor = channels.indices.reduce(0.0) { total, i in
            total + (floors.first { $0.channel == i }?.limit ?? channels[i].min ?? 0)
        }
        if !floors.isEmpty, floor > amount * (1 + 1e-9) {
            notes.append("the budget \(formatPlain(amount.rounded())) is less than the channels' lowest months need together (\(formatPlain(floor.rounded()))): no evidence floors")
            floors = []
        }
        for cap in caps { result.channels[cap.channel].max = cap.limit }
        for floor in floors { result.channels[floor.channel].min = floor.limit }
        return (result, caps + floors, notes)
    }
}
