extension SimulationSummary {
    /// Condenses a simulation (see the type's description for every figure).
    public init(_ result: SimulationResult) {
        let world = result.world
        let info = WorldInfo(
            name: world.name, currency: world.currency, source: world.sourceName, channels: world.channels,
            months: world.monthLabels, budgets: world.budgets, baselineTotal: world.baseline.reduce(0, +),
            noise: world.noise.label, oracleMethod: result.oracle.method.rawValue, oracleGap: result.oracle.gap,
            oracleExpectedOutcome: result.oracleExpectedOutcome, seeds: result.options.seeds, seed: result.options.seed,
            warmup: result.options.warmup, learner: result.options.learner.rawValue,
            fitR2: world.fit?.r2, fitHoldoutMAPE: world.fit?.holdoutMAPE)
        var strategies = result.options.strategies.indices.map { k in
            Self.strategy(k, result: result)
        }
        let order = strategies.indices.sorted {
            strategies[$0].expectedOutcome != strategies[$1].expectedOutcome
                ? strategies[$0].expectedOutcome > strategies[$1].expectedOutcome : $0 < $1
        }
        for (rank, k) in order.enumerated() { strategies[k].rank = rank + 1 }
        self.init(world: info, strategies: strategies)
    }

    private static func strategy(_ k: Int, result: SimulationResult) -> Strategy {
        let runs = result.replicates.map { $0.runs[k] }
        let oracle = result.oracleExpectedOutcome
        let months = result.world.months
        let channels = result.world.channels.count
        let regrets = runs.map { oracle > 0 ? (oracle - $0.expectedOutcome) / oracle : 0 }
        let realized = zip(result.replicates, runs).map { replicate, run in
            replicate.oracleOutcome != 0 ? (replicate.oracleOutcome - run.totalOutcome) / replicate.oracleOutcome : 0
        }
        func meanGrid(_ grid: (StrategyRun) -> [[Double]]) -> [[Double]] {
            (0..<months).map { t in (0..<channels).map { i in Statistics.mean(runs.map { grid($0)[t][i] }) } }
        }
        let spend = meanGrid(\.spend)
        let outcome = meanGrid(\.outcome)
        let roi = (0..<months).map { t in
            let x = spend[t].reduce(0, +)
            return x > 0 ? outcome[t].reduce(0, +) / x : 0
        }
        let cumulative = runs.map { Statistics.cumulative($0.outcome.map { $0.reduce(0, +) }) }
        let band = Band(
            mean: (0..<months).map { t in Statistics.mean(cumulative.map { $0[t] }) },
            p05: (0..<months).map { t in Statistics.quantile(cumulative.map { $0[t] }, 0.05) },
            p95: (0..<months).map { t in Statistics.quantile(cumulative.map { $0[t] }, 0.95) })
        let oracleCumulative = Statistics.cumulative(result.oracleExpectedByMonth)
        let shortfall = runs.map { run in
            zip(oracleCumulative, Statistics.cumulative(run.expected.map { $0.reduce(0, +) })).map { oracle > 0 ? ($0 - $1) / oracle : 0 }
        }
        var examples: [String] = []
        for (replicate, run) in zip(result.replicates, runs) {
            for (t, messages) in run.violations.enumerated() {
                for message in messages where examples.count < 5 {
                    examples.append("seed \(replicate.seed), month \(result.world.monthLabels[t]): \(message)")
                }
            }
        }
        let totalOutcome = Statistics.mean(runs.map(\.totalOutcome))
        let totalSpend = Statistics.mean(runs.map(\.totalSpend))
        return Strategy(
            name: result.options.strategies[k].rawValue, rank: 0, totalOutcome: totalOutcome,
            expectedOutcome: Statistics.mean(runs.map(\.expectedOutcome)), totalSpend: totalSpend,
            roi: totalSpend > 0 ? totalOutcome / totalSpend : 0, regret: Statistics.mean(regrets),
            regretP05: Statistics.quantile(regrets, 0.05), regretP95: Statistics.quantile(regrets, 0.95),
            realizedRegret: Statistics.mean(realized), violations: runs.reduce(0) { $0 + $1.violationCount },
            repairedMonths: Statistics.mean(runs.map { Double($0.repaired.filter { $0 }.count) }),
            violationExamples: examples,
            monthly: Monthly(
                spend: spend, outcome: outcome, roi: roi, cumulativeOutcome: band,
                cumulativeRegret: (0..<months).map { t in Statistics.mean(shortfall.map { $0[t] }) }))
    }
}

extension World {
    /// `scenario` or `history`.
    var sourceName: String {
        switch source {
        case .scenario: "scenario"
        case .history: "history"
        }
    }

    /// The fit behind a history world.
    var fit: (r2: Double, holdoutMAPE: Double?)? {
        if case let .history(r2, holdout) = source { return (r2, holdout) }
        return nil
    }
}
