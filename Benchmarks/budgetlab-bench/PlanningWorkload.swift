import BudgetModel
import Fitting
import Foundation
import Optimizer
import Planning

/// Annual plans at size (issue 12): time and proven gap of `Planner.plan` on three generated
/// families, each over seeds fixed before any result was seen (1...5). Prints, per family,
/// the median and worst wall and CPU time (CPU: this process, `clock()`), the worst gap, and how
/// many seeds met the target (by wall time).
enum PlanningWorkload {
    struct Family: Sendable {
        let label: String
        let targetSeconds: Double
        let tolerance: Double
        let make: @Sendable (UInt64) -> Scenario
    }

    static let families = [
        Family(label: "50 channels x 12 months", targetSeconds: 1, tolerance: 1e-4) { concave(channels: 50, seed: $0) },
        Family(label: "1,000 line items x 12 months", targetSeconds: 10, tolerance: 1e-4) { lineItems(count: 1_000, seed: $0) },
        Family(label: "20 S-curves x 12 months", targetSeconds: 30, tolerance: 1e-3) { sCurves(count: 20, seed: $0) },
    ]

    static func run(seeds: [UInt64] = [1, 2, 3, 4, 5], only: String? = nil) {
        print("\nannual plans (seeds \(seeds.map(String.init).joined(separator: ",")))")
        print("family                          target s  median s  worst s  median cpu s  worst cpu s  worst gap  within target  method")
        for family in families where only.map({ family.label.hasPrefix($0) }) ?? true {
            var times: [Double] = []
            var cpuTimes: [Double] = []
            var gaps: [Double] = []
            var method = ""
            var failures = 0
            for seed in seeds {
                let scenario = family.make(seed)
                let start = Date()
                let cpu = clock()
                do {
                    let plan = try Planner(options: OptimizerOptions(tolerance: family.tolerance)).plan(scenario)
                    times.append(Date().timeIntervalSince(start))
                    cpuTimes.append(Double(clock() - cpu) / Double(CLOCKS_PER_SEC))
                    gaps.append(plan.gap)
                    method = plan.method.rawValue
                    FileHandle.standardError.write(Data("  \(family.label) seed \(seed): \(String(format: "%.3f", times.last!)) s (cpu \(String(format: "%.3f", cpuTimes.last!)) s), \(plan.iterations) rounds, gap \(String(format: "%.2e", plan.gap))\n".utf8))
                } catch {
                    failures += 1
                    FileHandle.standardError.write(Data("seed \(seed): \(error)\n".utf8))
                }
            }
            let sorted = times.sorted()
            let cpuSorted = cpuTimes.sorted()
            let met = zip(times, gaps).filter { $0 <= family.targetSeconds && $1 <= family.tolerance }.count
            print(
                family.label.padding(toLength: 32, withPad: " ", startingAt: 0),
                String(
                    format: "%8.0f  %8.3f  %7.3f  %12.3f  %11.3f  %9.2e  %6d of %-5d  %@", family.targetSeconds, sorted.isEmpty ? .nan : sorted[sorted.count / 2],
                    sorted.last ?? .nan, cpuSorted.isEmpty ? .nan : cpuSorted[cpuSorted.count / 2], cpuSorted.last ?? .nan, gaps.max() ?? .nan, met, seeds.count, failures > 0 ? "\(method) (\(failures) failed)" : method))
        }
    }

    /// A horizon over `channels`: per-channel seasonality in [0.7, 1.4], two festival months,
    /// carryover on every fifth channel, the year's total with month bounds.
    static func horizon(channels: Int, months: Int, monthly: Double, random: inout SplitMix64) -> Horizon {
        var horizon = Horizon.plain(months: months, channels: channels, budget: HorizonBudget(
            total: .total(monthly * Double(months)), perMonth: .bounds(min: 0.6 * monthly, max: 1.5 * monthly)))
        for i in 0..<channels {
            horizon.seasonality[i] = (0..<months).map { _ in random.nextUniform(in: 0.7...1.4) }
            if i % 5 == 0 { horizon.carryover[i] = Carryover(share: random.nextUniform(in: 0.1...0.5)) }
        }
        let festival = Dictionary(uniqueKeysWithValues: (0..<channels).filter { $0 % 3 == 0 }.map { ($0, 1.5) })
        horizon.events = [HorizonEvent(name: "618", month: 5, multipliers: festival), HorizonEvent(name: "double-11", month: 10, multipliers: festival)]
        return horizon
    }

    /// Concave channels with current spends (core at 65%), core 60-70% each month and ±30%
    /// month to month.
    static func concave(channels count: Int, seed: UInt64) -> Scenario {
        var random = SplitMix64(seed: seed)
        let core = count / 3
        let monthly = 60_000 * Double(count)
        let channels = (0..<count).map { i in
            Channel(
                name: "ch\(i)", groups: i < core ? ["core"] : [],
                current: i < core ? 0.65 * monthly / Double(core) : 0.35 * monthly / Double(count - core),
                curve: .hill(beta: 300_000 * (1 + 3 * random.nextUniform()), halfSaturation: 50_000 * (1 + 3 * random.nextUniform()), shape: 0.6 + 0.4 * random.nextUniform()))
        }
        var scenario = Scenario(
            name: "concave", budget: nil, channels: channels, groupRules: [GroupRule(group: "core", minShare: 0.6, maxShare: 0.7)], maxChange: 0.3)
        scenario.horizon = horizon(channels: count, months: 12, monthly: monthly, random: &random)
        return scenario
    }

    /// Line items (campaigns) with bounds, in core (a third) and test, core 60-70% each month;
    /// no change limits (they would stop alike items from aggregating; see the report).
    static func lineItems(count: Int, seed: UInt64) -> Scenario {
        var random = SplitMix64(seed: seed)
        let channels = (0..<count).map { i in
            Channel(
                name: "item\(i)", groups: i % 3 == 0 ? ["core"] : ["test"], max: 20_000,
                curve: .hill(beta: 20_000 * (1 + 3 * random.nextUniform()), halfSaturation: 4_000 * (1 + 3 * random.nextUniform()), shape: 0.5 + 0.5 * random.nextUniform()))
        }
        var scenario = Scenario(name: "items", budget: nil, channels: channels, groupRules: [GroupRule(group: "core", minShare: 0.6, maxShare: 0.7)])
        var horizon = horizon(channels: count, months: 12, monthly: 5_000 * Double(count), random: &random)
        let season = (0..<12).map { _ in random.nextUniform(in: 0.7...1.4) }
        horizon.seasonality = Array(repeating: season, count: count)
        scenario.horizon = horizon
        return scenario
    }

    /// S-shaped channels (shape 1.5-3): a MILP.
    static func sCurves(count: Int, seed: UInt64) -> Scenario {
        var random = SplitMix64(seed: seed)
        let channels = (0..<count).map { i in
            Channel(
                name: "s\(i)", max: 1000,
                curve: .hill(beta: 100 + 100 * random.nextUniform(), halfSaturation: 40 + 60 * random.nextUniform(), shape: 1.5 + 1.5 * random.nextUniform()))
        }
        var scenario = Scenario(name: "s-curves", budget: nil, channels: channels)
        scenario.horizon = horizon(channels: count, months: 12, monthly: 100 * Double(count), random: &random)
        return scenario
    }
}
