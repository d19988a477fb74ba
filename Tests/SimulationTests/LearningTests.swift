import BudgetModel
import Testing
@testable import Simulation

/// Learning strategies against the frozen mix, on the two known-truth worlds in Scenarios/.
@Suite struct LearningTests {
    /// frozen's expected outcome, derived by hand: the starting plan (it sums to the budget)
    /// every month, each channel's curve times `(1 + drift)^t`.
    static func frozenByHand(_ scenario: Scenario, drift: [String: Double], months: Int) -> Double {
        (0..<months).reduce(0) { total, t in
            total + scenario.channels.reduce(0) { $0 + pow(1 + (drift[$1.name] ?? 0), Double(t)) * $1.curve.outcome($1.current!) }
        }
    }

    /// A poor starting mix (13% short of the best plan): after a 3-month warm-up the optimiser
    /// moves towards the best mix and earns clearly more than the frozen mix in every replicate.
    @Test func optimizerBeatsFrozenWhenTheStartIsPoor() throws {
        let file = try WorldFile.load(path: scenariosFolder.appendingPathComponent("world-poor-start.yaml").path)
        let world = try World(scenario: file.scenario, dynamics: file.dynamics, months: 12)
        let result = try simulate(world, [.frozen, .optimizer, .oracle], seeds: 2)
        let frozen = Self.frozenByHand(file.scenario, drift: [:], months: 12)
        for run in result.runs(.frozen) { #expect(abs(run.expectedOutcome - frozen) < 1e-6 * frozen) }
        for run in result.runs(.optimizer) { #expect(run.expectedOutcome > frozen * 1.05) }
        let summary = SimulationSummary(result)
        let regret = Dictionary(uniqueKeysWithValues: summary.strategies.map { ($0.name, $0.regret) })
        #expect(regret["frozen"]! > 0.10 && regret["optimizer"]! < regret["frozen"]! / 2)
    }

    /// A good start that goes stale (douyin −5% a month, wechat +5%): the frozen mix falls
    /// behind month after month; the learning strategies follow the drift and earn more.
    @Test func learningBeatsFrozenWhenAChannelDrifts() throws {
        let file = try WorldFile.load(path: scenariosFolder.appendingPathComponent("world-drift.yaml").path)
        #expect(file.months == 24 && file.dynamics.drift == ["douyin": -0.05, "wechat": 0.05])
        let world = try World(scenario: file.scenario, dynamics: file.dynamics, months: 24)
        let result = try simulate(world, [.frozen, .optimizer, .explorer, .oracle], seeds: 2)
        let frozen = Self.frozenByHand(file.scenario, drift: file.dynamics.drift, months: 24)
        for run in result.runs(.frozen) { #expect(abs(run.expectedOutcome - frozen) < 1e-6 * frozen) }
        for run in result.runs(.optimizer) { #expect(run.expectedOutcome > frozen * 1.01) }
        #expect(result.meanExpected(.explorer) > frozen)
        // The frozen mix's regret grows every month: its monthly shortfall widens with the drift.
        let summary = SimulationSummary(result)
        let cumulative = try #require(summary.strategies.first { $0.name == "frozen" }).monthly.cumulativeRegret
        let monthly = zip(cumulative.dropFirst(), cumulative).map { $0 - $1 }
        #expect(zip(monthly.dropFirst(), monthly).allSatisfy { $0 >= $1 - 1e-12 })
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
