/// One allocation question: channels, their curves, and the rules a plan must obey.
///
/// Build one with ``Scenario/load(path:)`` or ``Scenario/parse(yaml:file:)``; both validate
/// it fully, so every `Scenario` value in the program is valid.
public struct Scenario: Sendable, Equatable {
    /// Free text shown in reports.
    public var name: String
    /// Currency code for display only (e.g. "CNY"); `nil` for none.
    public var currency: String?
    /// How much may be spent in total; `nil` only with ``Objective/minimizeSpend(targetOutcome:)``.
    public var budget: Budget?
    /// What the plan optimises.
    public var objective: Objective
    /// The channels, in file order.
    public var channels: [Channel]
    /// Rules on groups of channels, in file order.
    public var groupRules: [GroupRule]
    /// The default `max_change` for every channel with a `current` spend, as a fraction.
    public var maxChange: Double?
    /// Any other linear rules over channel spends.
    public var linearRules: [LinearRule]
    /// How the objective weighs the channels' curve draws (`objective.risk`); `nil` optimises
    /// the point curves (`curve:`), as without draws. See ``Risk``.
    public var risk: Risk? = nil
    /// Several months planned at once (`horizon:`), answered by `budgetlab plan`; `nil` for one period.
    public var horizon: Horizon? = nil

    public init(
        name: String, currency: String? = nil, budget: Budget?, objective: Objective = .maximizeOutcome(minROI: nil),
        channels: [Channel], groupRules: [GroupRule] = [], maxChange: Double? = nil, linearRules: [LinearRule] = []
    ) {
        self.name = name
        self.currency = currency
        self.budget = budget
        self.objective = objective
        self.channels = channels
        self.groupRules = groupRules
        self.maxChange = maxChange
        self.linearRules = linearRules
    }

    /// Indices of the channels that belong to a group.
    public func members(of group: String) -> [Int] {
        channels.indices.filter { channels[$0].groups.contains(group) }
    }

    /// The index of a channel by name (compared after NFC normalisation, so `é` written as
    /// one code point or as `e` + accent is the same name): a linear search, for one-off
    /// look-ups. Callers that look up many names build ``channelIndices`` once instead.
    public func channelIndex(_ name: String) -> Int? {
        let name = Self.normalizedName(name)
        return channels.firstIndex { $0.name == name }
    }

    /// What a channel is called in reports: its `label`, else its name.
    public func displayName(of name: String) -> String {
        channelIndex(name).flatMap { channels[$0].label } ?? name
    }

    /// Every channel's index by name, built in one pass (O(n)); the first wins on duplicates.
    public var channelIndices: [String: Int] {
        var result: [String: Int] = Dictionary(minimumCapacity: channels.count)
        for (i, channel) in channels.enumerated() where result[channel.name] == nil { result[channel.name] = i }
        return result
    }
}

/// The budget rule.
public enum Budget: Sendable, Equatable {
    /// Spend exactly this amount.
    case total(Double)
    /// Spend at most this amount (leftover allowed).
    case atMost(Double)

    /// The amount.
    public var amount: Double {
        switch self {
        case let .total(amount), let .atMost(amount): amount
        }
    }
}

/// What the plan optimises. Outcome is Σ curveᵢ(xᵢ), spend is Σ xᵢ.
public enum Objective: Sendable, Equatable {
    /// Maximise total outcome; with `minROI`, subject to outcome ≥ minROI · spend.
    case maximizeOutcome(minROI: Double?)
    /// Maximise `valuePerOutcome · outcome − spend`; with `minROI`, subject to outcome ≥ minROI · spend.
    case maximizeProfit(valuePerOutcome: Double, minROI: Double?)
    /// Minimise spend subject to outcome ≥ `targetOutcome`.
    case minimizeSpend(targetOutcome: Double)

