import ArgumentParser
import BudgetModel
import Localization
import Optimizer
import Reports

struct Optimize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find the best split of the budget, how close to the best possible it provably is, and what each rule costs.",
        discussion: """
            Prints per channel: spend, share, change vs current, outcome, ROI and marginal ROI; per rule: whether it binds and its shadow price, in words. JSON output follows the contract in docs/scenario-format.md.

            With curve draws (`draws:`, written by `fit --output`) it also prints the outcome's 90% interval over the draws and how often the plan beats the current one; --risk optimises over the draws. A fitted scenario's channels stay within the monthly spend the history has seen (`seen:`), +/- --evidence-margin, unless --extrapolate.

            Examples:
              budgetlab optimize Scenarios/b2c-consumer-brand.yaml
              budgetlab optimize Scenarios/uncertain-curves.yaml --risk cvar:0.2
            """)

    @OptionGroup var scenario: ScenarioArgument
    @OptionGroup var output: OutputOptions
    @OptionGroup var risk: RiskOption
    @OptionGroup var evidence: EvidenceOptions

    @Option(help: "Relative optimality gap to prove (default 0.0001 = 0.01%; at least 1e-9, the most double-precision arithmetic can prove).")
    var tolerance: Double = 1e-4

    func validate() throws {
        guard tolerance.isFinite, tolerance > 0, tolerance < 1 else {
            throw usageError(output.locale, .usageTolerance)
        }
        guard tolerance >= Self.smallestTolerance else {
            throw usageError(output.locale, .usageToleranceFloor)
        }
    }

    /// The smallest `--tolerance` accepted (see docs/limits.md).
    static let smallestTolerance = 1e-9

    func run() throws {
        try runReportingFailures(output.locale) {
            OutputFiles.protect([self.scenario.file])
            var scenario = try risk.apply(to: Scenario.load(path: self.scenario.file), file: self.scenario.file)
            if scenario.horizon != nil, scenario.budget == nil, !scenario.objective.isMinimizeSpendObjective {
                throw Failure.invalidInput(
                    "\(self.scenario.file): the scenario plans several months (horizon:) and has no monthly budget; use `budgetlab plan`")
            }
            var limits: [EvidenceLimit] = []
            var notes: [String] = []
            if let margin = evidence.margin {
                let guarded = scenario.keepingWithinEvidence(margin: margin)
                (scenario, limits, notes) = (guarded.scenario, guarded.limits, guarded.notes)
            }
            let result = try Optimizer(options: OptimizerOptions(tolerance: tolerance)).optimize(scenario)
            let reached = limits.filter { $0.binds(result.spend) }
            if output.output == nil {
                // Straight to standard output in pieces: a large plan's report is never held whole.
                let prefix = spreadsheetText("", format: output.format, bom: output.bom)  // the CSV byte-order mark, if asked
                if !prefix.isEmpty { try Streams.writeOutput(prefix) }
                try OptimizeReport.render(result, format: output.format, notes: notes, evidence: reached, to: Streams.writeOutput)
            } else {
                try output.emit(OptimizeReport.render(result, format: output.format, notes: notes, evidence: reached))
            }
        }
    }
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a scenario file: exit 0 when valid, 2 with the field named when not.")

    @OptionGroup var scenario: ScenarioArgument
    @OptionGroup var locale: LocaleOptions

    func run() throws {
        try runReportingFailures(locale) {
            let scenario = try Scenario.load(path: self.scenario.file)
            let rules = Rule.all(in: scenario).count
            let nonConcave = scenario.channels.filter { !$0.curve.isConcave }.count
            let integer = scenario.channels.filter { $0.minBuy != nil || $0.buyUnit != nil }.count
            try Streams.writeOutput(tr(nonConcave + integer > 0 ? .validMILP : .validLP, [
                "file": self.scenario.file, "channels": "\(scenario.channels.count)", "rules": "\(rules)",
            ])
                + (nonConcave > 0 ? tr(.validNonConcave, ["count": "\(nonConcave)"]) : "")
                + (integer > 0 ? tr(.validInteger, ["count": "\(integer)"]) : "") + "\n")
        }
    }
}
