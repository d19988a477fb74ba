import BudgetModel
import Fitting
import Optimizer

/// Plays one replicate: every strategy, month by month, against the same noise draws.
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
    let oracle: OraclePlan
    let projector: PlanProjector

    func run(index: Int) throws(SimulationError) -> Replicate {
        let seed = options.seed &+ UInt64(index)
        let draws = NoiseDraws(world: world, seed: seed)
        var strategies = options.strategies.map { makeStrategy($0, seed: seed) }
        var runs = options.strategies.map { StrategyRun(strategy: $0) }
        var previous = options.strategies.map { _ in world.startingPlan }
        let scale = world.noiseScale
        for t in 0..<world.months {
            for k in strategies.indices {
                let rules = world.rules(month: t, previous: previous[k])
                let context = StrategyContext(
                    month: t, budget: world.budgets[t], rules: rules, previous: previous[k], startingPlan: world.startingPlan)
                let fallback = rules.channels.map { $0.current ?? 0 }
                let proposal = (try? strategies[k].decide(month: t, context: context)) ?? fallback
                var plan = proposal
                var repaired = false
                if strategies[k].repairsProposals {
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
                strategies[k].observe(
                    month: t, spend: plan, outcome: reported.indices.map { reported[$0] * world.reportFactors[$0] }, total: total)
                runs[k].spend.append(plan)
                runs[k].expected.append(expected)
                runs[k].outcome.append(reported)
                runs[k].total.append(total)
                runs[k].violations.append(rules.violations(of: plan).map(\.message))
                runs[k].repaired.append(repaired)
                previous[k] = plan
            }
        }
        let oracleOutcome = oracle.spend.indices.reduce(0.0) { sum, t in
            let expected = world.expectedOutcome(oracle.spend[t], month: t)
            return sum + expected.indices.reduce(0) { $0 + world.noise.apply(expected: expected[$1], scale: scale[$1], draw: draws.channel[t][$1]) }
        }
        return Replicate(index: index, seed: seed, runs: runs, oracleOutcome: oracleOutcome)
    }

    private func makeStrategy(_ kind: StrategyKind, seed: UInt64) -> any Strategy {
        let optimizer = Optimizer(options: OptimizerOptions(tolerance: options.tolerance, timeLimit: 20))
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
                warmupRandom: warmupRandom, draws: options.planDraws, drawRandom: SplitMix64(seed: seed, stream: 6))
        case .oracle: return OracleStrategy(plan: oracle)
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
