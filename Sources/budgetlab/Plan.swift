import ArgumentParser
import BudgetModel
import Localization
import Optimizer
import Planning
import Reports

struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Plan several months at once (the scenario's horizon:): months × channels in one provably best plan.",
        discussion: """
            Prints each month's budget, spend, outcome and marginal ROI of budget, spend by month and channel, what moving budget between months is worth, and the binding rules with their months. See docs/planning.md.

            Examples:
              budgetlab plan Scenarios/annual-plan-b2c.yaml
              budgetlab plan Scenarios/annual-plan-b2c.yaml --format json --chart plan.svg
              budgetlab plan Scenarios/annual-plan-b2c.yaml \\
                --actuals Scenarios/data/annual-plan-b2c-actuals.csv

            --actuals is a CSV with the header month,channel,spend[,outcome]: the months already spent (the first months of the horizon, one row per channel). They are fixed and the rest is re-planned under the same rules; given outcomes rescale each channel's curve.
            """)

    @OptionGroup var scenario: ScenarioArgument
    @OptionGroup var output: OutputOptions

    @Option(help: "Relative optimality gap to prove (default 0.0001 = 0.01%; at least 1e-9, the most double-precision arithmetic can prove).")
    var tolerance: Double = 1e-4

    @Option(help: "Also write an SVG chart of spend by month and channel to this file.")
    var chart: String?

    @Option(help: "A CSV of the months already spent (month,channel,spend[,outcome]): re-plan the rest.")
    var actuals: String?

    func validate() throws {
        guard tolerance.isFinite, tolerance >= Optimize.smallestTolerance, tolerance < 1 else {
            throw usageError(output.locale, .usageToleranceFloor)
        }
    }

    func run() throws {
        try runReportingFailures(output.locale) {
            OutputFiles.protect([self.scenario.file, actuals])
            let scenario = try Scenario.load(path: self.scenario.file)
            guard let horizon = scenario.horizon else {
                throw Failure.invalidInput("\(self.scenario.file): " + tr(.planNoHorizonCLI))
            }
            let planner = Planner(options: OptimizerOptions(tolerance: tolerance))
            let plan: AnnualPlan
            if let actuals {
                plan = try planner.replan(scenario, actuals: Actuals.load(path: actuals, scenario: scenario, horizon: horizon))
            } else {
                plan = try planner.plan(scenario)
            }
            let text = PlanReport.render(plan, format: output.format)
            try output.emit(text, with: chart.map { [(PlanReport.svg(plan), $0)] } ?? [])
        }
    }
}

extension Objective {
    /// Whether the objective is `minimize: spend` (which needs no budget).
    var isMinimizeSpendObjective: Bool {
        if case .minimizeSpend = self { return true }
        return false
    }
}
