import BudgetModel
import Fitting
import History
import Optimizer
import Planning

extension Recommender {
    /// Next month as the first month of the rest-of-horizon plan, rather than in isolation.
    ///
    /// The rules file's `horizon:` (with a `start`) says which months the plan covers. Curves
    /// are fitted from the data before `month` (as ``recommend(dataset:rules:month:budget:method:fitOptions:optimizer:)``
    /// does), the horizon's months before `month` are fixed at the data's actual monthly spend,
    /// and the rest of the horizon is planned under the same rules (``Planner/replan(_:actuals:)``):
    /// the plan's first month not yet spent is the recommendation.
    ///
    /// - Returns: The plan over the whole horizon; `plan.actualMonths` is the index of `month`.
    /// - Throws: ``RecommendationError`` for a rules file without a usable horizon, a month
    ///   outside it or months missing from the data; ``PlanningError`` from the planner.
    public static func recommendInHorizon(
        dataset: Dataset, rules: Scenario, month: YearMonth, fitOptions: MMMOptions = MMMOptions(),
        planner: Planner = Planner(), experiments: [Experiment] = []
    ) throws -> AnnualPlan {
        guard let horizon = rules.horizon, let start = horizon.start else {
            throw RecommendationError("--horizon needs a rules file with a 'horizon:' section that gives 'start' (YYYY-MM)")
        }
        let target = MonthLabel(year: month.year, month: month.month)
        let k = start.distance(to: target)
        guard (0..<horizon.months).contains(k) else {
            throw RecommendationError("\(target) is outside the horizon (\(start) to \(start.advanced(by: horizon.months - 1)))")
        }
        guard rules.budget != nil || horizon.budget != nil else {
            throw RecommendationError("the rules file needs a budget: 'horizon.budget' or a monthly 'budget'")
        }
        let fitted = try recommend(dataset: dataset, rules: rules, month: month, fitOptions: fitOptions, experiments: experiments)
        var scenario = fitted.scenario
        scenario.budget = rules.budget
        scenario.horizon = horizon
        guard k > 0 else { return try planner.plan(scenario) }
        let monthly = dataset.monthly()
        let columns = rules.channels.map { channel in dataset.channels.firstIndex(of: channel.name)! }
        let spend = try (0..<k).map { t throws(RecommendationError) in
            let label = start.advanced(by: t)
            guard let m = monthly.months.firstIndex(where: { $0.year == label.year && $0.month == label.month }) else {
                throw RecommendationError("the data has no spend for \(label), a month of the horizon before \(target)")
            }
            return columns.map { monthly.spend[$0][m] }
        }
        let actuals = Actuals(spend: spend, outcome: spend.map { $0.map { _ in nil } })
        return try planner.replan(scenario, actuals: actuals)
    }
}
