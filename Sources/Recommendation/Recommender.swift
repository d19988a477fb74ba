import Localization
import BudgetModel
import Fitting
import Foundation
import History
import Optimizer

/// Next month's split from the data so far, within the planning rules.
///
/// 1. The history is cut at the first day of the month to plan: only what was known then.
/// 2. Curves are learned from it (``HistoryFit``), as monthly curves with carryover included.
/// 3. Last month's actual spend per channel becomes `current`, so change limits apply to it.
/// 4. The rules file gives budget, bounds, groups (core 60–70%), change limits and floors;
///    the budget is `--budget`, else the rules file's, else last month's total.
/// 5. The fit's draws (aggregate fits) go into the scenario as each channel's `draws`, so the
///    optimiser can weigh them (`objective.risk` in the rules file) and the plan's outcome has
///    a 90% interval and a probability of beating last month's split.
/// 6. Unless `evidenceMargin` is `nil`, each channel stays within the range of monthly spend
///    the data has seen, widened by the margin (``Scenario/keepingWithinEvidence(margin:)``);
///    a limit the plan reaches is said in the notes.
/// 7. The optimiser splits the budget.
///
/// Lift tests (`experiments`) are evidence on their channels' curves as in `fit`; only tests
/// that ended before the month to plan are used (a later result was not known then), and the
/// others are named in the notes.
public enum Recommender {
    public static func recommend(
        dataset: Dataset, rules: Scenario, month: YearMonth, budget: Double? = nil,
        method: HistoryFit.Method? = nil, fitOptions: MMMOptions = MMMOptions(),
        optimizer: Optimizer = Optimizer(), evidenceMargin: Double? = Scenario.defaultEvidenceMargin,
        precomputedFit: HistoryFit? = nil, experiments: [Experiment] = []
    ) throws -> Recommendation {
        let cut = month.firstDay
        let keep = dataset.periods.indices.filter { dataset.periods[$0] < cut }
        guard keep.count >= 8 else {
            throw RecommendationError("only \(keep.count) periods of data before \(month); at least 8 are needed")
        }
        let known = Dataset(
            frequency: dataset.frequency, weekAnchor: dataset.weekAnchor, periods: keep.map { dataset.periods[$0] },
            channels: dataset.channels, spend: dataset.spend.map { s in keep.map { s[$0] } },
            outcome: keep.map { dataset.outcome[$0] }, controlNames: dataset.controlNames,
            controls: dataset.controls.map { c in keep.map { c[$0] } },
            attributed: dataset.attributed.map { a in a.map { s in keep.map { s[$0] } } })
        let lastMonth = YearMonth(year: month.month == 1 ? month.year - 1 : month.year, month: month.month == 1 ? 12 : month.month - 1)!
        let monthly = known.monthly()
        guard let last = monthly.months.firstIndex(of: lastMonth) else {
            throw RecommendationError("the data has no spend for \(lastMonth), the month before \(month)")
        }
        var notes: [String] = []
        if monthly.coverage[last] < 0.999 {
            notes.append(tr(.notePartialMonth, ["month": "\(lastMonth)", "percent": "\(Int((monthly.coverage[last] * 100).rounded()))"]))
        }
        let scale = monthly.coverage[last] > 0 ? 1 / monthly.coverage[last] : 1
        let lastSpend = monthly.spend.map { $0[last] * scale }
        let complete = monthly.droppingPartialEnds()

        // A caller comparing rule sets on one month may pass the fit of `known` it already has.
        let knownTests = experiments.filter { $0.end < cut }
        let later = experiments.filter { !($0.end < cut) }
        if !later.isEmpty {
            notes.append(tr(.noteLaterExperiments, ["month": "\(month)", "tests": later.map { "\($0.channel) \($0.start)…\($0.end)" }.joined(separator: ", ")]))
        }
        let fit = try precomputedFit ?? HistoryFit.fit(known, method: method, options: fitOptions, experiments: knownTests)
        var scenario = rules
        for (i, channel) in rules.channels.enumerated() {
            guard let d = dataset.channels.firstIndex(of: channel.name) else {
                throw RecommendationError("rules channel '\(channel.name)' is not in the data (data channels: \(dataset.channels.joined(separator: ", ")))")
            }
            scenario.channels[i].curve = fit.channels[d].monthlyCurve
            scenario.channels[i].draws = fit.channels[d].bootstrapMonthlyCurves.count >= 2 ? fit.channels[d].bootstrapMonthlyCurves : []
            scenario.channels[i].current = lastSpend[d]
            let seen = complete.spend[d]
            scenario.channels[i].seen = seen.isEmpty ? nil : seen.min()!...seen.max()!
        }
        let missing = dataset.channels.filter { name in !rules.channels.contains { $0.name == name } }
        if !missing.isEmpty { notes.append(tr(.noteLeftOut, ["channels": missing.joined(separator: ", ")])) }
        let total = budget ?? rules.budget?.amount ?? scenario.channels.reduce(0) { $0 + ($1.current ?? 0) }
        switch rules.budget {
        case .atMost?: scenario.budget = .atMost(total)
        default: scenario.budget = .total(total)
        }
        if scenario.name == "Untitled scenario" { scenario.name = "Recommendation for \(month)" }
        if scenario.risk != nil, scenario.drawCount == 0 {
            throw RecommendationError("objective.risk needs curve draws, and this fit gives none (attributed fits have no draws; aggregate fits need --bootstrap ≥ 2)")
        }
        var limits: [EvidenceLimit] = []
        if let evidenceMargin {
            let guarded = scenario.keepingWithinEvidence(margin: evidenceMargin)
            (scenario, limits) = (guarded.scenario, guarded.limits)
            notes += guarded.notes
        }
        let result = try optimizer.optimize(scenario)
        let uncertainty = result.uncertainty
        let interval = uncertainty?.outcomeInterval ?? result.totalOutcome...result.totalOutcome
        if uncertainty == nil { notes.append(tr(.noteNoBootstrap)) }
        let lastOutcome = scenario.channels.reduce(0) { $0 + $1.curve.outcome($1.current ?? 0) }
        return Recommendation(
            month: month, lastMonth: lastMonth, scenario: scenario, result: result, fit: fit,
            expectedOutcome: result.totalOutcome, outcomeInterval: interval, lastMonthModelledOutcome: lastOutcome,
            notes: notes + dataset.notes, evidenceLimits: limits.filter { $0.binds(result.spend) })
    }
}

