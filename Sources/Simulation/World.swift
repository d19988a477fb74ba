import BudgetModel
import Localization

/// The truth a simulation replays against: each channel's true monthly response, how it
/// changes from month to month, the budget and rules of every month, and the noise on what
/// strategies get to see.
///
/// Units: spend in the world's currency per month; outcome in its units (revenue,
/// conversions…) per month. Channel i's **expected** outcome in month t at spend x is
/// `m(t, i) · f_i(x)` (``curves`` f, ``multipliers`` m). The world answers a month's plan with
/// each channel's **reported** outcome (what an ad platform attributes to it: the expected
/// outcome with ``noise``) and the **total** outcome (``baseline`` + Σ reported + a residual
/// drawn from ``residuals``). Strategies see only the reported per-channel outcomes of their
/// own spends: the observational assumption of docs/simulation.md.
public struct World: Sendable {
    /// Where the world came from.
    public enum Source: Sendable, Equatable {
        /// A scenario whose curves are the truth (`--world FILE`).
        case scenario
        /// A media-mix fit to a history file; the fit's R² and hold-out MAPE.
        case history(r2: Double, holdoutMAPE: Double?)
    }

    public let name: String
    public let currency: String?
    public let source: Source
    /// Channel names, in the order of every per-channel array.
    public let channels: [String]
    /// True curves at multiplier 1: the expected outcome of one month's spend.
    public let curves: [Curve]
    /// One label per simulated month: `2016-01` for a history, `1`, `2`, … otherwise.
    public let monthLabels: [String]
    /// The budget of each month (the amount for `total`, the ceiling for `max`).
    public let budgets: [Double]
    /// Effectiveness multipliers `m(t, i)`, `[month][channel]`.
    public let multipliers: [[Double]]
    /// Outcome without media per month (0 for scenario worlds).
    public let baseline: [Double]
    /// Monthly residuals of the total outcome to draw from with replacement (empty: none).
    public let residuals: [Double]
    /// Noise on each channel's reported outcome.
    public let noise: NoiseModel
    /// The rules every month, as a scenario: bounds, groups, shares, change limits, linear
    /// rules and the kind of budget. ``rules(month:previous:curves:)`` fills in a month's
    /// budget and each channel's `current`.
    public let ruleTemplate: Scenario
    /// What is spent before the simulation starts (the scenario's `current` spends, or the
    /// first month of the history): the plan of warm-up months and the anchor of month 0's
    /// change limits.
    public let startingPlan: [Double]
    /// What was actually spent, `[month][channel]`, for history worlds.
    public let historicalSpend: [[Double]]?
    /// What each channel reports per unit of true outcome (`1 + bias`; 1: unbiased). The
    /// strategies observe reported outcomes; regret is measured on true ones.
    public internal(set) var reportFactors: [Double]

    /// A world from its parts; see ``World/init(scenario:dynamics:months:)`` and
    /// ``World/fitted(to:options:)`` for the usual ways to build one.
    ///
    /// - Throws: ``SimulationError/invalidWorld(_:)`` when shapes disagree, a budget is not
    ///   positive, the starting plan is negative, or the rules need something the simulation
    ///   cannot check (an objective other than `maximize: outcome`, `min_roi`).
    public init(
        name: String, currency: String?, source: Source, curves: [Curve], monthLabels: [String], budgets: [Double],
        multipliers: [[Double]], baseline: [Double], residuals: [Double], noise: NoiseModel, ruleTemplate: Scenario,
        startingPlan: [Double], historicalSpend: [[Double]]? = nil
    ) throws(SimulationError) {
        let n = ruleTemplate.channels.count
        let months = budgets.count
        guard months >= 1 else { throw .invalidWorld(tr(.simNeedsMonth)) }
        guard curves.count == n, startingPlan.count == n, monthLabels.count == months, baseline.count == months,
              multipliers.count == months, multipliers.allSatisfy({ $0.count == n }),
              historicalSpend.map({ $0.count == months && $0.allSatisfy { $0.count == n } }) ?? true
        else { throw .invalidWorld(tr(.simArraysShape, ["channels": "\(n)", "months": "\(months)"])) }
        for (label, budget) in zip(monthLabels, budgets) where !(budget.isFinite && budget > 0) {
            throw .invalidWorld(tr(.simBudgetPositive, ["month": label, "budget": "\(budget)"]))
        }
        for (channel, spend) in zip(ruleTemplate.channels, startingPlan) where !(spend.isFinite && spend >= 0) {
            throw .invalidWorld(tr(.simStartSpend, ["channel": channel.name]))
        }
        guard case .maximizeOutcome(minROI: nil) = ruleTemplate.objective else {
            throw .invalidWorld(tr(.simNoMinROI))
        }
        guard ruleTemplate.budget != nil else { throw .invalidWorld(tr(.simNeedsBudget)) }
        self.name = name
        self.currency = currency
        self.source = source
        self.channels = ruleTemplate.channels.map(\.name)
        self.curves = curves
        self.monthLabels = monthLabels
        self.budgets = budgets
        self.multipliers = multipliers
        self.baseline = baseline
        self.residuals = residuals
        self.noise = noise
        self.ruleTemplate = ruleTemplate
        self.startingPlan = startingPlan
        self.historicalSpend = historicalSpend
        self.reportFactors = Array(repeating: 1, count: n)
    }

