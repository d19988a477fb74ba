import BudgetModel
import Fitting
import History
import Localization

/// How to build a world from a history file.
public struct HistoryWorldOptions: Sendable {
    /// Simulate the first this many full months of the history (nil: all of them).
    public var months: Int?
    /// Extra seasonality and drift on the channels' effectiveness, and the reporting noise.
    public var dynamics: WorldDynamics
    /// The rules (a scenario whose channels are the history's channels, in any order; its
    /// curves and budget amount are replaced by the fit and the history). Nil: the budget only,
    /// plus ``maxChange``.
    public var rules: Scenario?
    /// A change limit for every channel when there is no rules scenario.
    public var maxChange: Double?
    /// The media-mix fit's settings: ``MMMOptions/simulatorWorld`` by default (no draws: the
    /// world needs the point fit; priors pinned so that the world does not move with the
    /// fitter's defaults).
    public var fit: MMMOptions

    public init(
        months: Int? = nil, dynamics: WorldDynamics = WorldDynamics(), rules: Scenario? = nil, maxChange: Double? = nil,
        fit: MMMOptions = .simulatorWorld
    ) {
        self.months = months
        self.dynamics = dynamics
        self.rules = rules
        self.maxChange = maxChange
        self.fit = fit
    }
}

extension World {
    /// A world fitted to historical data (aggregate: one outcome for all channels).
    ///
    /// 1. Fit the media-mix model (``MMMFitter``) to the data at its own frequency.
    /// 2. Each channel's true curve is the fit's ``MMMFit/Channel/monthlyCurve``: the outcome
    ///    of one month's spend, carryover included.
    /// 3. The data is summed per calendar month (weeks split by days, partial first and last
    ///    months dropped). Each month's budget is what was actually spent in it, the starting
    ///    plan is the first month's actual spend, and `historical` replays the actual months.
    /// 4. The baseline of a month is the fit's intercept, trend, seasonality and controls summed
    ///    over the month; the month's residuals (actual − fitted total) are the pool the world's
    ///    total outcome draws its noise from.
    ///
    /// - Parameters:
    ///   - dataset: The history (spend per channel, total outcome, optional controls).
    ///   - name: The world's name in reports.
    /// - Returns: The world and the fit behind it.
    /// - Throws: ``SimulationError/invalidWorld(_:)`` when the data cannot be fitted, is
    ///   shorter than the months asked for, has a month without spend, or the rules scenario
    ///   does not name the same channels.
    public static func fitted(to dataset: Dataset, name: String, options: HistoryWorldOptions) throws(SimulationError)
        -> (world: World, fit: MMMFit)
    {
        let fit: MMMFit
        do {
            let input = try MMMInput(
                channels: dataset.channels, spend: dataset.spend, outcome: dataset.outcome, controlNames: dataset.controlNames,
                controls: dataset.controls, periodsPerYear: periodsPerYear(dataset.frequency))
            fit = try MMMFitter.fit(input, options: options.fit)
        } catch {
            throw .invalidWorld(tr(.simCannotFitHistory, ["error": "\(error)"]))
        }
        let monthly = dataset.monthly().droppingPartialEnds()
        let available = monthly.months.count
        let months = options.months ?? available
        guard months >= 1, months <= available else {
            throw .invalidWorld(tr(.simHistoryTooShort, ["available": "\(available)", "months": "\(months)"]))
        }
        let base = zip(fit.decomposition.base, zip(fit.decomposition.seasonality, fit.decomposition.controls)).map { $0 + $1.0 + $1.1 }
        let baseline = Array(monthlySums(base, like: dataset).prefix(months))
        let fitted = monthlySums(fit.fitted, like: dataset)
        let residuals = zip(monthly.outcome, fitted).map { $0 - $1 }
        let spend = (0..<months).map { t in dataset.channels.indices.map { monthly.spend[$0][t] } }
        let budgets = spend.map { $0.reduce(0, +) }
        let labels = monthly.months.prefix(months).map(\.description)
        for (label, budget) in zip(labels, budgets) where budget <= 0 {
            throw .invalidWorld(tr(.simHistoryNoSpend, ["month": label]))
        }
        let curves = fit.channels.map(\.monthlyCurve)
        let template = try ruleTemplate(
            channels: dataset.channels, curves: curves, start: spend[0], budget: budgets[0], options: options)
        let world = try World(
            name: name, currency: template.currency, source: .history(r2: fit.r2, holdoutMAPE: fit.holdoutMAPE), curves: curves,
            monthLabels: labels, budgets: budgets,
            multipliers: try options.dynamics.multipliers(months: months, channels: dataset.channels), baseline: baseline,
            residuals: residuals, noise: options.dynamics.noise, ruleTemplate: template, startingPlan: spend[0],
            historicalSpend: spend)
        return (world, fit)
    }

    /// The rules scenario reordered to the history's channels, with the fitted curves and the
    /// first month as `current`; or the budget and `maxChange` only.
    private static func ruleTemplate(
        channels: [String], curves: [Curve], start: [Double], budget: Double, options: HistoryWorldOptions
    ) throws(SimulationError) -> Scenario {
        guard var rules = options.rules else {
            let list = channels.indices.map { Channel(name: channels[$0], current: start[$0], curve: curves[$0]) }
            return Scenario(name: "history", budget: .total(budget), channels: list, maxChange: options.maxChange)
        }
        let named = Set(rules.channels.map(\.name))
        guard named == Set(channels), rules.channels.count == channels.count else {
            throw .invalidWorld(tr(.simRulesChannels, ["channels": channels.joined(separator: ", "), "named": rules.channels.map(\.name).joined(separator: ", ")]))
        }
        let byName = Dictionary(rules.channels.indices.map { (rules.channels[$0].name, $0) }) { first, _ in first }
        let order = channels.map { byName[$0]! }
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        rules.channels = order.enumerated().map { i, old in
            var channel = rules.channels[old]
            channel.curve = curves[i]
            channel.current = start[i]
            return channel
        }
        rules.linearRules = rules.linearRules.map { rule in
            LinearRule(name: rule.name, terms: rule.terms.map { (position[$0.channel]!, $0.coefficient) }, min: rule.min, max: rule.max)
        }
        if options.maxChange != nil { rules.maxChange = options.maxChange }
        if case .atMost? = rules.budget { rules.budget = .atMost(budget) } else { rules.budget = .total(budget) }
        return rules
    }

    /// A per-period series summed per calendar month as ``Dataset/monthly()`` does, partial
    /// first and last months dropped.
    static func monthlySums(_ series: [Double], like dataset: Dataset) -> [Double] {
        Dataset(frequency: dataset.frequency, weekAnchor: dataset.weekAnchor, periods: dataset.periods, channels: [], spend: [], outcome: series)
            .monthly().droppingPartialEnds().outcome
    }

    private static func periodsPerYear(_ frequency: Frequency) -> Double {
        switch frequency {
        case .daily: MMMInput.daily
        case .weekly: MMMInput.weekly
        case .monthly: MMMInput.monthly
        }
    }
}
