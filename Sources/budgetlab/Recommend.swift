import ArgumentParser
import Localization
import BudgetModel
import Fitting
import Foundation
import History
import Optimizer
import Recommendation
import Reports

struct Recommend: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Next month's split from the data so far: last month's spend is current, the rules apply, each move explained.",
        discussion: """
            Example:
              budgetlab recommend --dataset Scenarios/data/robyn.yaml \\
                --rules Scenarios/data/robyn-rules.yaml --month 2019-10

            The rules file is a scenario file whose channels need no curves (they are fitted from the data before --month) and no current spend (last month's actual spend is used).
            """)

    @Option(help: "The history CSV (or give --dataset FILE.yaml).")
    var history: String?

    @OptionGroup var columns: DataOptions

    @Option(help: "The rules file (YAML): budget, channels with groups and bounds, constraints.")
    var rules: String

    @Option(help: "The month to plan, YYYY-MM; only data before it is used.")
    var month: String

    @Option(help: "The month's budget (default: the rules file's budget, else last month's total spend).")
    var budget: Double?

    @Option(name: .shortAndLong, help: "Output format: table, json, csv or markdown.")
    var format: OutputFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @OptionGroup var risk: RiskOption
    @OptionGroup var evidence: EvidenceOptions

    @Flag(help: "With --format csv: start with a UTF-8 byte-order mark, so Excel and WPS open Chinese text correctly.")
    var bom = false

    @OptionGroup var locale: LocaleOptions

    @Flag(help: "Plan the month as the first month of the rest of the rules file's horizon: (months before it fixed at the data's spend) and print that plan; see docs/planning.md.")
    var horizon = false

    @Option(name: [.customLong("draws"), .customLong("bootstrap")],
            help: "Posterior draws behind the intervals (aggregate fits). --bootstrap is the old name.")
    var draws: Int = 100

    @Option(help: "Aggregate fits: a scale-free prior on every channel's ROI, as in `fit --help` (TAU between 0.5 and 1000). Off by default.")
    var roiPrior: Double?

    @Option(help: "A CSV of lift tests (as in `fit --experiments`; see docs/fitting.md), used as evidence on their channels' curves, added to the dataset file's experiments. Only tests that ended before --month are used.")
    var experiments: String?

    func validate() throws {
        guard parsedMonth != nil else { throw usageError(locale, .usageMonth) }
        if let budget, !(budget.isFinite && budget > 0) { throw usageError(locale, .usagePositive, ["option": "--budget"]) }
        if horizon, budget != nil { throw usageError(locale, .usageBudgetWithHorizon) }
        guard (0...2000).contains(draws) else { throw usageError(locale, .usageBootstrap) }
    }

    private var parsedMonth: YearMonth? {
        let parts = month.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let number = Int(parts[1]) else { return nil }
        return YearMonth(year: year, month: number)
    }

    func run() throws {
        try runReportingFailures(locale) {
            columns.protectInputs([history, self.rules, experiments])
            let dataset = try columns.load(path: history)
            var rules = try Scenario.loadRules(path: self.rules)
            if let text = risk.risk { rules.risk = Risk(argument: text) }
            var options = MMMOptions()
            options.bootstrapSamples = draws
            options.roiPrior = roiPrior
            options.progress = ProgressBar.fitHandler(label: "recommend: fit")
            var tests = try columns.datasetExperiments()
            if let experiments { tests += try ExperimentFile.load(csv: experiments) }
            if horizon {
                let plan = try Recommender.recommendInHorizon(dataset: dataset, rules: rules, month: parsedMonth!, fitOptions: options, experiments: tests)
                var text = PlanReport.render(plan, format: format)
                if format == .table || format == .markdown {
                    text = tr(.recommendHorizonIntro, ["month": plan.months[plan.actualMonths].label]) + "\n\n" + text
                }
                try emit(spreadsheetText(text, format: format, bom: bom), to: output)
                return
            }
            let recommendation = try Recommender.recommend(
                dataset: dataset, rules: rules, month: parsedMonth!, budget: budget, fitOptions: options,
                evidenceMargin: evidence.margin, experiments: tests)
            try emit(spreadsheetText(RecommendReport.render(recommendation, format: format), format: format, bom: bom), to: output)
        }
    }
}