    /// The number of simulated months.
    public var months: Int { budgets.count }

    /// Channel i's true curve in month t: `m(t, i) · f_i`.
    public func curve(channel i: Int, month t: Int) -> Curve {
        curves[i].scaled(by: multipliers[t][i])
    }

    /// Expected outcome per channel of a plan in month t.
    public func expectedOutcome(_ plan: [Double], month t: Int) -> [Double] {
        plan.indices.map { multipliers[t][$0] * curves[$0].outcome(plan[$0]) }
    }

    /// The scale of additive noise per channel: its expected outcome at its starting spend in
    /// month 0 (or, for a channel that starts at 0, at an even share of the first budget).
    public var noiseScale: [Double] {
        channels.indices.map { i in
            let spend = startingPlan[i] > 0 ? startingPlan[i] : budgets[0] / Double(channels.count)
            return curves[i].outcome(spend) * multipliers[0][i]
        }
    }

    /// Whether some channel's curve is not concave or some rule needs integers (`min_buy`,
    /// `buy_unit`): the oracle then plans month by month (see ``OraclePlan``).
    public var needsIntegers: Bool {
        ruleTemplate.channels.contains { $0.minBuy != nil || $0.buyUnit != nil } || curves.contains { !$0.isConcave }
    }
}

extension World {
    /// A world whose truth is a scenario: its curves, its budget every month, its rules, and
    /// its channels' `current` spends as the starting plan.
    ///
    /// - Parameters:
    ///   - scenario: The true world (validated, as ``Scenario/load(path:)`` returns it).
    ///   - dynamics: Seasonality, drift and noise.
    ///   - months: Months to simulate (≥ 1).
    /// - Throws: ``SimulationError/invalidWorld(_:)`` when a channel has no `current`, the
    ///   objective is not `maximize: outcome` without `min_roi`, or the dynamics are invalid.
    public init(scenario: Scenario, dynamics: WorldDynamics, months: Int) throws(SimulationError) {
        guard months >= 1 else { throw .invalidOptions(tr(.simNeedsMonth)) }
        guard let budget = scenario.budget else {
            throw .invalidWorld(tr(.simNeedsBudgetTotal))
        }
        var start: [Double] = []
        for channel in scenario.channels {
            guard let current = channel.current else {
                throw .invalidWorld(tr(.simNoCurrent, ["channel": channel.name]))
            }
            start.append(current)
        }
        let names = scenario.channels.map(\.name)
        try self.init(
            name: scenario.name, currency: scenario.currency, source: .scenario, curves: scenario.channels.map(\.curve),
            monthLabels: (1...months).map { String($0) }, budgets: Array(repeating: budget.amount, count: months),
            multipliers: try dynamics.multipliers(months: months, channels: names),
            baseline: Array(repeating: 0, count: months), residuals: [], noise: dynamics.noise, ruleTemplate: scenario,
            startingPlan: start)
        reportFactors = try dynamics.reportFactors(channels: names)
    }
}
