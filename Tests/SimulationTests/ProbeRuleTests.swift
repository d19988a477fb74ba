import Fitting
import Foundation
import Optimizer
import Testing
@testable import Simulation

/// ``ProbeRule``: whether `combined` goes on probing after month 0, on hand-computed starts
/// and on the example worlds (whose truth says whether the start is good).
@Suite struct ProbeRuleTests {
    /// The anchors of one month at the starting plan (``AnchorPrior``).
    private func anchors(_ spend: [Double], _ outcome: [Double]) -> [Double?] {
        AnchorPrior.anchors(spend: [spend], outcome: [outcome])
    }

    /// Hill curves 1200x/(x + 300) and 400x/(x + 100) (shape 1). At the start (300, 100) both
    /// marginal returns are 1200·300/600² = 400·100/200² = 1 and both elasticities ½: the plan is
    /// optimal. Reports 600 and 200 give λ = ½·400/(150 + 50) = 1, e = ½, K = 300 and 100. With
    /// τ₀ = s = ½ each channel adds ½ ln 2 − d² to hypothesis h's log ratio: α = 1 has d = 0
    /// (0.693); α = 0 has d = ±½ ln 3 = ±0.549 (0.091); α = ½ has d = ±0.275 (0.542), so
    /// ln B = ln[(e^0.693 + e^0.091 + e^0.542)/3] = 0.473 by hand: the start passes, no probe.
    /// Swapped (100, 300), the reports are 300 and 300: λ = 0.6, e = 0.2 and 0.6, K = 25 and
    /// 450; the log ratios are −1.393, −2.528, −3.965 and ln B = −2.157: the probe goes on.
    @Test func goodAndPoorStartsByHand() {
        let good = anchors([300, 100], [600, 200])
        #expect(abs(ProbeRule.logBayesFactor(anchors: good, start: [300, 100]) - 0.473) < 0.002)
        #expect(!ProbeRule.hasSteepChannel(anchors: good, start: [300, 100]))
        #expect(!ProbeRule.probes(anchors: good, start: [300, 100]))
        let poor = anchors([100, 300], [300, 300])
        #expect(abs(ProbeRule.logBayesFactor(anchors: poor, start: [100, 300]) - -2.157) < 0.002)
        #expect(ProbeRule.probes(anchors: poor, start: [100, 300]))
    }

    /// Eight channels at 100 with ROI 2 and a ninth at 10 with ROI 1 (its average return at or
    /// below the common marginal one: λ = ½·810/(8·50 + 10) = 0.988, λ/ROI = 0.988 ≥ 0.95, the
    /// upper clamp). The eight alike ROIs carry A's test (ln B = 0.86 by hand: the α = 0 ratio
    /// 1.885, the ninth's K = 190 near the common centre 77), yet the ninth may sit at the foot
    /// of an S: the probe goes on.
    @Test func aSteepSmallChannelIsProbedEvenWhenTheStartPasses() {
        let start = Array(repeating: 100.0, count: 8) + [10]
        let a = anchors(start, Array(repeating: 200.0, count: 8) + [10])
        #expect(ProbeRule.logBayesFactor(anchors: a, start: start) > 0.5)
        #expect(ProbeRule.hasSteepChannel(anchors: a, start: start))
        #expect(ProbeRule.probes(anchors: a, start: start))
    }

    /// The example worlds, one replicate, two months: world-drift's start is near its best plan
    /// (ROIs 2.35–3.19, P_A ≈ 0.74 by hand): no probe after month 0. world-poor-start's is 13%
    /// short (ROIs 1.23–5.10): the probe goes on; so it does in world-threshold (Xiaohongshu's
    /// ROI 0.42 against λ ≈ 0.69: the foot of its S).
    @Test func exampleWorldsProbeWhereTheStartIsPoor() throws {
        #expect(try probes("world-drift.yaml") == false)
        #expect(try probes("world-poor-start.yaml") == true)
        #expect(try probes("world-threshold.yaml") == true)
    }

    private func probes(_ name: String) throws -> Bool? {
        let world = try exampleWorld(name, months: 2)
        let options = SimulationOptions(strategies: [.combined], seeds: 1, seed: 1)
        var strategy: any Strategy = CombinedStrategy(
            optimizer: Optimizer(options: OptimizerOptions(tolerance: 1e-3)), trust: options.trust,
            warmupRandom: SplitMix64(seed: 1, stream: 3), drawRandom: SplitMix64(seed: 1, stream: 6))
        let replay = Replay(world: world, options: options, oracle: nil, projector: PlanProjector(), wording: ViolationWording())
        _ = try replay.play(&strategy, draws: NoiseDraws(world: world, seed: 1))
        return try #require(strategy as? CombinedStrategy).probes
    }
}