    /// The return-on-spend floor, if any.
    public var minROI: Double? {
        switch self {
        case let .maximizeOutcome(minROI), let .maximizeProfit(_, minROI): minROI
        case .minimizeSpend: nil
        }
    }
}

/// A channel: a place money can go, with its response curve and its own rules.
public struct Channel: Sendable, Equatable {
    /// Unique name: Unicode letters and digits plus `_ . -`, in NFC (see ``Scenario/normalizedName(_:)``).
    public var name: String
    /// A display name for reports (`label:`), free text; `nil` shows ``name``.
    public var label: String?
    /// The groups it belongs to (for group rules).
    public var groups: [String]
    /// What is spent now, if known: the anchor for change limits and "vs now" in reports.
    public var current: Double?
    /// Lower bound on spend (default 0).
    public var min: Double?
    /// Upper bound on spend (default: the budget).
    public var max: Double?
    /// Spend is 0 or at least this much (a minimum commitment).
    public var minBuy: Double?
    /// Spend is a whole multiple of this (spots, KOL packages).
    public var buyUnit: Double?
    /// Keep spend at `current`.
    public var locked: Bool
    /// This channel's own change limit around `current`, overriding the scenario's.
    public var maxChange: Double?
    /// Expected outcome per period as a function of spend.
    public var curve: Curve
    /// Plausible alternatives to ``curve`` (posterior or bootstrap draws, or a user's own), in
    /// the same units; empty when the curve is taken as certain. Draw `b` of every channel
    /// belongs to the same joint sample `b` (see ``Scenario/drawCount``).
    public var draws: [Curve]
    /// The range of monthly spend the channel's history has seen (lowest and highest complete
    /// month), when its curve was fitted; see ``Scenario/keepingWithinEvidence(margin:)``.
    public var seen: ClosedRange<Double>? = nil

    public init(
        name: String, groups: [String] = [], current: Double? = nil, min: Double? = nil, max: Double? = nil,
        minBuy: Double? = nil, buyUnit: Double? = nil, locked: Bool = false, maxChange: Double? = nil, curve: Curve,
        label: String? = nil, draws: [Curve] = []
    ) {
        self.draws = draws
        self.name = Scenario.normalizedName(name)
        self.label = label
        self.groups = groups.map(Scenario.normalizedName)
        self.current = current
        self.min = min
        self.max = max
        self.minBuy = minBuy
        self.buyUnit = buyUnit
        self.locked = locked
        self.maxChange = maxChange
        self.curve = curve
    }
}

/// Bounds on a group's spend, as shares of total spend and/or absolute amounts.
public struct GroupRule: Sendable, Equatable {
    public var group: String
    /// Σ group ≥ minShare · Σ all.
    public var minShare: Double?
    /// Σ group ≤ maxShare · Σ all.
    public var maxShare: Double?
    /// Σ group ≥ min.
    public var min: Double?
    /// Σ group ≤ max.
    public var max: Double?

    public init(group: String, minShare: Double? = nil, maxShare: Double? = nil, min: Double? = nil, max: Double? = nil) {
        self.group = Scenario.normalizedName(group)
        self.minShare = minShare
        self.maxShare = maxShare
        self.min = min
        self.max = max
    }
}

/// `min ≤ Σ coefficient · spend ≤ max` (or `= equal`) over named channels.
public struct LinearRule: Sendable, Equatable {
    public var name: String
    /// (channel index, coefficient), in file order.
    public var terms: [(channel: Int, coefficient: Double)]
    public var min: Double?
    public var max: Double?

    public init(name: String, terms: [(channel: Int, coefficient: Double)], min: Double?, max: Double?) {
        self.name = name
        self.terms = terms
        self.min = min
        self.max = max
    }

    public static func == (a: LinearRule, b: LinearRule) -> Bool {
        a.name == b.name && a.min == b.min && a.max == b.max
            && a.terms.map(\.channel) == b.terms.map(\.channel)
            && a.terms.map(\.coefficient) == b.terms.map(\.coefficient)
    }
}
