import BudgetModel
import Testing
@testable import Simulation

/// The repair of proposals that break a rule: the feasible plan at the least total absolute
/// change, worked out by hand.
@Suite struct ProjectorTests {
    /// Previous plan 50/50, changes limited to ±20%: each channel must stay in [40, 60]. The
    /// proposal 90/10 is closest (in Σ|Δ|) to 60/40, at distance 30 + 30 = 60.
    @Test func changeLimitsClampTheProposal() throws {
        let world = try world(linearPair + "\nconstraints: { max_change: 0.2 }\n", months: 1)
        let rules = world.rules(month: 0, previous: [50, 50])
        let (plan, repaired) = try PlanProjector().feasible([90, 10], rules: rules)
        #expect(repaired)
        #expect(abs(plan[0] - 60) < 1e-6 && abs(plan[1] - 40) < 1e-6)
    }

    /// Core (a) must hold ≥ 60%: from 50/30/20 the closest plans move 10 into a from b and c in
    /// any split, so a = 60 and the distance is 20.
    @Test func groupShareMovesTheLeastMoney() throws {
        let scenario = try Scenario.parse(yaml: """
            name: share
            budget: { total: 100 }
            channels:
              - { name: a, group: core, current: 60, curve: { type: linear, roi: 1 } }
              - { name: b, current: 25, curve: { type: linear, roi: 1 } }
              - { name: c, current: 15, curve: { type: linear, roi: 1 } }
            constraints: { groups: { core: { min_share: 0.6 } } }
            """)
        let proposal = [50.0, 30, 20]
        let (plan, repaired) = try PlanProjector().feasible(proposal, rules: scenario)
        #expect(repaired)
        #expect(abs(plan[0] - 60) < 1e-6)
        #expect(abs(zip(plan, proposal).reduce(0) { $0 + abs($1.0 - $1.1) } - 20) < 1e-6)
        #expect(scenario.violations(of: plan).isEmpty)
    }

    /// A feasible proposal comes back unchanged, scaled to the budget first.
    @Test func feasibleProposalsAreOnlyScaled() throws {
        let world = try world(linearPair, months: 1)
        let (plan, repaired) = try PlanProjector().feasible([3, 1], rules: world.rules(month: 0, previous: [50, 50]))
        #expect(!repaired && plan == [75, 25])
        #expect(PlanProjector.scaled([0, 0], to: .total(10)) == [5, 5])
        #expect(PlanProjector.scaled([-1, .nan, 4], to: .atMost(2)) == [0, 0, 2])
    }

    /// Month t's rules: the month's budget, `current` = own previous spend × B_t / B_{t−1}, and
    /// placeholder curves unless curves are given.
    @Test func monthRulesAnchorOnThePreviousPlan() throws {
        let template = try Scenario.parse(yaml: linearPair + "\nconstraints: { max_change: 0.1 }\n")
        let world = try World(
            name: "w", currency: nil, source: .scenario, curves: template.channels.map(\.curve), monthLabels: ["1", "2"],
            budgets: [100, 150], multipliers: [[1, 1], [1, 2]], baseline: [0, 0], residuals: [], noise: .logNormal(sigma: 0),
            ruleTemplate: template, startingPlan: [50, 50])
        let rules = world.rules(month: 1, previous: [70, 30])
        #expect(rules.budget == .total(150))
        #expect(rules.channels.map(\.current) == [105, 45])
        #expect(rules.channels.allSatisfy { $0.curve == .linear(roi: 0) })
        #expect(world.trueCurves(month: 1) == [.linear(roi: 2), .linear(roi: 2)])
        #expect(world.expectedOutcome([10, 10], month: 1) == [20, 20])
    }
}
