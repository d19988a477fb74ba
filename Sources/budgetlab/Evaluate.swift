import ArgumentParser
import BudgetModel
import Foundation
import Localization
import Optimizer
import Reports

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Judge a given plan: its outcome and ROI, the rules it breaks, and how far it is from the optimum.",
        discussion: """
            --plan current uses each channel's `current` spend. A plan file is YAML or JSON: either a mapping `channel: spend`, or an object with a `channels` list of {name, spend} (such as the JSON that `optimize --format json` writes). A .csv plan is a spreadsheet export (`optimize --format csv --bom`, edited in Excel or WPS and saved as CSV UTF-8): its table with a Channel and a Spend (or Recommended) column, in English or Chinese headings, is read. Spends may be written 300000, 300,000 or 30万.
            """)

    @OptionGroup var scenario: ScenarioArgument
    @OptionGroup var output: OutputOptions
    @OptionGroup var risk: RiskOption

    @Option(help: "'current', or a plan file.")
    var plan: String = "current"

    func run() throws {
        try runReportingFailures(output.locale) {
            OutputFiles.protect([self.scenario.file, plan])
            let scenario = try risk.apply(to: Scenario.load(path: self.scenario.file), file: self.scenario.file)
            let spend = try plan == "current" ? currentPlan(scenario) : PlanFile.read(plan, for: scenario)
            let evaluation = PlanEvaluation(scenario: scenario, spend: spend)
            try output.emit(EvaluationReport.render(evaluation, planName: plan, format: output.format))
        }
    }

    private func currentPlan(_ scenario: Scenario) throws -> [Double] {
        try scenario.channels.map { channel in
            guard let current = channel.current else {
                throw Failure.invalidInput(tr(.errNoCurrentToEvaluate, ["file": self.scenario.file, "name": channel.name]))
            }
            return current
        }
    }
}
