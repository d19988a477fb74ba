import ArgumentParser
import Localization
import BudgetModel
import Fitting
import Foundation
import History
import Recommendation
import Reports

struct Fit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Learn each channel's response curve from historical spend and outcome data.",
        discussion: """
            Aggregate data (one outcome) gets a media-mix fit: baseline, trend, yearly seasonality, controls, and per channel an adstock (geometric, or rising gradually to a peak weeks after the spend only when the data show it) and a hill saturation curve, with an effect that drifts over time only when the data show it (variable projection; 90% posterior intervals; concave curves preferred unless the data show a threshold). Lift tests (experiments: in the dataset file, or --experiments FILE.csv) are evidence on their channel's curve. Controls and channels the data cannot inform are dropped with a note. Data with per-channel outcomes (--attributed) gets one curve per channel. See docs/fitting.md.

            Limits: time grows linearly with the rows. Above 10,000 periods the curves’ shapes and their intervals are fitted on 10,000 of them (10 evenly spaced blocks of 1,000; a note says so), coefficients and fit figures on all periods; 10⁶ daily rows take about a minute (45–60 s of wall clock, 50–65 s of CPU time on 2 cores). Progress goes to standard error (a bar on a terminal; otherwise a line every 10 s after the first 5 s). --draws is at most 2,000.

            Example:
              budgetlab fit Scenarios/data/robyn_weekly.csv --date DATE \\
                --outcome revenue --spend tv_S,ooh_S,print_S,search_S,facebook_S \\
                --control competitor_sales_B,newsletter \\
                --output fitted.yaml --report fit-report
            """)

    @Argument(help: "The history CSV (or give --dataset FILE.yaml).")
    var data: String?

    @OptionGroup var columns: DataOptions

    @Option(name: .shortAndLong, help: "Output format: table, json, csv or markdown.")
    var format: OutputFormat = .table

    @Flag(help: "With --format csv: start with a UTF-8 byte-order mark, so Excel and WPS open Chinese text correctly.")
    var bom = false

    @OptionGroup var locale: LocaleOptions

    @Option(help: "Write a scenario with the fitted monthly curves (last full month's spend as current) to this file.")
    var output: String?

    @Option(help: "Write SVG charts (fit over time, each response curve) into this directory.")
    var report: String?

    @Option(name: [.customLong("draws"), .customLong("bootstrap")],
            help: "Posterior draws behind the ROI intervals (aggregate fits; 0 for none). --bootstrap is the old name.")
    var draws: Int = 100

    @Option(help: "Random seed (the same seed gives the same fit).")
    var seed: UInt64 = 1

    @Option(help: "Aggregate fits: a prior ROI ~ N(0, (TAU·R)²) on every channel, R = the data's total outcome / total spend, so TAU is scale-free (e.g. 5: a channel's ROI is rarely above five times the outcome per unit of all spend). Between 0.5 and 1000. Off by default.")
    var roiPrior: Double?

    @Option(help: "A CSV of lift tests (columns channel,start,end,spend_change,lift,standard_error, and share for geo tests; see docs/fitting.md), used as evidence on their channels' curves; added to the dataset file's experiments.")
    var experiments: String?

    @Flag(help: "Fit data with cells beyond 10⁴ or below 10⁻⁸ times their column's median magnitude instead of stopping.")
    var allowExtremeValues = false

    @Option(help: "Aggregate fits: the carryover each channel may use besides plain geometric decay: weibull (a gradual rise to a peak weeks after the spend) or delayed-geometric (a decay that starts up to 4 periods late). Default: \(MMMOptions().carryoverKernel.rawValue). See docs/fitting.md.")
    var carryover: CarryoverFamily?

    func validate() throws {
        guard (0...2000).contains(draws) else { throw usageError(locale, .usageBootstrap) }
        if let roiPrior, !(roiPrior.isFinite && (0.5...1000).contains(roiPrior)) {
            throw usageError(locale, .usageRoiPrior)
        }
    }

    func run() throws {
        try runReportingFailures(locale) {
            columns.protectInputs([data, experiments])
            let dataset = try columns.load(path: data)
            var options = MMMOptions()
            options.bootstrapSamples = draws
            options.seed = seed
            options.roiPrior = roiPrior
            options.allowExtremeValues = allowExtremeValues
            if let carryover { options.carryoverKernel = carryover }
            options.progress = ProgressBar.fitHandler(label: "fit")
            var tests = try columns.datasetExperiments()
            if let experiments { tests += try ExperimentFile.load(csv: experiments) }
            let fit = try HistoryFit.fit(dataset, options: options, experiments: tests)
            let name = data ?? columns.dataset ?? "data"
            for note in fit.notes + (output == nil ? [] : fit.leftOut) {
                Streams.writeError("budgetlab: note: \(note)\n")
            }
            var files: [(text: String, path: String)] = []
            if let report {
                try makeDirectory(report)
                files += FitReport.charts(fit).map { ($0.svg, "\(report)/\($0.name)") }
            }
            if let output {
                let monthly = dataset.monthly().droppingPartialEnds()
                guard !monthly.months.isEmpty else { throw Failure.invalidInput("\(name): no complete month to take current spend from") }
                let last = monthly.months.count - 1
                let scenario = fit.scenario(
                    name: "Fitted from \(name)", currentMonthlySpend: monthly.spend.map { $0[last] },
                    seenMonthlySpend: monthly.spend.map { ($0.min() ?? 0)...($0.max() ?? 0) })
                guard !scenario.channels.isEmpty else {
                    throw Failure.invalidInput("\(name): no channel has a usable fitted curve, so no scenario is written: " + fit.leftOut.joined(separator: "; "))
                }
                files.append((scenario.yaml(header: [
                    "Fitted by `budgetlab fit` from \(name) (\(fit.method.rawValue) fit, R² \(String(format: "%.3f", fit.r2))).",
                    "Each curve gives the outcome of ONE MONTH's spend on the channel, carryover included.",
                    "current = spend in \(monthly.months[last]), the last complete month; budget = its total.",
                    "draws = the fit's other plausible curves; seen = the lowest and highest complete month's spend.",
                ] + fit.leftOut), output))
            }
            try emit(spreadsheetText(FitReport.render(fit, data: name, format: format), format: format, bom: bom), to: nil, with: files)
        }
    }
}

extension CarryoverFamily: ExpressibleByArgument {}
