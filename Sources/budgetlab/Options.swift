import ArgumentParser
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
}

extension OutputFormat: ExpressibleByArgument {}
