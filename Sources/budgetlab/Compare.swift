import ArgumentParser
import Foundation
import Localization
import Reports
import Simulation

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare strategies in a report: Markdown and one self-contained HTML file with charts.",
        discussion: """
            Runs a simulation (the same options as `simulate`) or reads one written by `simulate --format json` (--from FILE), then writes DIR/report.md and DIR/report.html: cumulative outcome by strategy with 5-95% bands over seeds, monthly allocation per strategy, ROI by month, regret against the oracle, and a ranking table. The HTML file needs no network: styles and SVG charts are inline. The ranking is also printed.

            Examples:
              budgetlab compare --world Scenarios/world-poor-start.yaml --report out/
              budgetlab simulate --world Scenarios/world-drift.yaml --format json \\
                --output sim.json
              budgetlab compare --from sim.json --report out/
            """)

    @OptionGroup var input: SimulationInput
    @OptionGroup var output: OutputOptions

    @Option(help: "Read the simulation from this JSON file (written by `simulate --format json`) instead of running one.")
    var from: String?

    @Option(help: "Write report.md and report.html into this directory (created if needed).")
    var report: String

    func validate() throws {
        if from != nil, input.hasSource { throw ValidationError("give either --from FILE.json or a world (--world, --history), not both") }
        try input.check(requireSource: from == nil)
    }

    func run() throws {
        try runReportingFailures(output.locale) {
            input.protectInputs()
            OutputFiles.protect([from])
            let summary: SimulationSummary
            if let from {
                guard let data = FileManager.default.contents(atPath: from) else {
                    throw Failure.invalidInput("\(from): " + tr(.errCannotRead, ["reason": tr(.errNoSuchFile)]))
                }
                summary = try SimulationSummary.decode(json: data, file: from)
            } else {
                summary = SimulationSummary(try input.simulate(label: "compare"))
            }
            try makeDirectory(report)
            let folder = URL(fileURLWithPath: report)
            let files = [
                (CompareReport.markdown(summary), folder.appendingPathComponent("report.md").path),
                (CompareReport.html(summary), folder.appendingPathComponent("report.html").path),
            ]
            try output.emit(SimulationReport.render(summary, format: output.format), with: files)
        }
    }
}
