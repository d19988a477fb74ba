import BudgetModel
import Fitting
import Localization
import Optimizer

/// Plays one replicate: each strategy over every month, all against the same noise draws.
///
/// Random streams of replicate seed s (``SplitMix64/init(seed:stream:)``): stream 1 the
/// channels' noise z[t][i] (drawn month by month, channel by channel), stream 2 the total's
/// residual draws, stream 3 the warm-up perturbations (shared by `optimizer` and `explorer`),
/// stream 4 the explorer's curve draws, stream 5 `optimizer`'s planning draws, stream 6
/// `media-mix`'s. Nothing depends on thread timing, so a replicate's
/// results depend only on the world, the options and s.
struct Replay {
    let world: World
    let options: SimulationOptions
    /// The oracle's plan; nil while it is being worked out (only ``run(index:only:)`` for
    /// strategies other than `oracle` may be called then).
    let oracle: OraclePlan?
    let projector: PlanProjector
    /// Shared by every replicate of the run.
    let wording: ViolationWording

    /// The replicate with every strategy's run.
    func run(index: Int) throws(SimulationError) -> Replicate {
        try run(index: index, only: options.strategies)
    }

    /// The replicate with the runs of `kinds` only (the others are left out; `oracleOutcome`
    /// is 0 without the oracle's plan). Strategies share nothing but the replicate's noise
    /// draws, so each run is the same whichever others are played with it.
    func run(index: Int, only kinds: [StrategyKind]) throws(SimulationError) -> Replicate {
        let seed = options.seed &+ UInt64(index)
        let draws = NoiseDraws(world: world, seed: seed)
        var runs: [StrategyRun] = []
        for kind in options.strategies where kinds.contains(kind) {
            if kind == .oracle && oracle == nil { throw .solverFailed(tr(.simReplicateUnfinished)) }
            var strategy = makeStrategy(kind, seed: seed)
            runs.append(try play(&strategy, draws: draws))
        }
        let scale = world.noiseScale
        let oracleOutcome = oracle.map { oracle in
            oracle.spend.indices.reduce(0.0) { sum, t in
                let expected = world.expectedOutcome(oracle.spend[t], month: t)
                return sum + expected.indices.reduce(0) {
                    $0 + world.noise.apply(expected: expected[$1], scale: scale[$1], draw: draws.channel[t][$1])
                }
            }
        } ?? 0
        return Replicate(index: index, seed: seed, runs: runs, oracleOutcome: oracleOutcome)
    }

    /// One strategy's months against the replicate's draws (the strategy keeps what it learned).
    func play(_ strategy: inout any Strategy, draws: NoiseDraws) throws(SimulationError) -> StrategyRun {
        var run = StrategyRun(strategy: strategy.kind)
        var previous = world.startingPlan
        let scale = world.noiseScale
        for t in 0..<world.months {
            let rules = world.rules(month: t, previous: previous)
            let context = StrategyContext(
                month: t, budget: world.budgets[t], rules: rules, previous: previous, startingPlan: world.startingPlan)
            let fallback = rules.channels.map { $0.current ?? 0 }
            let proposal = (try? strategy.decide(month: t, context: context)) ?? fallback
            var plan = proposal
            var repaired = false
            if strategy.repairsProposals {
                do {
                    (plan, repaired) = try projector.feasible(proposal, rules: rules)
                } catch .infeasible {
                    // The month's rules admit no plan from where this strategy stands: keep
                    // last month's plan (scaled to the budget) and count what it breaks.
                    (plan, repaired) = (PlanProjector.scaled(fallback, to: rules.budget), true)
                }
            }
            let expected = world.expectedOutcome(plan, month: t)
            let reported = plan.indices.map { i in
                world.noise.apply(expected: expected[i], scale: scale[i], draw: draws.channel[t][i])
            }
            let total = world.baseline[t] + reported.reduce(0, +) + draws.residual[t]
            strategy.observe(
                month: t, spend: plan, outcome: reported.indices.map { reported[$0] * world.reportFactors[$0] }, total: total)
            run.spend.append(plan)
            run.expected.append(expected)
            run.outcome.append(reported)
            run.total.append(total)
            run.violations.append(wording.messages(month: t, previous: previous, plan: plan, rules: rules))
            run.repaired.append(repaired)
            previous = plan
        }
        return run
    }

    private func makeStrategy(_ kind: StrategyKind, seed: UInt64) -> any Strategy {
        var optimizerOptions = OptimizerOptions(tolerance: options.tolerance, timeLimit: 20)
        optimizerOptions.explainsRules = false  // the strategies use the plan only
        let optimizer = Optimizer(options: optimizerOptions)
        let warmupRandom = SplitMix64(seed: seed, stream: 3)
        switch kind {
        case .historical: return HistoricalStrategy(spend: world.historicalSpend ?? [])
        case .frozen: return FrozenStrategy()
        case .ruleOfThumb: return RuleOfThumbStrategy(core: RuleOfThumbStrategy.coreChannels(of: world), shift: options.ruleOfThumbShift)
        case .proportional: return ProportionalStrategy(window: options.proportionalWindow)
        case .optimizer:
            return OptimizerStrategy(
                learner: options.learner.learner, optimizer: optimizer, warmup: options.warmup, jitter: options.warmupJitter,
                trust: options.trust, warmupRandom: warmupRandom, risk: options.planRisk, draws: options.planDraws,
                drawRandom: SplitMix64(seed: seed, stream: 5))
        case .explorer:
            return ExplorerStrategy(
                learner: options.learner.learner, optimizer: optimizer, warmup: options.warmup, jitter: options.warmupJitter,
                trust: options.trust, warmupRandom: warmupRandom, random: SplitMix64(seed: seed, stream: 4))
        case .mediaMix:
            return MediaMixStrategy(
                optimizer: optimizer, warmup: options.warmup, jitter: options.warmupJitter, trust: options.trust,
                warmupRandom: warmupRandom, draws: options.planDraws, drawRandom: SplitMix64(seed: seed, stream: 6),
                settings: options.mediaMix)
        case .anchored:
            return AnchoredStrategy(optimizer: optimizer, trust: options.trust, warmupRandom: warmupRandom)
        case .combined:
            return CombinedStrategy(
                optimizer: optimizer, trust: options.trust, warmupRandom: warmupRandom, draws: options.planDraws,
                drawRandom: SplitMix64(seed: seed, stream: 6), settings: options.mediaMix)
        case .oracle: return OracleStrategy(plan: oracle!)
        }
    }
}

/// A replicate's random draws, the same for every strategy (common random numbers).
struct NoiseDraws {
    /// Standard normal draws, `[month][channel]`.
    let channel: [[Double]]
    /// The residual added to each month's total (0 without a residual pool).
    let residual: [Double]

    init(world: World, seed: UInt64) {
        var noise = SplitMix64(seed: seed, stream: 1)
        channel = (0..<world.months).map { _ in world.channels.map { _ in noise.nextGaussian() } }
        var pick = SplitMix64(seed: seed, stream: 2)
        residual = (0..<world.months).map { _ in
            world.residuals.isEmpty ? 0 : world.residuals[pick.nextInt(below: world.residuals.count)]
        }
    }
}
