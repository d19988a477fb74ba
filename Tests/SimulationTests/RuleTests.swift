import BudgetModel
import Testing
@testable import Simulation

/// No strategy breaks a rule: the simulator's own count, and an independent check of the
/// example worlds' rules written out here.
@Suite struct RuleTests {
    static let all: [StrategyKind] = [.frozen, .ruleOfThumb, .proportional, .optimizer, .explorer, .oracle]

    /// Budget 1,000,000 spent exactly; core (douyin, baidu_sem) 60–70%; every channel within
    /// 25% of its own previous month (the starting plan before month 1).
    @Test(arguments: ["world-poor-start.yaml", "world-drift.yaml"])
    func everyPlanObeysTheRules(_ file: String) throws {
        let world = try exampleWorld(file, months: 8)
        let result = try simulate(world, Self.all, seeds: 2)
        let core = [world.channels.firstIndex(of: "douyin")!, world.channels.firstIndex(of: "baidu_sem")!]
        for replicate in result.replicates {
            for run in replicate.runs {
                #expect(run.violationCount == 0, "\(run.strategy): \(run.violations.flatMap { $0 })")
                var previous = world.startingPlan
                for plan in run.spend {
                    let total = plan.reduce(0, +)
                    #expect(abs(total - 1_000_000) < 1e-3)
                    let share = core.reduce(0) { $0 + plan[$1] } / total
                    #expect(share >= 0.6 - 1e-6 && share <= 0.7 + 1e-6, "\(run.strategy): core share \(share)")
                    for i in plan.indices {
                        #expect(plan[i] >= -1e-9)
                        #expect(abs(plan[i] - previous[i]) <= 0.25 * previous[i] + 1e-3, "\(run.strategy): \(world.channels[i])")
                    }
                    previous = plan
                }
            }
        }
        #expect(SimulationSummary(result).strategies.allSatisfy { $0.violations == 0 })
    }

    /// The B2C example has S-curves, a bought-in-packages channel (buy_unit), floors, a group
    /// cap and per-channel change limits: every strategy, repaired where needed, obeys them all.
    @Test func integerAndGroupRulesHold() throws {
        let scenario = try Scenario.load(path: scenariosFolder.appendingPathComponent("b2c-consumer-brand.yaml").path)
        let world = try World(scenario: scenario, dynamics: WorldDynamics(), months: 3)
        #expect(world.needsIntegers)
        let result = try simulate(world, Self.all, seeds: 1)
        #expect(result.oracle.method == .myopic)
        for run in result.replicates[0].runs {
            #expect(run.violationCount == 0, "\(run.strategy): \(run.violations.flatMap { $0 })")
            for plan in run.spend {
                let kol = plan[scenario.channelIndex("kol_package")!]
                #expect(abs(kol / 80000 - (kol / 80000).rounded()) < 1e-6)
                let ecommerce = plan[scenario.channelIndex("tmall_jd_ads")!] + plan[scenario.channelIndex("live_streaming")!]
                #expect(ecommerce <= 180000 * (1 + 1e-6))
            }
        }
    }

    /// `historical` is what was spent: never repaired, so its broken rules are counted.
    @Test func historicalIsNeverRepaired() throws {
        let template = try Scenario.parse(yaml: linearPair + "\nconstraints: { max_change: 0.1 }\n")
        let actual: [[Double]] = [[50, 50], [80, 20], [50, 50]]
        let world = try World(
            name: "h", currency: nil, source: .scenario, curves: template.channels.map(\.curve), monthLabels: ["1", "2", "3"],
            budgets: [100, 100, 100], multipliers: Array(repeating: [1, 1], count: 3), baseline: [0, 0, 0], residuals: [],
            noise: .logNormal(sigma: 0), ruleTemplate: template, startingPlan: [50, 50], historicalSpend: actual)
        let result = try simulate(world, [.historical, .frozen], seeds: 1)
        let historical = result.replicates[0].runs[0]
        #expect(historical.spend == actual)
        // Month 2: 80 is above 50·1.1 and 20 below 50·0.9; month 3: 50 is below 80·0.9 and above 20·1.1.
        #expect(historical.violations.map(\.count) == [0, 2, 2])
        #expect(historical.repaired == [false, false, false])
        #expect(result.replicates[0].runs[1].violationCount == 0)
    }
}
