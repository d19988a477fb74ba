import ArgumentParser
import BudgetModel
import Fitting
import Foundation
import Optimizer

/// Benchmarks of the optimiser: time (median of repeats) and proven optimality gap.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budgetlab-bench",
        abstract: "Time the optimiser on standard workloads and peer problem files.")

    @Option(help: "Workloads: all, or a comma list of small,milp,sweep,scurves,items1k,items10k,items100k,whole,fit,simulation,plan,fit-truth,decision (all is every one before plan: plan prints its own table, fit-truth and decision take minutes).")
    var workloads: String = "all"

    @Option(help: "fit-truth: seeds per recipe (first-seed … first-seed + N − 1).")
    var seeds: Int = 20

    @Option(help: "fit-truth: the first seed (1 for the development set, 21 for the held-out set).")
    var firstSeed: Int = 1

    @Option(help: "Solve peer problem files (JSON, as in the problems/ folder that Benchmarks/compare_peer.py --peer-dir reads) instead; prints JSON lines.")
    var peer: [String] = []

    @Option(help: "Repeats per workload (the median is reported).")
    var repeats: Int = 5

    @Option(help: "Take the aggregated (cell) path from this many channels (default: 200 concave, 100 S-shaped).")
    var aggregationThreshold: Int?

    func run() throws {
        if !peer.isEmpty {
            for path in peer { try solvePeer(path) }
            return
        }
        let chosen = workloads == "all" ? ["small", "milp", "sweep", "scurves", "items1k", "items10k", "items100k", "whole", "fit", "simulation"] : workloads.split(separator: ",").map(String.init)
        print("workload                          items   median s   gap        rounds  memory MB")
        for name in chosen {
            switch name {
            case "small":
                for n in [5, 20, 50] { report("\(n) channels, concave, core 60-70%", LineItems.smallScenario(count: n, seed: 7), repeats) }
            case "milp":
                report("20 channels, S-curves", LineItems.sCurveScenario(count: 20, seed: 11), repeats)
                report("20 S-curves, core 30-50%", LineItems.sCurveScenario(count: 20, seed: 11, group: true), repeats)
                var exact = OptimizerOptions()
                exact.allowAggregation = false
                report("20 S-curves, core 30-50%, MILP", LineItems.sCurveScenario(count: 20, seed: 11, group: true), repeats, options: exact)
            case "sweep": sweep(repeats)
            case "scurves":
                report("2,000 S-curves, core 30-50%", LineItems.sCurveScenario(count: 2_000, seed: 12, group: true), min(repeats, 3))
                report("10,000 S-curves, core 30-50%", LineItems.sCurveScenario(count: 10_000, seed: 13, group: true), min(repeats, 3))
            case "whole": WholeProcessWorkload.report(repeats: min(repeats, 3))
            case "items1k": report("1,000 line items", LineItems.scenario(count: 1_000, seed: 1), repeats)
            case "items10k": report("10,000 line items", LineItems.scenario(count: 10_000, seed: 2), repeats)
            case "items100k": report("100,000 line items", LineItems.scenario(count: 100_000, seed: 3), max(1, min(repeats, 3)))
            case "fit": FitWorkload.run(repeats: min(repeats, 3))
            case "simulation": SimulationWorkload.report()
            case "decision": DecisionWorkload.run()
            case "fit-truth":
                let recipes = ProcessInfo.processInfo.environment["FIT_TRUTH_RECIPES"].map { $0.split(separator: ",").compactMap { KnownTruth.Recipe(rawValue: String($0)) } }
                var options = MMMOptions()
                if let penalty = ProcessInfo.processInfo.environment["FIT_TRUTH_SHAPE_PENALTY"].flatMap(Double.init) { options.shapePenalty = penalty }
                if let penalty = ProcessInfo.processInfo.environment["FIT_TRUTH_DELAY_PENALTY"].flatMap(Double.init) { options.delayPenalty = penalty }
                if let kernel = ProcessInfo.processInfo.environment["FIT_TRUTH_KERNEL"].flatMap(CarryoverFamily.init) { options.carryoverKernel = kernel }
                if let penalty = ProcessInfo.processInfo.environment["FIT_TRUTH_WEIBULL_PENALTY"].flatMap(Double.init) { options.weibullPenalty = penalty }
                if let below = ProcessInfo.processInfo.environment["FIT_TRUTH_SHAPE_BELOW_ONE"].flatMap(Double.init) { options.shapePenaltyBelowOne = below }
                if let width = ProcessInfo.processInfo.environment["FIT_TRUTH_KAPPA_SD"].flatMap(Double.init) { options.saturationPriorWidth = width }
                if let evidence = ProcessInfo.processInfo.environment["FIT_TRUTH_DRIFT_EVIDENCE"].flatMap(Double.init) { options.driftEvidence = evidence }
                if let pooling = ProcessInfo.processInfo.environment["FIT_TRUTH_SHAPE_POOLING"] { options.shapePooling = Double(pooling) }
                if let pooling = ProcessInfo.processInfo.environment["FIT_TRUTH_ALWAYS_ON_POOLING"] { options.alwaysOnShapePooling = Double(pooling) }
                if let pooling = ProcessInfo.processInfo.environment["FIT_TRUTH_CONCAVITY_POOLING"] { options.concavityPooling = Double(pooling) }
                if let point = ProcessInfo.processInfo.environment["FIT_TRUTH_POINT"].flatMap(PointEstimate.init) { options.pointEstimate = point }
                if let budget = ProcessInfo.processInfo.environment["FIT_TRUTH_EVALUATIONS"].flatMap(Int.init) { options.maxEvaluations = budget }
                if let draws = ProcessInfo.processInfo.environment["FIT_TRUTH_DRAWS"].flatMap(Int.init) {
                    options.bootstrapSamples = draws
                    options.bootstrapEvaluations = 100 * draws
                }
                FitTruthWorkload.run(seeds: UInt64(max(firstSeed, 0))...UInt64(max(firstSeed + seeds - 1, firstSeed, 0)), recipes: recipes ?? KnownTruth.Recipe.allCases, options: options)
            case "plan": PlanningWorkload.run()
            case "plan50": PlanningWorkload.run(seeds: [1], only: "50")
            default: throw ValidationError("unknown workload \(name)")
            }
        }
    }

    private func report(_ label: String, _ scenario: Scenario, _ repeats: Int, options given: OptimizerOptions? = nil) {
        var times: [Double] = []
        var last: OptimizationResult?
        var options = given ?? OptimizerOptions()
        if given == nil { options.aggregationThreshold = aggregationThreshold }
        for _ in 0..<repeats {
            let start = Date()
            last = try? Optimizer(options: options).optimize(scenario)
            times.append(Date().timeIntervalSince(start))
        }
        let median = times.sorted()[times.count / 2]
        let gap = last.map { String(format: "%.2e", $0.gap) } ?? "failed"
        print(label.padding(toLength: 32, withPad: " ", startingAt: 0),
              String(format: "%7d  %9.4f   %-9@  %6d  %9.0f", scenario.channels.count, median, gap, last?.iterations ?? 0, peakMemoryMB()))
    }

    /// A 100-level budget sweep of the 20-channel problem (half to twice its budget).
    private func sweep(_ repeats: Int) {
        let scenario = LineItems.smallScenario(count: 20, seed: 7)
        let budget = scenario.budget!.amount
        var times: [Double] = []
        var cpu: [Double] = []
        var points: [SweepPoint] = []
        for _ in 0..<max(1, min(repeats, 5)) {
            let start = Date()
            let startCPU = cpuSeconds()
            points = Optimizer().sweep(scenario, from: budget / 2, to: budget * 2, steps: 100)
            times.append(Date().timeIntervalSince(start))
            cpu.append(cpuSeconds() - startCPU)
        }
        let worst = points.compactMap { $0.result?.gap }.max() ?? .infinity
        print("100-level sweep, 20 channels".padding(toLength: 32, withPad: " ", startingAt: 0),
              String(format: "%7d  %9.4f   %-9@  %6d  %9.0f   (CPU %.4f s)", 20, times.sorted()[times.count / 2], String(format: "%.2e", worst), points.count, peakMemoryMB(), cpu.sorted()[cpu.count / 2]))
    }

    private func solvePeer(_ path: String) throws {
        let problem = try PeerProblem.load(path)
        var times: [Double] = []
        var result: OptimizationResult?
        for _ in 0..<repeats {
            let start = Date()
            result = try Optimizer().optimize(problem.scenario)
            times.append(Date().timeIntervalSince(start))
        }
        let median = times.sorted()[times.count / 2]
        let object: [String: Any] = [
            "problem": problem.name, "channels": problem.channels.count, "objective": result?.totalOutcome ?? 0,
            "bound": result?.bound ?? 0, "gap": result?.gap ?? 1, "seconds": median, "method": result?.method.rawValue ?? "",
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }
}

