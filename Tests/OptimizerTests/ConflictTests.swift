import BudgetModel
import Optimizer
import Testing

/// Valid scenarios with no feasible plan: the optimiser names a smallest conflicting set.
@Suite struct ConflictTests {
    private func conflict(_ scenario: Scenario) -> [String] {
        do {
            _ = try Optimizer().optimize(scenario)
            return ["<solved>"]
        } catch let OptimizerError.infeasible(conflict) {
            return conflict
        } catch {
            return ["<\(error)>"]
        }
    }

    private let curve = Curve.hill(beta: 1000, halfSaturation: 500, shape: 1)

    @Test func minimumsAboveBudget() {
        let scenario = Scenario(
            name: "mins", budget: .total(1000),
            channels: [Channel(name: "a", min: 600, curve: curve), Channel(name: "b", min: 500, curve: curve), Channel(name: "c", curve: curve)])
        #expect(conflict(scenario) == ["budget (total = 1000)", "a min (≥ 600)", "b min (≥ 500)"])
    }

    @Test func groupShareOutOfReach() {
        let scenario = Scenario(
            name: "share", budget: .total(1000),
            channels: [
                Channel(name: "a", groups: ["core"], max: 300, curve: curve),
                Channel(name: "b", groups: ["core"], max: 200, curve: curve),
                Channel(name: "c", curve: curve),
            ],
            groupRules: [GroupRule(group: "core", minShare: 0.6)])
        #expect(conflict(scenario) == ["budget (total = 1000)", "a max (≤ 300)", "b max (≤ 200)", "group core min_share (≥ 0.6)"])
    }

    @Test func changeLimitsCannotMeetBudget() {
        let scenario = Scenario(
            name: "change", budget: .total(2000),
            channels: [Channel(name: "a", current: 500, curve: curve), Channel(name: "b", current: 500, curve: curve)],
            maxChange: 0.2)
        #expect(conflict(scenario) == ["budget (total = 2000)", "a max_change up (±20% of current 500)", "b max_change up (±20% of current 500)"])
    }

    @Test func targetOutOfReach() {
        // Two hills saturating at 1000 each cannot reach 2500 whatever is spent.
        let scenario = Scenario(
            name: "target", budget: nil, objective: .minimizeSpend(targetOutcome: 2500),
            channels: [Channel(name: "a", max: 1e6, curve: curve), Channel(name: "b", max: 1e6, curve: curve)])
        #expect(conflict(scenario) == ["target_outcome (≥ 2500)"])
    }

    /// b must be 0 (then a + c ≤ 25 < 60) or at least 90 (above the budget of 60).
    @Test func minimumCommitmentCannotFit() {
        let scenario = Scenario(
            name: "minbuy", budget: .total(60),
            channels: [
                Channel(name: "a", max: 20, curve: curve),
                Channel(name: "b", max: 100, minBuy: 90, curve: curve),
                Channel(name: "c", max: 5, curve: curve),
            ])
        #expect(conflict(scenario) == ["budget (total = 60)", "a max (≤ 20)", "b min_buy (0 or ≥ 90)", "c max (≤ 5)"])
    }
}
