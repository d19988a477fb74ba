import BudgetModel
import Fitting
import Foundation
import Optimizer
import Testing
@testable import Simulation

/// The `combined` strategy's parts: the probability that a channel is S-shaped (Bayes' rule on
/// a hand-computed grid and on data from known curves), and which component plans each month
/// on the example worlds.
@Suite struct CombinedTests {
    /// A belief on a hand-made grid of two points, shape 1 and shape 3, both at ln K = ln x̄
    /// (so every prior density is at its centre: 1/τ up to the common −½ ln 2π).
    private func twoPointBelief(logLikelihoodConcave l1: Double, logLikelihoodS l3: Double) -> SaturationBelief {
        let centre = log(100.0)
        let model = LevelModel(points: [], noise: 0.01, drift: 0, slopeDrift: 0, slopePrior: 0, months: 0)
        return SaturationBelief(
            grid: [GridPoint(shape: 1, logK: centre), GridPoint(shape: 3, logK: centre)], posterior: [0.5, 0.5],
            logLikelihood: [l1, l3], logMeanSpend: centre, noiseVariance: 0.01, model: model)
    }

    /// Without an anchor: Z_C = (1/τ_0)·e^{l1}, Z_S = (1/2)·e^{l3} (one S-shape, prior sd 2).
    /// With τ_0 = 0.5, l1 = 0 and l3 = ln 12: Z_C = 2, Z_S = 6, P(S) = 6/8 = 0.75. With an anchor
    /// at the same K: Z_C = ½(1/τ_A + 1/τ_0); τ_A = 0.15 gives ½(6.667 + 2) = 4.333 and
    /// P(S) = 6/10.333 = 0.5806.
    @Test func probabilityOfSOnAHandComputedGrid() {
        let belief = twoPointBelief(logLikelihoodConcave: 0, logLikelihoodS: log(12))
        let tau0 = AnchoredStrategy.agnosticSD, tauA = AnchoredStrategy.anchorSD
        let zS = 6.0
        #expect(abs(ShapeEvidence.probabilityOfS(belief, anchor: nil) - zS / (zS + 1 / tau0)) < 1e-12)
        let withAnchor = zS / (zS + 0.5 * (1 / tauA + 1 / tau0))
        #expect(abs(ShapeEvidence.probabilityOfS(belief, anchor: log(100)) - withAnchor) < 1e-12)
        if tau0 == 0.5, tauA == 0.15 {
            #expect(abs(ShapeEvidence.probabilityOfS(belief, anchor: nil) - 0.75) < 1e-12)
            #expect(abs(ShapeEvidence.probabilityOfS(belief, anchor: log(100)) - 0.5806) < 1e-4)
        }
        // A belief with no S-shape on its grid cannot be S-shaped.
        let concaveOnly = SaturationBelief(
            grid: [belief.grid[0]], posterior: [1], logLikelihood: [0], logMeanSpend: belief.logMeanSpend, noiseVariance: 0.01,
            model: LevelModel(points: [], noise: 0.01, drift: 0, slopeDrift: 0, slopePrior: 0, months: 0))
        #expect(ShapeEvidence.probabilityOfS(concaveOnly, anchor: nil) == 0)
    }

    /// Known truth: reports (5% noise) from a hill of shape 3 with K = 100 as its spend climbs
    /// 30% a month from 40 (outcome rising about three times faster than spend, which no
    /// shape-1 hill gives) are S; reports from a shape-1 hill with K = 100 at the same spends,
    /// or at 100 ± 10%, are not.
    @Test func probabilityOfSFromKnownCurves() throws {
        let climbing = (0..<5).map { 40 * pow(1.3, Double($0)) }
        let wiggling = (0..<10).map { 100 * (1 + ($0 % 2 == 0 ? 0.1 : -0.1)) }
        func chance(_ curve: Curve, _ spend: [Double]) throws -> Double {
            var random = SplitMix64(seed: 7)
            let outcome = spend.map { curve.outcome($0) * exp(0.05 * random.nextGaussian()) }
            let belief = try #require(MediaMixStrategy.learner.learn(spend: spend, outcome: outcome) as? SaturationBelief)
            return ShapeEvidence.probabilityOfS(belief, anchor: nil)
        }
        let s = Curve.hill(beta: 1000, halfSaturation: 100, shape: 3)
        let concave = Curve.hill(beta: 1000, halfSaturation: 100, shape: 1)
        #expect(try chance(s, climbing) > 0.9)
        #expect(try chance(concave, climbing) < 0.5)
        #expect(try chance(concave, wiggling) < 0.5)
    }

