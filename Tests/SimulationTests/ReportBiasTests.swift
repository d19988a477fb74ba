import BudgetModel
import Testing
@testable import Simulation

/// `world.report_bias`: strategies see inflated reports, the truth is untouched.
@Suite struct ReportBiasTests {
    @Test func biasedWorldReadsItsBias() throws {
        let file = try WorldFile.load(path: scenariosFolder.appendingPathComponent("world-biased.yaml").path)
        #expect(file.dynamics.reportBias == ["douyin": 0.3])
        let world = try World(scenario: file.scenario, dynamics: file.dynamics, months: 3)
        #expect(world.reportFactors == [1.3, 1, 1])
    }

    @Test func badBiasIsNamed() {
        let yaml = "name: w\nbudget: { total: 100 }\nchannels:\n  - { name: a, current: 100, curve: { type: linear, roi: 1 } }\nworld:\n  report_bias: { a: -1 }\n"
        #expect(throws: SimulationError.self) { try WorldFile.parse(yaml: yaml, file: "w.yaml") }
        let unknown = yaml.replacingOccurrences(of: "{ a: -1 }", with: "{ b: 0.3 }")
        let file = try? WorldFile.parse(yaml: unknown, file: "w.yaml")
        #expect(throws: SimulationError.self) { try World(scenario: file!.scenario, dynamics: file!.dynamics, months: 2) }
    }

    /// The frozen mix spends the same whatever is reported, so its true outcome is the hand-made
    /// sum with and without the bias; the learner, fed 30% more from douyin, funds douyin more.
    @Test func biasChangesWhatLearnersSeeNotTheTruth() throws {
        let file = try WorldFile.load(path: scenariosFolder.appendingPathComponent("world-biased.yaml").path)
        var unbiased = file.dynamics
        unbiased.reportBias = [:]
        let months = 8
        let biasedWorld = try World(scenario: file.scenario, dynamics: file.dynamics, months: months)
        let plainWorld = try World(scenario: file.scenario, dynamics: unbiased, months: months)
        let biased = try simulate(biasedWorld, [.frozen, .optimizer, .oracle], seeds: 1)
        let plain = try simulate(plainWorld, [.frozen, .optimizer, .oracle], seeds: 1)
        let frozen = LearningTests.frozenByHand(file.scenario, drift: [:], months: months)
        #expect(abs(biased.meanExpected(.frozen) - frozen) < 1e-6 * frozen)
        #expect(abs(plain.meanExpected(.frozen) - frozen) < 1e-6 * frozen)
        #expect(abs(biased.meanExpected(.oracle) - plain.meanExpected(.oracle)) < 1e-6 * frozen)
        let douyin = { (result: SimulationResult) in result.runs(.optimizer)[0].spend.last![0] }
        #expect(douyin(biased) > douyin(plain))
    }
}