/// Peak resident memory of this process so far (VmHWM), in MB.
/// User plus system CPU seconds of this process so far (all threads).
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) * 1e-6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

func peakMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return 0 }
    let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    return kilobytes / 1024
}

extension LineItems {
    /// Small realistic problems: `count` concave channels, the first third "core" at 60–70%.
    static func smallScenario(count: Int, seed: UInt64) -> Scenario {
        var random = SplitMix64(seed: seed)
        let channels = (0..<count).map { i in
            Channel(
                name: "ch\(i)", groups: i < count / 3 ? ["core"] : [], max: 400_000,
                curve: .hill(beta: 300_000 * (1 + 3 * random.nextUniform()), halfSaturation: 50_000 * (1 + 3 * random.nextUniform()), shape: 0.6 + 0.4 * random.nextUniform()))
        }
        return Scenario(
            name: "small", budget: .total(60_000 * Double(count)), channels: channels,
            groupRules: [GroupRule(group: "core", minShare: 0.6, maxShare: 0.7)])
    }

    /// `count` S-shaped channels (shape 1.5–3) under a budget; with `group`, every third
    /// channel is "core", held to 30–50% of spend.
    static func sCurveScenario(count: Int, seed: UInt64, group: Bool = false) -> Scenario {
        var random = SplitMix64(seed: seed)
        let channels = (0..<count).map { i in
            Channel(
                name: "s\(i)", groups: group && i % 3 == 0 ? ["core"] : [], max: 1000,
                curve: .hill(beta: 100 + 100 * random.nextUniform(), halfSaturation: 40 + 60 * random.nextUniform(), shape: 1.5 + 1.5 * random.nextUniform()))
        }
        return Scenario(
            name: "s-curves", budget: .total(100 * Double(count)), channels: channels,
            groupRules: group ? [GroupRule(group: "core", minShare: 0.3, maxShare: 0.5)] : [])
    }
}

Bench.main()
