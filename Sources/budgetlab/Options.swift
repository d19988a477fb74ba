import ArgumentParser
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
