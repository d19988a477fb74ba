import BudgetModel
import Fitting
import Foundation
import Optimizer
import Testing
@testable import Simulation

/// The `anchored` strategy's parts: the anchor (the shapes at which a plan is optimal), the
/// evidence that weighs it against the agnostic prior, and the strategy on the example worlds.
@Suite struct AnchoredTests {
    /// Two channels, one month: 300 spent for 600 reported (ROI 2), 100 for 300 (ROI 3). By hand:
    /// λ = ½ · 400 / (300²/600 + 100²/300) = 200 / 183.33 = 1.0909; e = λ/ROI = 0.5455 and
    /// 0.3636; K = x·e/(1 − e) = 360 and 57.14. Independently of those formulas, the hill curves
    /// through the two points with these K have equal marginal ROIs (central differences) and a
    /// spend-weighted mean elasticity of ½.
    @Test func anchorMakesThePlanOptimal() throws {
        let anchors = AnchorPrior.anchors(spend: [[300, 100]], outcome: [[600, 300]])
        let k = try anchors.map { try #require($0) }.map(exp)
        #expect(abs(k[0] - 360) < 1e-6)
        #expect(abs(k[1] - 400.0 / 7) < 1e-6)
        let x = [300.0, 100], y = [600.0, 300]
        let curves = (0..<2).map { Curve.hill(beta: y[$0] * (x[$0] + k[$0]) / x[$0], halfSaturation: k[$0], shape: 1) }
        let marginal = (0..<2).map { (curves[$0].outcome(x[$0] + 1e-3) - curves[$0].outcome(x[$0] - 1e-3)) / 2e-3 }
        #expect(abs(marginal[0] - marginal[1]) < 1e-6)
        let elasticity = (0..<2).map { marginal[$0] * x[$0] / y[$0] }
        #expect(abs((300 * elasticity[0] + 100 * elasticity[1]) / 400 - 0.5) < 1e-9)
    }

    /// Known truth: hill curves with K = x at the plan (elasticity ½ each) and β = 4λx (equal
    /// marginal ROIs λ = β/4x): the plan is optimal and the anchors are the true K, averaged
    /// over two months; a channel without spend gets none and is left out.
    @Test func anchorRecoversTheHalfSaturationOfAnOptimalPlan() throws {
        let x = [200.0, 50, 0]
        let curves = [Curve.hill(beta: 4 * 1.5 * 200, halfSaturation: 200, shape: 1), .hill(beta: 4 * 1.5 * 50, halfSaturation: 50, shape: 1)]
        let outcome = [curves[0].outcome(x[0]), curves[1].outcome(x[1]), 0]
        let anchors = AnchorPrior.anchors(spend: [x, x], outcome: [outcome, outcome])
        #expect(abs(try #require(anchors[0]) - log(200)) < 1e-9)
        #expect(abs(try #require(anchors[1]) - log(50)) < 1e-9)
        #expect(anchors[2] == nil)
    }

    /// The evidence on a grid equals the brute-force sum it stands for: ln Σ_j N(ln K_j) L_j.
    @Test func logEvidenceIsTheGridSum() throws {
        let spend = [100.0, 130, 80, 120, 90, 110]
        let outcome = spend.map { 500 * $0 / ($0 + 150) }
        let belief = try #require(SaturationLearner().learn(spend: spend, outcome: outcome) as? SaturationBelief)
        let prior = AnchorPrior(centre: log(150), sd: 0.3)
        let sum = belief.grid.indices.reduce(0.0) { total, j in
            let z = (belief.grid[j].logK - log(150)) / 0.3
            return total + exp(-0.5 * z * z) / 0.3 * exp(belief.logLikelihood[j])
        }
        #expect(abs(prior.logEvidence(belief) - log(sum)) < 1e-9)
    }

    /// Known truth: reports from a hill curve with K = 400 at spends that move from 100 to 300.
    /// A prior centred on the true K explains them better than one centred on a K twenty
    /// times smaller, and better than one at ln x̄; with the true K at ln x̄ the order turns.
    @Test func evidenceFavoursThePriorNearTheTruth() throws {
        var random = SplitMix64(seed: 11)
        var spend: [Double] = []
        var outcome: [Double] = []
        for t in 0..<10 {
            let wiggle: Double = t % 2 == 0 ? 30 : -30
            let x = 100 + 20 * Double(t) + wiggle
            spend.append(x)
            outcome.append(1000 * x / (x + 400) * exp(0.05 * random.nextGaussian()))
        }
        let belief = try #require(SaturationLearner().learn(spend: spend, outcome: outcome) as? SaturationBelief)
        let centre = spend.map { log($0) }.reduce(0, +) / Double(spend.count)  // ln x̄: every spend is positive
        let truth = AnchorPrior(centre: log(400), sd: 0.15).logEvidence(belief)
        #expect(truth > AnchorPrior(centre: log(20), sd: 0.15).logEvidence(belief) + 3)
        #expect(truth > AnchorPrior(centre: centre, sd: 0.5).logEvidence(belief))
    }

    /// The mixture plan: two channels, budget 100, three hypotheses about their curves (hill
    /// K = 10 or 100, in turns) with weights 0.3, 0.5, 0.2; the optimiser on the scaled draws
    /// (`risk: mean`) must find the split that maximises `Σ_h w_h·f_h` on a brute-force grid of
    /// 10,001 splits.
    @Test func mixturePlanMaximisesTheExpectedOutcome() throws {
        let yaml = """
        name: mixture
        budget: { total: 100 }
        channels:
          - { name: a, current: 50, curve: { type: linear, roi: 1 } }
          - { name: b, current: 50, curve: { type: linear, roi: 1 } }
        """
        var scenario = try Scenario.parse(yaml: yaml)
        let early = Curve.hill(beta: 100, halfSaturation: 10, shape: 1), late = Curve.hill(beta: 150, halfSaturation: 100, shape: 1)
        let hypotheses = [[early, late], [late, early], [late, late]]
        let w = [0.3, 0.5, 0.2]
        let draws = AnchoredStrategy.mixtureDraws(hypotheses, weights: w)
        scenario.risk = .mean
        for i in 0..<2 {
            scenario.channels[i].curve = hypotheses[1][i]
            scenario.channels[i].draws = draws[i]
        }
        let plan = try Optimizer(options: OptimizerOptions(tolerance: 1e-6)).optimize(scenario).spend
        func value(_ x: Double) -> Double {
            (0..<3).reduce(0) { $0 + w[$1] * (hypotheses[$1][0].outcome(x) + hypotheses[$1][1].outcome(100 - x)) }
        }
        let best = (0...10_000).map { Double($0) / 100 }.max { value($0) < value($1) }!
        #expect(abs(plan[0] - best) < 0.5)
        #expect(value(plan[0]) >= value(best) - 1e-3 * value(best))
    }

    /// world-poor-start.yaml (a start 13% short of the best plan): its first month's ROIs (2.44,
    /// 2.75, 5.10, 3.04, 1.23, 4.29) need anchor elasticities from 0.21 to 0.86, whose logits
    /// relative to α = 1's centres (−0.28, −0.48, −1.35, −0.64, 1.78, −1.13; Σd² = 6.98) give
    /// `ln` ratio `6·0.347 − 6.98 = −4.9`, and less for α = ½ and 0 (the spends differ tenfold):
    /// so A starts below 0.01 (at most about e^−4.9/3 = 0.0025) and stays below 0.05.
    @Test func poorStartRejectsTheAnchor() throws {
        let world = try exampleWorld("world-poor-start.yaml", months: 10)
        let options = SimulationOptions(strategies: [.anchored], seeds: 1, seed: 1)
        var strategy: any Strategy = AnchoredStrategy(
            optimizer: Optimizer(options: OptimizerOptions(tolerance: 1e-3)), trust: options.trust, warmupRandom: SplitMix64(seed: 1, stream: 3))
        let wording = ViolationWording()
        let replay = Replay(world: world, options: options, oracle: nil, projector: PlanProjector(), wording: wording)
        _ = try replay.play(&strategy, draws: NoiseDraws(world: world, seed: 1))
        let weights = try #require(strategy as? AnchoredStrategy).weights
        #expect(try #require(weights.first) < 0.01)
        #expect(try #require(weights.max()) < 0.05)
    }

    /// world-drift.yaml (the best plan at the start, then Douyin −5% and WeChat +5% a month),
    /// 24 months, seeds 1–3: `anchored` ends nearer the oracle than `optimizer` and `frozen`.
    @Test func anchoredFollowsTheDrift() throws {
        let world = try exampleWorld("world-drift.yaml")
        let result = try simulate(world, [.frozen, .optimizer, .anchored, .oracle], seeds: 3)
        #expect(result.meanExpected(.anchored) > result.meanExpected(.optimizer))
        #expect(result.meanExpected(.anchored) > result.meanExpected(.frozen))
    }

    /// world-drift.yaml starts at the best plan: its ROIs (2.67, 2.51, 3.19, 2.35, 2.85) need
    /// anchor elasticities within 0.42–0.57, the log ratios are 1.51 (α = 1), 1.16 (½) and 0.02
    /// (0) by hand, so A's prior weight is (e^1.51 + e^1.16 + e^0.02)/3 / (1 + that) = 0.74;
    /// after one month at one spend the evidence cannot move it far.
    @Test func goodStartKeepsTheAnchor() throws {
        let world = try exampleWorld("world-drift.yaml", months: 3)
        let options = SimulationOptions(strategies: [.anchored], seeds: 1, seed: 1)
        var strategy: any Strategy = AnchoredStrategy(
            optimizer: Optimizer(options: OptimizerOptions(tolerance: 1e-3)), trust: options.trust, warmupRandom: SplitMix64(seed: 1, stream: 3))
        let replay = Replay(world: world, options: options, oracle: nil, projector: PlanProjector(), wording: ViolationWording())
        _ = try replay.play(&strategy, draws: NoiseDraws(world: world, seed: 1))
        let anchored = try #require(strategy as? AnchoredStrategy)
        let first = try #require(anchored.weights.first)
        #expect(first > 0.6 && first < 0.85)
    }

    /// A strategy that uses `anchored` as a component may set its anchors before its first
    /// decided month (read from another month): the prior weights are then read from those
    /// anchors, and the month is planned. world-drift's true best plan, anchors at ln x_i (every
    /// elasticity ½: d = 0 for α = 1), so A's prior odds are by hand
    /// `(e^{5·0.347} + …)/3 ≥ e^{1.733}/3 = 1.9`: A's weight above 0.6.
    @Test func anchorsSetFromOutsideArePlanned() throws {
        let world = try exampleWorld("world-drift.yaml", months: 2)
        var strategy = AnchoredStrategy(
            optimizer: Optimizer(options: OptimizerOptions(tolerance: 1e-3)), trust: 0.3, warmupRandom: SplitMix64(seed: 1, stream: 3))
        var previous = world.startingPlan
        for t in 0..<2 {
            let context = StrategyContext(
                month: t, budget: world.budgets[t], rules: world.rules(month: t, previous: previous), previous: previous,
                startingPlan: world.startingPlan)
            if t == 1 { strategy.anchors = world.startingPlan.map { log($0) } }
            let plan = try strategy.decide(month: t, context: context)
            #expect(plan.count == world.channels.count && abs(plan.reduce(0, +) - world.budgets[t]) < 1)
            let outcome = world.expectedOutcome(plan, month: t)
            strategy.observe(month: t, spend: plan, outcome: outcome, total: outcome.reduce(0, +))
            previous = plan
        }
        #expect(strategy.hypothesisWeights.first?.count == 4)
        #expect(try #require(strategy.weights.first) > 0.6)
    }
}
