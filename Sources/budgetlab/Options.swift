import ArgumentParser
import BudgetModel
import Foundation
import Localization
import Reports

/// The scenario file every subcommand reads.
struct ScenarioArgument: ParsableArguments {
    @Argument(help: "The scenario file (YAML or JSON).", completion: .file(extensions: ["yaml", "yml", "json"]))
    var file: String
}

/// Where and how results are written.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output format: table, json, csv or markdown.")
    var format: OutputFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (written whole or not at all).")
    var output: String?

    @Flag(help: "With --format csv: start with a UTF-8 byte-order mark, so Excel and WPS open Chinese text correctly.")
    var bom = false

    @OptionGroup var locale: LocaleOptions

    /// Writes a report to the output file or standard output, with the byte-order mark when asked.
    func emit(_ text: String) throws {
        try budgetlab.emit(spreadsheetText(text, format: format, bom: bom), to: output)
    }

    /// Writes `files` and the result together, all or none (see ``OutputFiles``).
    func emit(_ text: String, with files: [(text: String, path: String)]) throws {
        try budgetlab.emit(spreadsheetText(text, format: format, bom: bom), to: output, with: files)
    }
}

/// The language and units of what people read.
struct LocaleOptions: ParsableArguments {
    @Option(help: "Language of reports and messages: en or zh (default: zh when LC_ALL, LC_MESSAGES or LANG says zh, else en). JSON keys stay English.")
    var lang: Language?

    @Option(help: "How amounts are shown to people: plain (1,234,568) or wan (123.46万, 1.2亿). Machine-readable output (JSON, CSV values) is unchanged.")
    var units: AmountUnits = .plain

    /// The locale in force for this run.
    var locale: OutputLocale {
        OutputLocale(language: lang ?? Language.from(environment: ProcessInfo.processInfo.environment), units: units)
    }
}

/// A usage error (exit 64) worded in `locale`'s language: `validate()` runs before the
/// command's locale is in force, so it names the language itself.
func usageError(_ locale: LocaleOptions, _ message: Message, _ arguments: [String: String] = [:]) -> ValidationError {
    ValidationError(tr(message, arguments, in: locale.locale.language))
}

/// CSV for spreadsheets: with `bom`, the text gets a UTF-8 byte-order mark (U+FEFF) in front,
/// which is how Excel and WPS recognise UTF-8 (without it, Excel on Windows reads the file in
/// the system code page and Chinese turns into mojibake). Other formats are returned as they are.
func spreadsheetText(_ text: String, format: OutputFormat, bom: Bool) -> String {
    bom && format == .csv ? "\u{FEFF}" + text : text
}

extension OutputFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension AmountUnits: ExpressibleByArgument {}

/// `--risk`: how the objective weighs the curves' draws, overriding the scenario's `objective.risk`.
struct RiskOption: ParsableArguments {
    @Option(help: "Optimise over the curves' draws: mean, cvar:ALPHA (mean of the worst ALPHA share, e.g. cvar:0.1) or chance:P (beat the current plan with probability about P, e.g. chance:0.8). Overrides objective.risk; needs draws.")
    var risk: String?

    func validate() throws {
        if let risk, Risk(argument: risk) == nil {
            throw ValidationError("--risk must be mean, cvar:ALPHA with 0 < ALPHA ≤ 1, or chance:P with 0 < P < 1 (found '\(risk)')")
        }
    }

    /// The scenario with `--risk` applied, checked as the file's `objective.risk` would be.
    func apply(to scenario: Scenario, file: String) throws -> Scenario {
        guard let risk, let parsed = Risk(argument: risk) else { return scenario }
        var changed = scenario
        changed.risk = parsed
        try changed.checkRisk(file: file)
        return changed
    }
}

/// Whether plans stay within the range of monthly spend the data has seen (`seen:`).
struct EvidenceOptions: ParsableArguments {
    @Flag(help: "Let channels leave the range of monthly spend the history has seen (by default they stay within it, widened by --evidence-margin).")
    var extrapolate = false

    @Option(help: "How far past the range of spend the history has seen a plan may go, as a fraction (default 0.2 = 20%).")
    var evidenceMargin: Double = Scenario.defaultEvidenceMargin

    func validate() throws {
        guard evidenceMargin.isFinite, evidenceMargin >= 0, evidenceMargin <= 100 else {
            throw ValidationError("--evidence-margin must be a fraction between 0 and 100")
        }
    }

    /// The margin in force, or `nil` with `--extrapolate`.
    var margin: Double? { extrapolate ? nil : evidenceMargin }
}
