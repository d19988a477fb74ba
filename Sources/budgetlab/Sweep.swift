import ArgumentParser
import BudgetModel
import Localization
import Optimizer
import Reports

struct Sweep: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The budget-to-outcome frontier: the best plan at each budget level, with marginal ROI per step.",
        discussion: """
            Example:
              budgetlab sweep Scenarios/b2c-consumer-brand.yaml --budget 80%..130% \\
                --steps 11 --chart frontier.svg
            """)

    @OptionGroup var scenario: ScenarioArgument
    @OptionGroup var output: OutputOptions
    @OptionGroup var risk: RiskOption

    @Option(help: "Budget range: 50%..200% of the scenario's budget, or amounts such as 5e5..2e6.")
    var budget: BudgetRange = BudgetRange(argument: "50%..200%")!

    @Option(help: "Number of budget levels (2 to 1000).")
    var steps: Int = 11

    @Option(help: "Also write an SVG chart of the frontier to this file.")
    var chart: String?

    func validate() throws {
        guard (2...1000).contains(steps) else { throw usageError(output.locale, .usageSteps) }
    }

    func run() throws {
        try runReportingFailures(output.locale) {
            OutputFiles.protect([self.scenario.file])
            let scenario = try risk.apply(to: Scenario.load(path: self.scenario.file), file: self.scenario.file)
            let range = try budget.resolve(scenario, file: self.scenario.file)
            let bar = ProgressBar(label: "sweep")
            let points = Optimizer().sweep(scenario, from: range.lowerBound, to: range.upperBound, steps: steps) {
                bar.update($0, of: $1)
            }
            try SweepCheck.requireSomeLevel(points, scenario: scenario)
            let text = SweepReport.render(points, scenario: scenario, format: output.format)
            let files = chart.map { [(SweepReport.svg(points, scenario: scenario), $0)] } ?? []
            try output.emit(text, with: files)
        }
    }
}

/// `50%..200%` (of the scenario's budget) or `500000..2e6`.
struct BudgetRange: ExpressibleByArgument {
    let low: Double
    let high: Double
    let relative: Bool
    /// As the user typed it, for `--help`'s "(default: 50%..200%)".
    let text: String

    var defaultValueDescription: String { text }

    init?(argument: String) {
        text = argument
        guard let range = argument.range(of: "..") else { return nil }
        var a = String(argument[..<range.lowerBound])
        var b = String(argument[range.upperBound...])
        relative = a.hasSuffix("%") && b.hasSuffix("%")
        if relative { a.removeLast(); b.removeLast() }
        guard let low = Double(a), let high = Double(b), low.isFinite, high.isFinite, low > 0, high > low else { return nil }
        self.low = relative ? low / 100 : low
        self.high = relative ? high / 100 : high
    }

    func resolve(_ scenario: Scenario, file: String) throws -> ClosedRange<Double> {
        guard relative else { return low...high }
        guard let budget = scenario.budget else {
            throw Failure.invalidInput(tr(.errSweepNoBudget, ["file": file]))
        }
        return (low * budget.amount)...(high * budget.amount)
    }
}
