import BudgetModel
@testable import Optimizer
import Testing

/// A sweep reuses the line-item cells between levels; each level must still be exactly the
/// plan an independent solve at that budget finds.
@Suite struct SweepReuseTests {
    @Test func levelsEqualIndependentSolves() throws {
        let channels: [Channel] = (0..<9).map { (i: Int) -> Channel in
            let x = Double(i)
            let curve = Curve.hill(beta: 300_000 + 40_000 * x, halfSaturation: 60_000 + 9_000 * x, shape: 0.6 + 0.04 * x)
            return Channel(name: "c\(i)", groups: i % 3 == 0 ? ["core"] : [], max: 400_000, curve: curve)
        }
        let scenario = Scenario(
            name: "sweep", budget: .total(900_000), channels: channels, groupRules: [GroupRule(group: "core", minShare: 0.4, maxShare: 0.6)])
        let points = Optimizer().sweep(scenario, from: 450_000, to: 1_800_000, steps: 7)
        #expect(points.count == 7)
        for point in points {
            var level = scenario
            level.budget = Budget.total(point.budget)
            let alone = try Optimizer().optimize(level)
            let swept = try #require(point.result)
            #expect(swept.spend == alone.spend)
            #expect(swept.objective == alone.objective && swept.bound == alone.bound)
        }
    }
}
