import ArgumentParser
import BudgetModel
import Foundation
import Optimizer
import Reports
import Yams

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Judge a given plan: its outcome and ROI, the rules it breaks, and how far it is from the optimum.",
        discussion: """
            --plan current uses each channel's `current` spend. A plan file is YAML or JSON: either a mapping `channel: spend`, or an object with a `channels` list of {name, spend} (such as the JSON that `optimize --format json` writes).
            """)

    @OptionGroup var scenario: ScenarioArgument
    @OptionGroup var output: OutputOptions

    @Option(help: "'current', or a plan file.")
    var plan: String = "current"

    func run() throws {
        try runReportingFailures {
            OutputFiles.protect([self.scenario.file, plan])
            let scenario = try Scenario.load(path: self.scenario.file)
            let spend = try plan == "current" ? currentPlan(scenario) : PlanFile.read(plan, for: scenario)
            let evaluation = PlanEvaluation(scenario: scenario, spend: spend)
            try emit(EvaluationReport.render(evaluation, planName: plan, format: output.format), to: output.output)
        }
    }

    private func currentPlan(_ scenario: Scenario) throws -> [Double] {
        try scenario.channels.map { channel in
            guard let current = channel.current else {
                throw Failure.invalidInput("\(self.scenario.file): channel '\(channel.name)' has no 'current' spend to evaluate")
            }
            return current
        }
    }
}

/// Reads a plan (spend per channel) from YAML or JSON.
enum PlanFile {
    static func read(_ path: String, for scenario: Scenario) throws -> [Double] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw Failure.invalidInput("\(path): cannot read the plan file")
        }
        let document: Any?
        do { document = try Yams.load(yaml: text) } catch {
            throw Failure.invalidInput("\(path): not valid YAML or JSON: \(error)")
        }
        var amounts: [String: Double] = [:]
        if let object = document as? [String: Any], let channels = object["channels"] as? [[String: Any]] {
            for (index, entry) in channels.enumerated() {
                guard let name = entry["name"] as? String, let spend = number(entry["spend"]) else {
                    throw Failure.invalidInput("\(path): channels[\(index)] needs a name and a numeric spend")
                }
                amounts[name] = spend
            }
        } else if let object = document as? [String: Any] {
            for (name, value) in object {
                guard let spend = number(value) else { throw Failure.invalidInput("\(path): \(name): expected a number") }
                amounts[name] = spend
            }
        } else {
            throw Failure.invalidInput("\(path): expected a mapping of channel to spend")
        }
        for name in amounts.keys.sorted() where scenario.channelIndex(name) == nil {
            throw Failure.invalidInput("\(path): \(name): unknown channel")
        }
        return try scenario.channels.map { channel in
            guard let spend = amounts[channel.name] else {
                throw Failure.invalidInput("\(path): no spend given for channel '\(channel.name)'")
            }
            guard spend.isFinite, spend >= 0 else {
                throw Failure.invalidInput("\(path): \(channel.name): spend must be a non-negative number")
            }
            return spend
        }
    }

    private static func number(_ value: Any?) -> Double? {
        switch value {
        case let value as Double: value
        case let value as Int: Double(value)
        default: nil
        }
    }
}
