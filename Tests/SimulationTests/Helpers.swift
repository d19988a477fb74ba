import BudgetModel
import Foundation
import Testing
@testable import Simulation

/// The repository's Scenarios/ folder (`../../Scenarios` from this file's folder).
let scenariosFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Scenarios").standardizedFileURL

/// A world file from Scenarios/, simulated for `months` months (default: the file's).
func exampleWorld(_ name: String, months: Int? = nil) throws -> World {
    let file = try WorldFile.load(path: scenariosFolder.appendingPathComponent(name).path)
    return try World(scenario: file.scenario, dynamics: file.dynamics, months: months ?? file.months ?? 12)
}

/// A small world from YAML text, with optional dynamics.
func world(_ yaml: String, months: Int, dynamics: WorldDynamics = WorldDynamics()) throws -> World {
    try World(scenario: Scenario.parse(yaml: yaml), dynamics: dynamics, months: months)
}

/// Runs a simulation.
func simulate(_ world: World, _ strategies: [StrategyKind], seeds: Int = 2, seed: UInt64 = 1) throws -> SimulationResult {
    try Simulator(world: world, options: SimulationOptions(strategies: strategies, seeds: seeds, seed: seed)).run()
}

extension SimulationResult {
    /// The runs of one strategy, in replicate order.
    func runs(_ kind: StrategyKind) -> [StrategyRun] {
        let k = options.strategies.firstIndex(of: kind)!
        return replicates.map { $0.runs[k] }
    }

    /// The mean expected total outcome of one strategy over replicates.
    func meanExpected(_ kind: StrategyKind) -> Double {
        let runs = runs(kind)
        return runs.reduce(0) { $0 + $1.expectedOutcome } / Double(runs.count)
    }
}

/// Two channels with linear curves (ROI 2 and 1), 100 a month, no other rule: the oracle puts
/// everything in `a`; the starting plan splits evenly.
let linearPair = """
    name: linear pair
    budget: { total: 100 }
    channels:
      - { name: a, current: 50, curve: { type: linear, roi: 2 } }
      - { name: b, current: 50, curve: { type: linear, roi: 1 } }
    """
