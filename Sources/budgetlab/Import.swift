import ArgumentParser
import BudgetModel
import Foundation
import Localization
import ModelImport
import Reports

/// `budgetlab import`: another tool's fitted model → a scenario with monthly curves.
struct ImportModel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn another tool's fitted model (response table, Robyn, Meridian, PyMC-Marketing) into a scenario.",
        discussion: """
            Formats: table (CSV channel,spend,outcome[,draw]), robyn (robyn_write JSON plus the input data CSV, --data), meridian (response curves CSV, --months), pymc (sample_saturation_curve CSV, --channel-scale). Every curve becomes the outcome of one month's spend; see docs/import.md for each mapping and its assumptions.

            Examples:
              budgetlab import table Scenarios/import/response-table.csv \\
                --current douyin=250000,baidu_sem=120000 --output imported.yaml
              budgetlab import robyn Scenarios/import/robyn-model.json \\
                --data Scenarios/import/robyn-data.csv
              budgetlab import meridian \\
                Scenarios/import/meridian-response-curves.csv --months 24
              budgetlab import pymc Scenarios/import/pymc-saturation-curves.csv \\
                --channel-scale tv=10000,search=5000 --current tv=40000,search=25000
            """)

    enum Source: String, ExpressibleByArgument, CaseIterable {
        case table, robyn, meridian, pymc
    }

    @Argument(help: "What the file is: table, robyn, meridian or pymc.")
    var source: Source

    @Argument(help: "The tool's output file.", completion: .file())
    var file: String

    @Option(help: "robyn: the input data CSV the model was fitted on (date column and spend columns).")
    var data: String?

    @Option(help: "meridian: the length in months of the period the curves cover (e.g. 24 for two years of weeks).")
    var months: Double?

    @Option(help: "table, pymc: the period of one row's spend and outcome: day, week or month (table: month; pymc: week).")
    var period: Period?

    @Option(help: "pymc: spend per unit of x, as CHANNEL=SCALE[,CHANNEL=SCALE...] or one SCALE for all channels.")
    var channelScale: AmountList?

    @Option(help: "Today's monthly spend, as CHANNEL=AMOUNT[,CHANNEL=AMOUNT...]; replaces the file's.")
    var current: AmountList?

    @Option(help: "The monthly budget (default: the sum of the channels' current spend).")
    var budget: Double?

    @Option(help: "Keep at most this many curve draws per channel (2 to 5000), evenly spaced.")
    var maxDraws: Int = 200

    @Option(help: "The scenario's name.")
    var name: String?

    @Option(name: .shortAndLong, help: "Write the scenario to this file instead of standard output.")
    var output: String?

    @OptionGroup var locale: LocaleOptions

    func validate() throws {
        switch source {
        case .robyn where data == nil: throw ValidationError("robyn needs --data: Robyn's gamma is relative to the range of the adstocked spend in the data")
        case .meridian where months == nil: throw ValidationError("meridian needs --months: the curves cover the spend of a whole period")
        case .pymc where channelScale == nil: throw ValidationError("pymc needs --channel-scale: x is spend divided by the channel's scale")
        default: break
        }
        if current?.values["*"] != nil { throw ValidationError("--current takes CHANNEL=AMOUNT[,CHANNEL=AMOUNT...]") }
        if let budget, !(budget.isFinite && budget > 0) { throw ValidationError("--budget must be a positive number") }
        guard (2...5000).contains(maxDraws) else { throw ValidationError("--max-draws must be between 2 and 5000 (the scenario format's limits on draws)") }
    }

    func run() throws {
        try runReportingFailures(locale) {
            OutputFiles.protect([file, data])
            let model = try load()
            let scenario = try model.scenario(name: name ?? "Imported: \(model.source)", file: file, current: current?.values ?? [:], budget: budget)
            let notes = model.notes.map(\.text)
            let yaml = scenario.yaml(header: [tr(.importHeader, ["source": source.rawValue, "file": file])] + notes)
            do {
                _ = try Scenario.parse(yaml: yaml, file: file)
            } catch {
                throw Failure.invalidInput("\(file): the imported model is not a valid scenario: \(error)")
            }
            guard let output else {
                try Streams.writeOutput(yaml)
                return
            }
            try OutputFiles.write([(text: yaml, path: output)])
            try Streams.writeOutput(ImportReport.render(scenario, file: file, draws: model.channels.map(\.draws.count), notes: notes, written: [output]))
        }
    }

    private func load() throws -> ImportedModel {
        switch source {
        case .table: return try ResponseTable.load(path: file, period: period ?? .month, maxDraws: maxDraws)
        case .robyn: return try RobynImport.load(json: file, data: data!)
        case .meridian: return try MeridianImport.load(path: file, months: months!)
        case .pymc: return try PyMCImport.load(path: file, channelScale: channelScale!.values, period: period ?? .week, maxDraws: maxDraws)
        }
    }
}

extension Period: ExpressibleByArgument {}

/// `CHANNEL=AMOUNT,CHANNEL=AMOUNT`, or one `AMOUNT` for every channel (key `*`).
struct AmountList: ExpressibleByArgument {
    let values: [String: Double]
    init?(argument: String) {
        if let amount = Double(argument), amount.isFinite, amount > 0 {
            values = ["*": amount]
            return
        }
        var values: [String: Double] = [:]
        for item in argument.split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let amount = Double(parts[1]), amount.isFinite, amount >= 0 else { return nil }
            values[parts[0]] = amount
        }
        guard !values.isEmpty else { return nil }
        self.values = values
    }
}
