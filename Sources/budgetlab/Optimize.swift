import ArgumentParser
import BudgetModel
import Optimizer
import Reports

struct Optimize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find the best split of the budget, how close to the best possible it provably is, and what each rule costs.",
        discussion: """
            Prints per channel: spend, share, change vs current, outcome, ROI and marginal ROI; per rule: whether it binds and its shadow price, in words. JSON output follows the contract in docs/scenario-format.md.
            """)

    @OptionGroup var scenario: ScenarioArgument
    @OptionGroup var output: OutputOptions

    @Option(help: "Relative optimality gap to prove (default 0.0001 = 0.01%).")
    var tolerance: Double = 1e-4

    func validate() throws {
        guard tolerance.isFinite, tolerance > 0, tolerance < 1 else {
            throw ValidationError("--tolerance must be between 0 and 1 (exclusive)")
        }
    }

    func run() throws {
        try runReportingFailures {
            OutputFiles.protect([self.scenario.file])
            let scenario = try Scenario.load(path: self.scenario.file)
            let result = try Optimizer(options: OptimizerOptions(tolerance: tolerance)).optimize(scenario)
            try emit(OptimizeReport.render(result, format: output.format), to: output.output)
        }
    }
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a scenario file: exit 0 when valid, 2 with the field named when not.")

    @OptionGroup var scenario: ScenarioArgument

    func run() throws {
        try runReportingFailures {
            let scenario = try Scenario.load(path: self.scenario.file)
            let rules = Rule.all(in: scenario).count
            let nonConcave = scenario.channels.filter { !$0.curve.isConcave }.count
            let integer = scenario.channels.filter { $0.minBuy != nil || $0.buyUnit != nil }.count
            let kind = nonConcave + integer > 0 ? "a MILP" : "an LP"
            try Streams.writeOutput("\(self.scenario.file): valid — \(scenario.channels.count) channels, \(rules) rules; solved as \(kind)"
                + (nonConcave > 0 ? " (\(nonConcave) S-shaped or non-concave curves)" : "")
                + (integer > 0 ? " (\(integer) channels with min_buy or buy_unit)" : "") + "\n")
        }
    }
}
