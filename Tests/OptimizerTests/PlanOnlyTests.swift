import BudgetModel
import Optimizer
import Testing

/// `explainsRules: false` (the simulator's setting) leaves out the rule results and nothing
/// else: the same plan, objective and bound, bit for bit, on each route a small problem takes.
@Suite struct PlanOnlyTests {
    /// Concave curves with a group share rule and change limits: the cell route.
    static let cells = Scenario(
        name: "cells", budget: .total(1_000_000),
        channels: [
            Channel(name: "a", groups: ["core"], current: 200_000, curve: .hill(beta: 900_000, halfSaturation: 200_000, shape: 1)),
            Channel(name: "b", groups: ["core"], current: 300_000, curve: .hill(beta: 500_000, halfSaturation: 80_000, shape: 1)),
            Channel(name: "c", current: 250_000, curve: .exponential(beta: 400_000, scale: 150_000)),
            Channel(name: "d", current: 250_000, curve: .log(beta: 120_000, scale: 30_000)),
        ],
        groupRules: [GroupRule(group: "core", minShare: 0.6, maxShare: 0.7)], maxChange: 0.25)

    /// The same rules on piecewise-linear curves (a projection's): one exact LP on the full model.
    static var pieces: Scenario {
        var scenario = cells
        for i in scenario.channels.indices {
            let q = [100_000.0, 500_000, 150_000, 250_000][i]
            scenario.channels[i].curve = .points([CurvePoint(x: 0, y: 0), CurvePoint(x: q, y: q)])
        }
        return scenario
    }

    @Test(arguments: [cells, pieces])
    func samePlanWithoutRuleResults(scenario: Scenario) throws {
        var options = OptimizerOptions(tolerance: 1e-4)
        let explained = try Optimizer(options: options).optimize(scenario)
        options.explainsRules = false
        let plain = try Optimizer(options: options).optimize(scenario)
        #expect(!explained.rules.isEmpty)
        #expect(plain.rules.isEmpty)
        #expect(plain.spend == explained.spend)
        #expect(plain.objective == explained.objective)
        #expect(plain.bound == explained.bound)
        #expect(plain.isProven)
        // The plan obeys the rules: core holds 60–70%, each channel within ±25% of current.
        let core = plain.spend[0] + plain.spend[1]
        #expect(core >= 0.6 * 1_000_000 * (1 - 1e-9) && core <= 0.7 * 1_000_000 * (1 + 1e-9))
        for (i, channel) in scenario.channels.enumerated() {
            #expect(abs(plain.spend[i] - channel.current!) <= 0.25 * channel.current! * (1 + 1e-9))
        }
    }
}