/// A recommendation for one month.
public struct Recommendation: Sendable {
    public let month: YearMonth
    public let lastMonth: YearMonth
    /// The scenario solved: fitted monthly curves, last month's spend as `current`, the rules.
    public let scenario: Scenario
    public let result: OptimizationResult
    public let fit: HistoryFit
    /// Expected media outcome of the recommended plan (the fitted curves at the plan).
    public let expectedOutcome: Double
    /// 90% interval of it over the fit's draws (the point estimate when there are none).
    public let outcomeInterval: ClosedRange<Double>
    /// The plan over the fit's draws, against last month's split; `nil` without draws.
    public var uncertainty: OutcomeUncertainty? { result.uncertainty }
    /// What the fitted curves say last month's split yields, for comparison.
    public let lastMonthModelledOutcome: Double
    public let notes: [String]
    /// The evidence limits (the range of spend the data has seen) the plan reached.
    public var evidenceLimits: [EvidenceLimit] = []

    /// Per channel, why it goes up or down: its marginal ROI at last month's spend against
    /// the budget's shadow price (the return the best use of one more unit earns).
    public var moves: [Move] {
        let price = result.rules.first { $0.rule == .budget }?.shadowPrice
        return scenario.channels.enumerated().map { i, channel in
            let before = channel.current ?? 0
            return Move(
                name: channel.name, lastMonth: before, recommended: result.spend[i],
                marginalAtLast: channel.curve.marginal(before), marginalAtRecommended: result.channels[i].marginalROI,
                budgetPrice: price)
        }
    }

    public struct Move: Sendable {
        public let name: String
        public let lastMonth: Double
        public let recommended: Double
        public let marginalAtLast: Double
        public let marginalAtRecommended: Double
        public let budgetPrice: Double?
        public var change: Double { recommended - lastMonth }
    }
}

/// Why a recommendation cannot be made.
public struct RecommendationError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
