import BudgetModel
import Foundation
import Localization

/// The strategies the simulator knows, by their command-line names.
public enum StrategyKind: String, Sendable, CaseIterable, Codable, Comparable {
    /// What was actually spent (history worlds only).
    case historical
    /// The starting mix kept, scaled to each month's budget.
    case frozen
    /// The planning guide's rule: core 60–70%, each month a fixed share of the worst-ROI
    /// channel's spend moved to the best-ROI channel.
    case ruleOfThumb = "rule-of-thumb"
    /// Spend split in proportion to each channel's ROI over the last months.
    case proportional
    /// Monthly refit of every channel's curve, then the optimiser on the fitted curves.
    case optimizer
    /// The optimiser on curves drawn from the fits' uncertainty (Thompson sampling).
    case explorer
    /// Curves that may be S-shaped, scaled by a media-mix regression of the total outcome,
    /// planned several months ahead over their uncertainty (``MediaMixStrategy``).
    case mediaMix = "media-mix"
    /// Curves learned with their shape anchored where the starting plan would be optimal,
    /// scaled by the regression on the total outcome (``AnchoredStrategy``).
    case anchored
    /// `anchored` until a channel's reports show an S-curve, then `media-mix`
    /// (``CombinedStrategy``).
    case combined
    /// The best possible: the optimiser on the true curves.
    case oracle

    /// Parses a comma-separated list such as `frozen,optimizer,oracle`.
    ///
    /// - Throws: ``SimulationError/invalidOptions(_:)`` naming an unknown or repeated name.
    public static func parseList(_ text: String) throws(SimulationError) -> [StrategyKind] {
        var kinds: [StrategyKind] = []
        for part in text.split(separator: ",") {
            let name = String(part).trimmingCharacters(in: .whitespaces)
            guard let kind = StrategyKind(rawValue: name) else {
                throw .invalidOptions(tr(.simUnknownStrategy, ["name": String(name), "known": allCases.map(\.rawValue).joined(separator: ", ")]))
            }
            guard !kinds.contains(kind) else { throw .invalidOptions(tr(.simStrategyTwice, ["name": String(name)])) }
            kinds.append(kind)
        }
        guard !kinds.isEmpty else { throw .invalidOptions(tr(.simNoStrategy)) }
        return kinds
    }

    public static func < (a: StrategyKind, b: StrategyKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// What a strategy knows when it decides a month: the rules, the budget, its own last plan.
/// Never the true curves and never another strategy's results.
public struct StrategyContext: Sendable {
    /// The month, 0-based.
    public let month: Int
    /// This month's budget.
    public let budget: Double
    /// This month's rules, with each channel's `current` at the strategy's own previous spend
    /// (see ``World/rules(month:previous:curves:)``); the curves are placeholders.
    public let rules: Scenario
    /// What the strategy spent last month (the starting plan before month 0).
    public let previous: [Double]
    /// The world's starting plan.
    public let startingPlan: [Double]
}

/// A way of choosing each month's plan.
///
/// The replay asks ``decide(month:context:)`` for a proposal, repairs it if it breaks a rule
/// (``PlanProjector``; except when ``repairsProposals`` is false), spends it, and reports the
/// outcome each channel produced through ``observe(month:spend:outcome:)``. A strategy keeps
/// whatever it learns in its own state; one instance plays one replicate.
public protocol Strategy {
    var kind: StrategyKind { get }
    /// Whether the replay repairs proposals that break a rule (all but `historical`, whose
    /// plan is what happened, broken rules included).
    var repairsProposals: Bool { get }
    /// The proposed spend per channel for the month.
    mutating func decide(month: Int, context: StrategyContext) throws(SimulationError) -> [Double]
    /// The plan actually spent (after any repair) and each channel's reported outcome.
    mutating func observe(month: Int, spend: [Double], outcome: [Double])
    /// The same, with the month's total outcome (baseline + every channel's true outcome +
    /// residual); by default the total is ignored.
    mutating func observe(month: Int, spend: [Double], outcome: [Double], total: Double)
}

extension Strategy {
    public var repairsProposals: Bool { true }
    public mutating func observe(month: Int, spend: [Double], outcome: [Double]) {}
    public mutating func observe(month: Int, spend: [Double], outcome: [Double], total: Double) {
        observe(month: month, spend: spend, outcome: outcome)
    }
}

/// The months a strategy has seen: its own spend and the outcomes reported for it.
public struct ObservationLog: Sendable, Equatable {
    /// `[month][channel]`.
    public private(set) var spend: [[Double]] = []
    /// `[month][channel]`.
    public private(set) var outcome: [[Double]] = []

    public init() {}

    public mutating func append(spend: [Double], outcome: [Double]) {
        self.spend.append(spend)
        self.outcome.append(outcome)
    }

    public var count: Int { spend.count }

    /// One channel's series, oldest first.
    public func channel(_ i: Int) -> (spend: [Double], outcome: [Double]) {
        (spend.map { $0[i] }, outcome.map { $0[i] })
    }

    /// Each channel's ROI over the last `months` months: Σ outcome / Σ spend, `nil` for a
    /// channel with no spend in them.
    public func recentROI(months: Int) -> [Double?] {
        let recent = spend.indices.suffix(months)
        guard let first = spend.first else { return [] }
        return first.indices.map { i in
            let x = recent.reduce(0) { $0 + spend[$1][i] }
            let y = recent.reduce(0) { $0 + outcome[$1][i] }
            return x > 0 ? y / x : nil
        }
    }
}
