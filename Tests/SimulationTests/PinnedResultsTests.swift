import BudgetModel
import Fitting
import Foundation
import Testing
@testable import Simulation

/// Speed work must not change what the simulator computes: the learners' beliefs and a small
/// run's regret table are compared with the numbers the code printed before the speed work
/// of issue 14 (commit 1eae2d1, 2026-11-26), within floating-point noise (the oracle within
/// its tolerance).
@Suite struct PinnedResultsTests {
    /// A noisy, drifting series with a month without spend.
    static func series() -> (spend: [Double], outcome: [Double]) {
        var rng = SplitMix64(seed: 41)
        let spend = (0..<20).map { $0 == 7 ? 0 : 100 * (1 + 0.3 * sin(Double($0))) }
        let outcome = spend.indices.map { 1000 * pow(0.98, Double($0)) * spend[$0] / (spend[$0] + 80) * exp(0.1 * rng.nextGaussian()) }
        return (spend, outcome)
    }

    static func parameters(_ curve: Curve) -> [Double] {
        guard case let .hill(beta, k, shape) = curve else { return [] }
        return [beta, k, shape]
    }

    static func close(_ a: [Double], _ b: [Double], relative: Double = 1e-11) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= relative * max(abs($0), abs($1)) }
    }

    /// σ², the best-guess hill (β, K, s), every 7th posterior probability and three Thompson
    /// draws (seed 5) of the concave and the threshold learner.
    static let recorded: [(variance: Double, curve: [Double], posterior: [Double], draws: [Double])] = [
        (0.008796845602056222, [536.7145324857088, 47.34642462951652, 1.0],
         [3.4646211980229066e-06, 0.00035904887738211666, 0.021911513107235416, 0.13189417077424342, 0.0014363488890657683,
          4.069587632697174e-07, 4.292811545287823e-10],
         [546.9298042472094, 44.69969124866023, 1.0, 389.29796849678615, 30.367638932268857, 1.0, 546.9609917502418, 43.62809041791022, 1.0]),
        (0.008796845602056222, [536.7145324857092, 47.34642462951648, 1.0],
         [2.0740061126113673e-06, 0.00021493534901931166, 0.013116762128830535, 0.07895504321213813, 0.0008598332127809299,
          2.4361536640248187e-07, 2.5697809013857824e-10, 1.3353622769398372e-06, 7.20502691713496e-05, 0.0037096439539720115,
          0.007085056849131262, 3.6703199074114605e-28, 1.2130936955016047e-46, 1.5813272148610389e-50, 1.3093553510744858e-06,
          6.0435827761275587e-05, 0.0013046185139652527, 0.0018620689094150183, 9.46094930076239e-90, 6.154549778170479e-121,
          2.2156839514466378e-123],
         [617.0303471211791, 61.927757962530585, 1.0, 406.7696038216603, 35.74385946509219, 1.0, 615.943112880048, 60.44314285613154, 1.0]),
    ]

    @Test func saturationBeliefsAreUnchanged() throws {
        let data = Self.series()
        let learners = [SaturationLearner(), try #require(LearnerKind.threshold.learner as? SaturationLearner)]
        for (learner, expected) in zip(learners, Self.recorded) {
            let belief = try #require(learner.learn(spend: data.spend, outcome: data.outcome) as? SaturationBelief)
            var rng = SplitMix64(seed: 5)
            let draws = (0..<3).flatMap { _ in Self.parameters(belief.sample(using: &rng)) }
            #expect(Self.close([belief.noiseVariance], [expected.variance]))
            #expect(Self.close(Self.parameters(belief.curve), expected.curve))
            #expect(Self.close(belief.posterior.enumerated().filter { $0.offset % 7 == 0 }.map(\.element), expected.posterior))
            #expect(Self.close(draws, expected.draws))
        }
    }

    /// world-drift.yaml, 12 months, 2 seeds from seed 3: each strategy's mean regret and mean
    /// expected outcome. Every strategy's outcome is unchanged; the oracle's horizon plan (one
    /// LP over all months, proven within its tolerance of 10⁻⁵) may differ within that
    /// tolerance, and every regret with it.
    @Test func regretTableIsUnchanged() throws {
        let recorded: [String: (regret: Double, expected: Double)] = [
            "frozen": (0.007817804913256704, 31005320.563021835), "rule-of-thumb": (0.0037767498369578436, 31131602.014829703),
            "proportional": (0.03605738533393035, 30122844.292187653), "optimizer": (0.012867101383079782, 30847531.946737595),
            "explorer": (0.01891763253059625, 30658455.12321236), "oracle": (0.0, 31249624.027279727),
        ]
        let world = try exampleWorld("world-drift.yaml", months: 12)
        let summary = SimulationSummary(try simulate(world, StrategyKind.allCases.filter { ![.historical, .mediaMix, .anchored, .combined].contains($0) }, seeds: 2, seed: 3))
        #expect(summary.strategies.count == recorded.count)
        for strategy in summary.strategies {
            let expected = try #require(recorded[strategy.name])
            let oracle = strategy.name == StrategyKind.oracle.rawValue
            #expect(abs(strategy.regret - expected.regret) <= 1e-5, "\(strategy.name)")
            #expect(Self.close([strategy.expectedOutcome], [expected.expected], relative: oracle ? 1e-5 : 1e-9), "\(strategy.name)")
            #expect(strategy.violations == 0)
        }
    }
}
