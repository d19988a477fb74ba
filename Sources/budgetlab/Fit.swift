import ArgumentParser
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
            Aggregate data (one outcome) gets a media-mix fit: baseline, trend, yearly seasonality, controls, and per channel a geometric adstock and a hill saturation curve (variable projection; bootstrap 90% intervals). Data with per-channel outcomes (--attributed) gets one curve per channel. See docs/fitting.md.

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

    @Option(help: "Write a scenario with the fitted monthly curves (last full month's spend as current) to this file.")
    var output: String?

    @Option(help: "Write SVG charts (fit over time, each response curve) into this directory.")
    var report: String?

    @Option(help: "Bootstrap refits behind the ROI intervals (aggregate fits).")
    var bootstrap: Int = 100

    @Option(help: "Random seed (the same seed gives the same fit).")
    var seed: UInt64 = 1

    @Option(help: "Aggregate fits: a prior ROI ~ N(0, TAU²) on every channel (e.g. 5), so a channel keeps a large ROI only where the data insist (as Meridian's ROI priors do). Off by default.")
    var roiPrior: Double?

    func validate() throws {
        guard (0...2000).contains(bootstrap) else { throw ValidationError("--bootstrap must be between 0 and 2000") }
        if let roiPrior, !(roiPrior.isFinite && roiPrior > 0) { throw ValidationError("--roi-prior must be a positive number") }
    }

    func run() throws {
        try runReportingFailures {
            columns.protectInputs([data])
            let dataset = try columns.load(path: data)
            var options = MMMOptions()
            options.bootstrapSamples = bootstrap
            options.seed = seed
            options.roiPrior = roiPrior
            let fit = try HistoryFit.fit(dataset, options: options)
            let name = data ?? columns.dataset ?? "data"
            var files: [(text: String, path: String)] = []
            if let report {
                try makeDirectory(report)
                files += FitReport.charts(fit).map { ($0.svg, "\(report)/\($0.name)") }
            }
            if let output {
                let monthly = dataset.monthly().droppingPartialEnds()
                guard !monthly.months.isEmpty else { throw Failure.invalidInput("\(name): no complete month to take current spend from") }
                let last = monthly.months.count - 1
                let scenario = fit.scenario(name: "Fitted from \(name)", currentMonthlySpend: monthly.spend.map { $0[last] })
                files.append((scenario.yaml(header: [
                    "Fitted by `budgetlab fit` from \(name) (\(fit.method.rawValue) fit, R² \(String(format: "%.3f", fit.r2))).",
                    "Each curve gives the outcome of ONE MONTH's spend on the channel, carryover included.",
                    "current = spend in \(monthly.months[last]), the last complete month; budget = its total.",
                ]), output))
            }
            try emit(FitReport.render(fit, data: name, format: format), to: nil, with: files)
        }
    }
}