    /// The anchor of a probed month. Two channels as in `AnchoredTests` (300 for 600, 100 for
    /// 300): unprobed (p = s) the anchor is AnchorPrior's hand-computed K = 360 and 57.14.
    /// Probed (the second channel at 150 instead of 100, reporting 390), independently of the
    /// bisections: the hill curves through the probed points with the returned K have equal
    /// marginal returns at the starting spends (central differences) and a spend-weighted
    /// elasticity of ½ there.
    @Test func probedAnchorMakesTheStartingPlanOptimal() throws {
        let unprobed = try ProbedAnchor.anchors(spend: [300, 100], outcome: [600, 300], start: [300, 100]).map { try #require($0) }.map(exp)
        #expect(abs(unprobed[0] - 360) < 1e-6)
        #expect(abs(unprobed[1] - 400.0 / 7) < 1e-6)
        let p = [300.0, 150], y = [600.0, 390], s = [300.0, 100]
        let k = try ProbedAnchor.anchors(spend: p, outcome: y, start: s).map { try #require($0) }.map(exp)
        let curves = (0..<2).map { Curve.hill(beta: y[$0] * (p[$0] + k[$0]) / p[$0], halfSaturation: k[$0], shape: 1) }
        #expect((0..<2).allSatisfy { abs(curves[$0].outcome(p[$0]) - y[$0]) < 1e-6 })
        let marginal = (0..<2).map { (curves[$0].outcome(s[$0] + 1e-3) - curves[$0].outcome(s[$0] - 1e-3)) / 2e-3 }
        #expect(abs(marginal[0] - marginal[1]) < 1e-6 * marginal[0])
        let elasticity = (0..<2).map { marginal[$0] * s[$0] / curves[$0].outcome(s[$0]) }
        #expect(abs((300 * elasticity[0] + 100 * elasticity[1]) / 400 - 0.5) < 1e-6)
        #expect(abs(k[1] - unprobed[1]) > 1)  // the probe changed the reading
    }

    /// world-threshold.yaml (Xiaohongshu at the foot of an S): after the three probe months
    /// the reports show the S and `media-mix` plans months 3 and 4, climbing Xiaohongshu with the
    /// oracle (within 5% of its spend, as ``MediaMixThresholdTests``).
    @Test func thresholdWorldIsPlannedByMediaMix() throws {
        let world = try exampleWorld("world-threshold.yaml", months: 5)
        let (strategy, result) = try play(world, seed: 1)
        #expect(strategy.followed == [.mediaMix, .mediaMix])
        let xiaohongshu = 2
        for t in 3..<5 { #expect(result.spend[t][xiaohongshu] > 0.95 * (try oracleSpend(world)[t][xiaohongshu])) }
    }

    /// world-drift.yaml (concave curves, the best plan at the start): no channel's reports
    /// show an S, so every decided month of 12 is `anchored`'s plan.
    @Test func driftWorldIsPlannedByAnchored() throws {
        let world = try exampleWorld("world-drift.yaml", months: 12)
        let (strategy, _) = try play(world, seed: 1)
        #expect(strategy.followed == Array(repeating: .anchored, count: 9))
    }

    private func play(_ world: World, seed: UInt64) throws -> (CombinedStrategy, StrategyRun) {
        let options = SimulationOptions(strategies: [.combined], seeds: 1, seed: seed)
        var strategy: any Strategy = CombinedStrategy(
            optimizer: Optimizer(options: OptimizerOptions(tolerance: 1e-3)), trust: options.trust,
            warmupRandom: SplitMix64(seed: seed, stream: 3), drawRandom: SplitMix64(seed: seed, stream: 6))
        let replay = Replay(world: world, options: options, oracle: nil, projector: PlanProjector(), wording: ViolationWording())
        let run = try replay.play(&strategy, draws: NoiseDraws(world: world, seed: seed))
        return (try #require(strategy as? CombinedStrategy), run)
    }

    private func oracleSpend(_ world: World) throws -> [[Double]] {
        try simulate(world, [.oracle], seeds: 1).oracle.spend
    }
}
