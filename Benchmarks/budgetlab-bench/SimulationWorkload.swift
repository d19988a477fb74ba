import BudgetModel
import Foundation
import Simulation

/// The simulator's benchmark: 36 months × 7 strategies × 100 seeds × 10 channels (issue 5:
/// under 60 s on 2 cores). Call ``SimulationWorkload/report(seeds:)`` from `Bench.run()`.
///
/// The world is a seeded known truth: 10 concave channels (hill, exponential, log, power) on
/// spend scales from 40,000 to 400,000, a 2,000,000 monthly budget, a core group of three
/// channels held at 60–70%, every channel within ±25% of its previous month, yearly
/// seasonality, two drifting channels, log-normal reporting noise (σ = 0.1), a starting plan
/// about 10% short of the best, and an invented "actual" spend for `historical`.
enum SimulationWorkload {
    static func world(channels n: Int = 10, months: Int = 36) throws -> World {
        var list: [Channel] = []
        for i in 0..<n {
            let scale = 40_000 * pow(10, Double(i % 5) / 4)  // 40k … 400k
            let curve: Curve = switch i % 4 {
            case 0: .hill(beta: 3.2 * scale, halfSaturation: scale, shape: 0.7 + 0.1 * Double(i % 3))
            case 1: .exponential(beta: 2.6 * scale, scale: scale)
            case 2: .log(beta: 1.4 * scale, scale: 0.5 * scale)
            default: .power(beta: 2.0 * pow(scale, 0.45), exponent: 0.55)
            }
            list.append(Channel(name: "channel\(i + 1)", groups: i < 3 ? ["core"] : [], current: 0, curve: curve))
        }
        // Starting plan: even within core (65%) and within the rest, which is about 10% short.
        for i in 0..<n { list[i].current = i < 3 ? 1_300_000 / 3 : 700_000 / Double(n - 3) }
        let scenario = Scenario(
            name: "Benchmark world, \(n) channels", currency: "CNY", budget: .total(2_000_000), channels: list,
            groupRules: [GroupRule(group: "core", minShare: 0.6, maxShare: 0.7)], maxChange: 0.25)
        let dynamics = WorldDynamics(
            seasonality: [0.9, 0.85, 0.95, 1, 1, 1.05, 1, 0.95, 1, 1.05, 1.15, 1.3], drift: ["channel2": -0.02, "channel7": 0.02],
            noise: .logNormal(sigma: 0.1))
        let base = try World(scenario: scenario, dynamics: dynamics, months: months)
        // "Actual" spend: the starting plan, wobbling ±15% month to month, scaled to the budget.
        let actual = (0..<months).map { t -> [Double] in
            let raw = base.startingPlan.indices.map { base.startingPlan[$0] * (1 + 0.15 * sin(Double(3 * t + 7 * $0))) }
            let total = raw.reduce(0, +)
            return raw.map { $0 * 2_000_000 / total }
        }
        return try World(
            name: base.name, currency: base.currency, source: .scenario, curves: base.curves, monthLabels: base.monthLabels,
            budgets: base.budgets, multipliers: base.multipliers, baseline: base.baseline, residuals: [], noise: base.noise,
            ruleTemplate: base.ruleTemplate, startingPlan: base.startingPlan, historicalSpend: actual)
    }

    /// The seven strategies the workload was defined with (issue 14's baseline): named, so
    /// that strategies added later do not change what it measures.
    static let strategies: [StrategyKind] = [.historical, .frozen, .ruleOfThumb, .proportional, .optimizer, .explorer, .oracle]

    /// Runs the workload once and prints its wall and CPU time (all threads), the per-strategy
    /// regret and peak memory.
    static func report(seeds: Int = 100, months: Int = 36, channels: Int = 10) {
        do {
            let world = try world(channels: channels, months: months)
            let options = SimulationOptions(strategies: strategies, seeds: seeds)
            let start = Date()
            let startCPU = clock()
            let result = try Simulator(world: world, options: options).run()
            let seconds = Date().timeIntervalSince(start)
            let cpu = Double(clock() - startCPU) / Double(CLOCKS_PER_SEC)
            let summary = SimulationSummary(result)
            print(String(
                format: "simulation: %d months x %d strategies x %d seeds x %d channels  %.1f s  CPU %.1f s  (%.3f s per replicate, %d cores)  peak %.0f MB",
                months, options.strategies.count, seeds, channels, seconds, cpu, seconds / Double(seeds),
                ProcessInfo.processInfo.activeProcessorCount, peakMemoryMB()))
            for strategy in summary.ranking {
                print(String(format: "  %-14@ regret %6.2f%%  violations %d", strategy.name, strategy.regret * 100, strategy.violations))
            }
        } catch {
            print("simulation: failed: \(error)")
        }
    }
}
