import BudgetModel
import Fitting
import Foundation
import History
import Testing
@testable import Simulation

/// Worlds fitted to a history: synthetic data with a known truth, and the Robyn example.
@Suite struct HistoryWorldTests {
    /// Weekly synthetic media-mix data (3 channels, two years) as a Dataset.
    static func syntheticDataset() -> (Dataset, SyntheticMMM) {
        let truth = SyntheticMMM(channelCount: 3, periods: 104, noise: 0.03, seed: 4)
        let first = Day(parsing: "2021-01-04")!
        return (Dataset(
            frequency: .weekly, periods: (0..<104).map { first.advanced(by: 7 * $0) }, channels: truth.channels.map(\.name),
            spend: truth.channels.map(\.spend), outcome: truth.outcome), truth)
    }

    static let quickFit = MMMOptions(holdoutPeriods: 0, bootstrapSamples: 0, maxEvaluations: 800)

    @Test func fittedWorldReplaysTheActualMonths() throws {
        let (dataset, _) = Self.syntheticDataset()
        let (world, fit) = try World.fitted(
            to: dataset, name: "synthetic", options: HistoryWorldOptions(months: 12, maxChange: 0.5, fit: Self.quickFit))
        let monthly = dataset.monthly().droppingPartialEnds()
        // 2021-01-04 starts mid-January: the partial first month is dropped.
        #expect(world.months == 12 && world.monthLabels.first == "2021-02")
        for t in 0..<12 {
            let actual = dataset.channels.indices.map { monthly.spend[$0][t] }
            #expect(world.historicalSpend?[t] == actual)
            #expect(abs(world.budgets[t] - actual.reduce(0, +)) < 1e-6)
        }
        #expect(world.startingPlan == world.historicalSpend?[0])
        #expect(world.curves == fit.channels.map(\.monthlyCurve))
        // The baseline of a month is the fit's non-media part summed over the month's days.
        let base = zip(fit.decomposition.base, zip(fit.decomposition.seasonality, fit.decomposition.controls)).map { $0 + $1.0 + $1.1 }
        #expect(abs(world.baseline[0] - World.monthlySums(base, like: dataset)[0]) < 1e-6)
        #expect(world.residuals.count == monthly.months.count)

        let result = try Simulator(world: world, options: SimulationOptions(strategies: [.historical, .frozen, .optimizer, .oracle], seeds: 2)).run()
        let historical = result.runs(.historical)
        #expect(historical.allSatisfy { $0.spend == world.historicalSpend })
        // Totals: baseline + reported media outcome + the month's residual draw.
        let run = historical[0]
        let draws = NoiseDraws(world: world, seed: result.replicates[0].seed)
        for t in 0..<12 {
            #expect(abs(run.total[t] - (world.baseline[t] + run.outcome[t].reduce(0, +) + draws.residual[t])) < 1e-6 * abs(run.total[t]))
            #expect(world.residuals.contains(draws.residual[t]))
        }
        let summary = SimulationSummary(result)
        #expect(summary.ranking.first?.name == "oracle")
        #expect(summary.strategies.filter { $0.name != "historical" }.allSatisfy { $0.violations == 0 })
    }

    @Test func rulesScenarioMustNameTheHistorysChannels() throws {
        let (dataset, _) = Self.syntheticDataset()
        let rules = try Scenario.parse(yaml: """
            name: rules
            budget: { total: 1 }
            channels:
              - { name: channel1, current: 1, curve: { type: linear, roi: 1 } }
              - { name: tv, current: 1, curve: { type: linear, roi: 1 } }
            """)
        #expect(throws: SimulationError.self) {
            try World.fitted(to: dataset, name: "s", options: HistoryWorldOptions(rules: rules, fit: Self.quickFit))
        }
        #expect(throws: SimulationError.self) {
            try World.fitted(to: dataset, name: "s", options: HistoryWorldOptions(months: 99, fit: Self.quickFit))
        }
    }

    static let robyn = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/data/robyn/dt_simulated_weekly.csv").standardizedFileURL.path

    /// The Robyn example (208 weeks, 5 channels): a world of 47 full months, the actual
    /// monthly spend as budgets, and every strategy but `historical` within the rules.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: robyn), "shared/data/robyn is not beside the repository"))
    func robynHistory() throws {
        let mapping = ColumnMapping.wide(
            date: "DATE", outcome: "revenue", spend: ["tv_S", "ooh_S", "print_S", "search_S", "facebook_S"],
            controls: ["competitor_sales_B", "newsletter"])
        let dataset = try Dataset.load(path: Self.robyn, mapping: mapping)
        let (world, fit) = try World.fitted(to: dataset, name: "Robyn", options: HistoryWorldOptions(months: 12, maxChange: 0.3))
        #expect(fit.r2 > 0.8)
        #expect(world.monthLabels.first == "2015-12" && world.months == 12)
        let result = try Simulator(world: world, options: SimulationOptions(strategies: [.historical, .frozen, .proportional, .optimizer, .oracle], seeds: 2)).run()
        let summary = SimulationSummary(result)
        #expect(summary.ranking.first?.name == "oracle")
        #expect(summary.strategies.filter { $0.name != "historical" }.allSatisfy { $0.violations == 0 })
        // The actual plans swing far more than ±30% a month (TV runs in flights).
        #expect(summary.strategies.first { $0.name == "historical" }!.violations > 0)
    }
}
