import Foundation
import Testing
import BudgetModel
@testable import Simulation

@Suite struct Scratch {
    @Test func scratch() throws {
        guard let path = ProcessInfo.processInfo.environment["SIM_WORLD"] else { return }
        let file = try WorldFile.load(path: path)
        var dynamics = file.dynamics
        if let d = ProcessInfo.processInfo.environment["SIM_DRIFT"] {
            dynamics.drift = [:]
            for item in d.split(separator: ",") { let p = item.split(separator: "="); dynamics.drift[String(p[0])] = Double(p[1])! }
        }
        let months = Int(ProcessInfo.processInfo.environment["SIM_MONTHS"] ?? "") ?? file.months ?? 12
        let world = try World(scenario: file.scenario, dynamics: dynamics, months: months)
        let result = try Simulator(world: world, options: SimulationOptions(strategies: [.optimizer, .oracle], seeds: 1, learner: .saturation)).run()
        let run = result.replicates[0].runs[0]
        let learner = SaturationLearner()
        for t in 0..<months {
            let truth = world.trueCurves(month: t)
            var line = "t=\(t) "
            for i in world.channels.indices {
                let x = run.spend[t][i]
                let o = result.oracle.spend[t][i]
                var est = ""
                if t >= 3 {
                    let s = run.spend[0..<t].map { $0[i] }, y = run.outcome[0..<t].map { $0[i] }
                    if let b = learner.learn(spend: s, outcome: y) {
                        est = String(format: " m̂%.2f", b.curve.marginal(x))
                    }
                }
                line += String(format: "| %@ %4.0f/%4.0f m%.2f%@ ", world.channels[i].prefix(4) as CVarArg, x / 1000, o / 1000, truth[i].marginal(x), est)
            }
            print(line)
        }
    }
}
