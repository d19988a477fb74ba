import Synchronization
import Testing
@testable import Simulation

/// Same seed, same results, whatever the thread count or order.
@Suite struct DeterminismTests {
    static let strategies: [StrategyKind] = [.frozen, .ruleOfThumb, .proportional, .optimizer, .explorer, .oracle]

    @Test func sameSeedGivesIdenticalResults() throws {
        let world = try exampleWorld("world-drift.yaml", months: 6)
        let first = try simulate(world, Self.strategies, seeds: 3, seed: 5)
        let second = try simulate(world, Self.strategies, seeds: 3, seed: 5)
        #expect(first.replicates == second.replicates)
        #expect(SimulationSummary(first) == SimulationSummary(second))
    }

    /// Replicate k of a run with seed s is the run with seed s + k on its own.
    @Test func aReplicateCanBeRerunAlone() throws {
        let world = try exampleWorld("world-poor-start.yaml", months: 6)
        let batch = try simulate(world, Self.strategies, seeds: 3, seed: 5)
        let alone = try simulate(world, Self.strategies, seeds: 1, seed: 7)
        #expect(batch.replicates[2].seed == 7 && alone.replicates[0].seed == 7)
        #expect(batch.replicates[2].runs == alone.replicates[0].runs)
        #expect(batch.replicates[2].oracleOutcome == alone.replicates[0].oracleOutcome)
    }

    @Test func differentSeedsDrawDifferentNoise() throws {
        let world = try exampleWorld("world-poor-start.yaml", months: 4)
        let result = try simulate(world, [.frozen], seeds: 2)
        #expect(result.replicates[0].runs[0].outcome != result.replicates[1].runs[0].outcome)
        // frozen spends the same whatever the noise.
        #expect(result.replicates[0].runs[0].spend == result.replicates[1].runs[0].spend)
    }

    @Test func progressCountsEveryReplicateOnce() throws {
        let world = try exampleWorld("world-poor-start.yaml", months: 2)
        let calls = Mutex<[Int]>([])
        _ = try Simulator(world: world, options: SimulationOptions(strategies: [.frozen, .oracle], seeds: 5)).run { done, total in
            #expect(total == 5)
            calls.withLock { $0.append(done) }
        }
        #expect(calls.withLock { $0 } == [1, 2, 3, 4, 5])
    }
}
