import BudgetModel
import Testing
@testable import Simulation

/// World files: a scenario plus an optional `world:` section.
@Suite struct WorldFileTests {
    static let base = """
        name: w
        budget: { total: 100 }
        channels:
          - { name: a, current: 50, curve: { type: linear, roi: 2 } }
          - { name: b, current: 50, curve: { type: linear, roi: 1 } }
        """

    @Test func readsTheWorldSection() throws {
        let file = try WorldFile.parse(yaml: Self.base + """

            world:
              months: 6
              noise: 0.2
              noise_model: gaussian
              seasonality: [1.2, 0.8]
              drift: { a: -0.1 }
            """)
        #expect(file.months == 6)
        #expect(file.dynamics == WorldDynamics(seasonality: [1.2, 0.8], drift: ["a": -0.1], noise: .gaussian(sigma: 0.2)))
        let world = try World(scenario: file.scenario, dynamics: file.dynamics, months: 3)
        // m(t, a) = s[t mod 2]·0.9^t; m(t, b) = s[t mod 2].
        #expect(world.multipliers.map { $0.map { ($0 * 1e9).rounded() / 1e9 } } == [[1.2, 1.2], [0.72, 0.8], [0.972, 1.2]])
        // Additive noise scale: the expected outcome at the starting plan in month 0 (multiplier 1.2).
        #expect(world.noiseScale == [120, 60])
    }

    /// The world section is blanked, so the scenario's errors keep their line numbers.
    @Test func scenarioErrorsKeepTheirLines() throws {
        let yaml = "world:\n  months: 3\n" + Self.base.replacingOccurrences(of: "roi: 1", with: "roi: -1")
        #expect(throws: ScenarioError.self) { try WorldFile.parse(yaml: yaml, file: "w.yaml") }
        do { _ = try WorldFile.parse(yaml: yaml, file: "w.yaml") } catch let error as ScenarioError {
            #expect(error.line == 7, "\(error)")
        }
    }

    /// The base takes lines 1–5, `world:` is line 6, its entry line 7.
    /// JSON is YAML: a flow-style world file works too.
    @Test func jsonWorldFiles() throws {
        let json = #"{"name": "j", "budget": {"total": 100}, "channels": [{"name": "a", "current": 100, "curve": {"type": "linear", "roi": 1}}], "world": {"months": 2, "drift": {"a": 0.5}}}"#
        let file = try WorldFile.parse(yaml: json)
        #expect(file.months == 2 && file.dynamics.drift == ["a": 0.5] && file.scenario.channels.map(\.name) == ["a"])
    }

    @Test func badWorldEntriesNameTheKeyAndLine() throws {
        let cases: [(String, String)] = [
            ("  month: 3", "w.yaml:7: world.month: unknown key"),
            ("  seasonality: [1, -1]", "w.yaml:7: world.seasonality: expected a positive number"),
            ("  drift: { a: -2 }", "w.yaml:7: world.drift.a: expected a monthly relative change above -1"),
            ("  noise_model: uniform", "w.yaml:7: world.noise_model: expected lognormal or gaussian"),
        ]
        for (entry, message) in cases {
            do {
                _ = try WorldFile.parse(yaml: Self.base + "\nworld:\n" + entry + "\n", file: "w.yaml")
                Issue.record("expected an error for \(entry)")
            } catch let error as SimulationError {
                #expect(error.description.hasPrefix(message), "\(error)")
            }
        }
    }

    @Test func dynamicsAreChecked() throws {
        let scenario = try Scenario.parse(yaml: Self.base)
        #expect(throws: SimulationError.self) { try World(scenario: scenario, dynamics: WorldDynamics(drift: ["c": 0.1]), months: 2) }
        #expect(throws: SimulationError.self) { try World(scenario: scenario, dynamics: WorldDynamics(seasonality: [0]), months: 2) }
        let noCurrent = try Scenario.parse(yaml: Self.base.replacingOccurrences(of: "current: 50, ", with: ""))
        #expect(throws: SimulationError.invalidWorld("channel 'a' has no 'current' spend: a world's current spends are the starting plan")) {
            try World(scenario: noCurrent, dynamics: WorldDynamics(), months: 2)
        }
        let minROI = try Scenario.parse(yaml: Self.base + "\nobjective: { maximize: outcome, min_roi: 1.5 }\n")
        #expect(throws: SimulationError.self) { try World(scenario: minROI, dynamics: WorldDynamics(), months: 2) }
    }

    @Test func strategyListsAreParsed() throws {
        #expect(try StrategyKind.parseList("frozen, rule-of-thumb,oracle") == [.frozen, .ruleOfThumb, .oracle])
        #expect(throws: SimulationError.self) { try StrategyKind.parseList("frozen,greedy") }
        #expect(throws: SimulationError.self) { try StrategyKind.parseList("frozen,frozen") }
        let world = try world(linearPair, months: 2)
        #expect(throws: SimulationError.self) { try simulate(world, [.historical]) }
    }
}
