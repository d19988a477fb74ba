/// Several months planned at once: the `horizon:` section of a scenario.
///
/// The scenario's channels, curves and single-month rules hold in every month; the horizon
/// adds how many months there are, how the budget is phased over them, how effective each
/// channel is month by month, how much of a month's effect carries into the next, and rules
/// over the whole horizon. See docs/planning.md for the response model.
public struct Horizon: Sendable, Equatable {
    /// The first month, when given (`start: 2027-01`); months are then named `YYYY-MM`.
    public var start: MonthLabel?
    /// The number of months, at least 1.
    public var months: Int
    /// How the budget is phased; `nil` when the top-level budget alone sets each month's amount.
    public var budget: HorizonBudget?
    /// Effectiveness multipliers: `seasonality[channel][t]`, aligned with the scenario's channels.
    public var seasonality: [[Double]]
    /// Named months with multipliers on top of seasonality.
    public var events: [HorizonEvent]
    /// Per channel (aligned with the scenario's channels): the carried share θ and the carry-in.
    public var carryover: [Carryover]
    /// Rules over the whole horizon (a channel's annual minimum, a group's annual share).
    public var rules: HorizonRules

    public init(
        start: MonthLabel? = nil, months: Int, budget: HorizonBudget?, seasonality: [[Double]], events: [HorizonEvent] = [],
        carryover: [Carryover], rules: HorizonRules = HorizonRules()
    ) {
        self.start = start
        self.months = months
        self.budget = budget
        self.seasonality = seasonality
        self.events = events
        self.carryover = carryover
        self.rules = rules
    }

    /// A horizon of `months` months with no seasonality, events or carryover, for `channels` channels.
    public static func plain(months: Int, channels: Int, budget: HorizonBudget?) -> Horizon {
        Horizon(
            months: months, budget: budget, seasonality: Array(repeating: Array(repeating: 1, count: months), count: channels),
            carryover: Array(repeating: Carryover(), count: channels))
    }

    /// The name of month `t` (0-based): `2027-03` when a start is given, else `month 3` (1-based).
    public func label(_ t: Int) -> String {
        start.map { $0.advanced(by: t).description } ?? "month \(t + 1)"
    }

    /// The effectiveness multiplier of channel `i` in month `t`: its seasonality times every
    /// event's multiplier for it in that month.
    public func multiplier(channel i: Int, month t: Int) -> Double {
        events.filter { $0.month == t }.reduce(seasonality[i][t]) { $0 * ($1.multipliers[i] ?? 1) }
    }
}

/// How the horizon's budget is phased across months.
public struct HorizonBudget: Sendable, Equatable {
    /// The amount for the whole horizon: spend exactly (`total`) or at most (`max`); `nil`
    /// when each month's amount is fixed.
    public var total: Budget?
    /// Each month's amount.
    public var perMonth: PerMonth?

    public init(total: Budget?, perMonth: PerMonth?) {
        self.total = total
        self.perMonth = perMonth
    }

    public enum PerMonth: Sendable, Equatable {
        /// Bounds on every month's amount (either may be absent).
        case bounds(min: Double?, max: Double?)
        /// A fixed amount per month.
        case fixed([Double])
    }
}

/// A named month with per-channel multipliers applied on top of seasonality.
public struct HorizonEvent: Sendable, Equatable {
    public var name: String
    /// The month, 0-based.
    public var month: Int
    /// Multiplier per channel index.
    public var multipliers: [Int: Double]

    public init(name: String, month: Int, multipliers: [Int: Double]) {
        self.name = name
        self.month = month
        self.multipliers = multipliers
    }
}

/// One channel's carryover: `share` θ ∈ [0, 1) of a month's effect carries into the next
/// month, geometrically; `carryIn` is the effect (outcome units) in the month before the
/// horizon, of which θᵗ reaches month t.
public struct Carryover: Sendable, Equatable {
    public var share: Double
    public var carryIn: Double

    public init(share: Double = 0, carryIn: Double = 0) {
        self.share = share
        self.carryIn = carryIn
    }
}

/// Rules over the whole horizon.
public struct HorizonRules: Sendable, Equatable {
    /// Bounds on a channel's total spend over the horizon, by channel index.
    public var channels: [(channel: Int, min: Double?, max: Double?)]
    /// Group rules over the horizon's total spend (shares of all spend in the horizon).
    public var groups: [GroupRule]

    public init(channels: [(channel: Int, min: Double?, max: Double?)] = [], groups: [GroupRule] = []) {
        self.channels = channels
        self.groups = groups
    }

    public static func == (a: HorizonRules, b: HorizonRules) -> Bool {
        a.groups == b.groups && a.channels.map(\.channel) == b.channels.map(\.channel)
            && a.channels.map(\.min) == b.channels.map(\.min) && a.channels.map(\.max) == b.channels.map(\.max)
    }
}

/// A calendar month, `YYYY-MM`.
public struct MonthLabel: Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    /// 1 to 12.
    public let month: Int

    /// Parses `YYYY-MM`; `nil` when the text is not a month.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        self.year = year
        self.month = month
    }

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// The month `count` months later.
    public func advanced(by count: Int) -> MonthLabel {
        let index = year * 12 + (month - 1) + count
        return MonthLabel(year: index / 12, month: index % 12 + 1)
    }

    /// Months from `self` to `other` (positive when `other` is later).
    public func distance(to other: MonthLabel) -> Int {
        (other.year * 12 + other.month) - (year * 12 + month)
    }

    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        return "\(year)-\(m)"
    }

    public static func < (a: MonthLabel, b: MonthLabel) -> Bool {
        (a.year, a.month) < (b.year, b.month)
    }
}
