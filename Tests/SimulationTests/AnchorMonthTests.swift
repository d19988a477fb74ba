import BudgetModel
import Fitting
import Foundation
import Optimizer
import Testing
@testable import Simulation

/// ``AnchorMonth``: hypothesis A's anchor, re-read from each channel's expected report as the
/// steady levels show it.
@Suite struct AnchorMonthTests {
    /// The hand example of `AnchoredTests.anchorMakesThePlanOptimal`: 300 spent for 600, 100 for
    /// 300 give K = 360 and 400/7. Here the month reported 660 and 270 (noise) and the steady
    /// fits expect 540 and 330 at those spends: with p = ½ each reading is (660 + 540)/2 = 600
    /// and (270 + 330)/2 = 300, so the anchors are 360 and 400/7; with p = 0 they are the
    /// month's own (the reports 660 and 270); with p = 1 those of the fits' 540 and 330.
    @Test func readingIsTheSteadyWeightedReport() throws {
        let month = AnchorMonth(spend: [300, 100], outcome: [660, 270], start: nil)
        // Hill curves through (300, 540) and (100, 330): any K; the value at the spend is what counts.
        let fits: [Curve?] = [.hill(beta: 540 * 2, halfSaturation: 300, shape: 1), .hill(beta: 330 * 2, halfSaturation: 100, shape: 1)]
        let half = month.anchors(steadyFit: fits, steadyWeights: [0.5, 0.5]).map { $0.map(exp) }
        #expect(abs(try #require(half[0]) - 360) < 1e-6)
        #expect(abs(try #require(half[1]) - 400.0 / 7) < 1e-6)
        let none = month.anchors(steadyFit: fits, steadyWeights: [0, 0])
        #expect(none == AnchorPrior.anchors(spend: [[300, 100]], outcome: [[660, 270]]))
        #expect(none == month.anchors)
        let all = month.anchors(steadyFit: fits, steadyWeights: [1, 1])
        #expect(all == AnchorPrior.anchors(spend: [[300, 100]], outcome: [[540, 330]]))
        // A channel without a fit keeps its report.
        let partial = month.anchors(steadyFit: [fits[0], nil], steadyWeights: [1, 1])
        #expect(partial == AnchorPrior.anchors(spend: [[300, 100]], outcome: [[540, 270]]))
    }

    /// A probed month (spend away from the start) is read by ``ProbedAnchor`` on the same readings.
    @Test func probedMonthReadsAlongTheStart() throws {
        let month = AnchorMonth(spend: [300, 150], outcome: [660, 270], start: [300, 100])
        let fits: [Curve?] = [.hill(beta: 1080, halfSaturation: 300, shape: 1), .hill(beta: 660, halfSaturation: 150, shape: 1)]
        #expect(month.anchors == ProbedAnchor.anchors(spend: [300, 150], outcome: [660, 270], start: [300, 100]))
        #expect(month.anchors(steadyFit: fits, steadyWeights: [0.5, 0.5])
            == ProbedAnchor.anchors(spend: [300, 150], outcome: [600, 300], start: [300, 100]))
    }

    /// Known truth: three hill channels with K equal to their starting spends (300,000 / 150,000 /
    /// 150,000: every elasticity ½, A's normalisation) and β = 4λx (equal marginal ROIs λ = 1.2):
    /// the start is optimal and the true anchors are ln x_i. Constant levels, 10% report noise,
    /// 12 months, seeds 1–6: the anchors `anchored` ends with are nearer the truth than those
    /// of the first month alone (mean absolute error in ln K over channels and seeds: 0.14 for
    /// the first month, about 0.37 times that re-read).
    @Test func rereadAnchorsApproachTheTruth() throws {
        let yaml = """
            name: optimal start
            budget: { total: 600000 }
            channels:
              - { name: a, current: 300000, curve: { type: hill, beta: 1440000, half_saturation: 300000, shape: 1 } }
              - { name: b, current: 150000, curve: { type: hill, beta: 720000, half_saturation: 150000, shape: 1 } }
              - { name: c, current: 150000, curve: { type: hill, beta: 720000, half_saturation: 150000, shape: 1 } }
            constraints: { max_change: 0.3 }
            """
        let truth = [300_000.0, 150_000, 150_000].map { log($0) }
        let w = try world(yaml, months: 12)
        var firstError = 0.0, lastError = 0.0
        for seed in UInt64(1)...6 {
            let options = SimulationOptions(strategies: [.anchored], seeds: 1, seed: seed)
            var strategy: any Strategy = AnchoredStrategy(
                optimizer: Optimizer(options: OptimizerOptions(tolerance: 1e-3)), trust: options.trust,
                warmupRandom: SplitMix64(seed: seed, stream: 3))
            let replay = Replay(world: w, options: options, oracle: nil, projector: PlanProjector(), wording: ViolationWording())
            _ = try replay.play(&strategy, draws: NoiseDraws(world: w, seed: seed))
            let anchored = try #require(strategy as? AnchoredStrategy)
            let first = try #require(anchored.anchorMonth).anchors
            let last = try #require(anchored.anchors)
            for i in truth.indices {
                firstError += abs(try #require(first[i]) - truth[i])
                lastError += abs(try #require(last[i]) - truth[i])
            }
        }
        #expect(lastError < 0.6 * firstError)
    }
}
