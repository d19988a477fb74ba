import BudgetModel
import Testing
@testable import Simulation

/// Regret and totals on a tiny world where every number follows by hand.
@Suite struct RegretTests {
    /// Linear curves, no noise: the oracle spends all 100 on `a` (ROI 2) and earns 200 a
    /// month; frozen keeps 50/50 and earns 2·50 + 1·50 = 150. Over 3 months: 600 vs 450, so
    /// regret = (600 − 450)/600 = 0.25, reached a quarter at a time: 0.0833…, 0.1666…, 0.25.
    @Test func handComputedRegretWithoutNoise() throws {
        let world = try world(linearPair, months: 3, dynamics: WorldDynamics(noise: .logNormal(sigma: 0)))
        let result = try simulate(world, [.frozen, .oracle], seeds: 2)
        #expect(result.oracle.method == .monthly)
        #expect(abs(result.oracleExpectedOutcome - 600) < 1e-6)
        let summary = SimulationSummary(result)
        let frozen = try #require(summary.strategies.first { $0.name == "frozen" })
        let oracle = try #require(summary.strategies.first { $0.name == "oracle" })
        #expect(abs(frozen.totalOutcome - 450) < 1e-9 && abs(frozen.expectedOutcome - 450) < 1e-9)
        #expect(abs(frozen.totalSpend - 300) < 1e-9 && abs(frozen.roi - 1.5) < 1e-12)
        #expect(abs(frozen.regret - 0.25) < 1e-9 && abs(frozen.regretP05 - 0.25) < 1e-9 && abs(frozen.regretP95 - 0.25) < 1e-9)
        #expect(abs(frozen.realizedRegret - 0.25) < 1e-9)
        for (t, value) in frozen.monthly.cumulativeRegret.enumerated() { #expect(abs(value - 0.25 * Double(t + 1) / 3) < 1e-9) }
        #expect(frozen.monthly.cumulativeOutcome.mean.map { $0.rounded() } == [150, 300, 450])
        #expect(frozen.monthly.roi.allSatisfy { abs($0 - 1.5) < 1e-12 })
        #expect(abs(oracle.regret) < 1e-9 && abs(oracle.totalOutcome - 600) < 1e-6)
        #expect(oracle.rank == 1 && frozen.rank == 2)
        #expect(frozen.violations == 0 && oracle.violations == 0)
    }

    /// With noise, regret still compares expected outcomes (0.25 exactly), while the realised
    /// regret uses the replicate's draws: each month channel a reports 2x·e^{σz−σ²/2}, so
    /// R_oracle = Σ_t 200·u_{t,a} and R_frozen = Σ_t (100·u_{t,a} + 50·u_{t,b}).
    @Test func realisedRegretUsesTheSameDraws() throws {
        let sigma = 0.2
        let world = try world(linearPair, months: 4, dynamics: WorldDynamics(noise: .logNormal(sigma: sigma)))
        let result = try simulate(world, [.frozen, .oracle], seeds: 3, seed: 11)
        let summary = SimulationSummary(result)
        let frozen = try #require(summary.strategies.first { $0.name == "frozen" })
        #expect(abs(frozen.regret - 0.25) < 1e-9)
        var realized: [Double] = []
        for replicate in result.replicates {
            let draws = NoiseDraws(world: world, seed: replicate.seed)
            let u = draws.channel.map { $0.map { exp(sigma * $0 - sigma * sigma / 2) } }
            let oracle = u.reduce(0) { $0 + 200 * $1[0] }
            let frozenOutcome = u.reduce(0) { $0 + 100 * $1[0] + 50 * $1[1] }
            #expect(abs(replicate.oracleOutcome - oracle) < 1e-6)
            #expect(abs(replicate.runs[0].totalOutcome - frozenOutcome) < 1e-6)
            realized.append((oracle - frozenOutcome) / oracle)
        }
        #expect(abs(frozen.realizedRegret - realized.reduce(0, +) / 3) < 1e-12)
        #expect(summary.strategies.first { $0.name == "oracle" }.map { abs($0.realizedRegret) < 1e-12 } == true)
    }

    /// Quantiles are type 7 (linear between order statistics), as R's default.
    @Test func quantilesInterpolateLinearly() {
        #expect(Statistics.quantile([3, 1, 2, 4], 0.5) == 2.5)
        #expect(abs(Statistics.quantile([10, 20, 30, 40, 50], 0.05) - 12) < 1e-12)
        #expect(abs(Statistics.quantile([10, 20, 30, 40, 50], 0.95) - 48) < 1e-12)
        #expect(Statistics.quantile([7], 0.95) == 7)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
