import Localization
import Simulation

/// The report of `budgetlab simulate`: per strategy the totals, regret against the oracle and
/// rule breaks, and month by month per channel the mean spend and outcome.
///
/// JSON (the contract in docs/scenario-format.md, plus keys): `world` (name, currency, source,
/// channels, months, budgets, baseline_total, noise, oracle_method, oracle_gap,
/// oracle_expected_outcome, seeds, seed, warmup, learner, fit_r2, fit_holdout_mape) and
/// `strategies`, each with `name`, `rank`, `total_outcome`, `expected_outcome`, `total_spend`,
/// `roi`, `regret`, `regret_p05`, `regret_p95`, `realized_regret`, `violations`,
/// `repaired_months`, `violation_examples` and `monthly` (`spend` and `outcome`
/// `[month][channel]`, `roi` per month, `cumulative_outcome` {mean, p05, p95},
/// `cumulative_regret`). ``SimulationSummary`` defines every figure and reads this JSON back.
/// CSV: the strategy table, then one row per strategy, month and channel.
public enum SimulationReport {
    /// Renders a summary.
    ///
    /// - Returns: The report, ending with a newline.
    public static func render(_ summary: SimulationSummary, format: OutputFormat) -> String {
        switch format {
        case .json: json(summary).rendered()
        case .table, .markdown: document(summary, monthly: false).render(format)
        case .csv: document(summary, monthly: true).render(format)
        }
    }

    /// Every replicate's months as CSV: `seed,strategy,month,channel,spend,outcome,expected_outcome`,
    /// one row per seed, strategy, month and channel (reported and expected outcome).
    public static func details(_ result: SimulationResult) -> String {
        var lines = ["seed,strategy,month,channel,spend,outcome,expected_outcome"]
        let world = result.world
        for replicate in result.replicates {
            for run in replicate.runs {
                for t in 0..<world.months {
                    for (i, channel) in world.channels.enumerated() {
                        lines.append([
                            String(replicate.seed), run.strategy.rawValue, csvField(world.monthLabels[t]), csvField(channel),
                            Format.raw(run.spend[t][i]), Format.raw(run.outcome[t][i]), Format.raw(run.expected[t][i]),
                        ].joined(separator: ","))
                    }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func document(_ summary: SimulationSummary, monthly: Bool) -> Document {
        var document = Document()
        document.append(.title(tr(.simulationTitle, ["name": summary.world.name])))
        document.append(.facts(SimulationText.facts(summary.world)))
        document.append(.table(strategyTable(summary)))
        if monthly { document.append(.table(monthlyTable(summary))) }
        document.append(.paragraph(SimulationText.definitions))
        let examples = summary.ranking.flatMap { strategy in strategy.violationExamples.map { "\(strategy.name): \($0)" } }
        if !examples.isEmpty { document.append(.list(title: tr(.rulesBrokenExamples), items: examples)) }
        return document
    }

    /// One row per strategy, best first.
    static func strategyTable(_ summary: SimulationSummary) -> Table {
        let currency = summary.world.currency
        let columns: [Column] = [
            .number(tr(.columnRank)), .text(tr(.columnStrategy)), .number(tr(.labelTotalOutcome)), .number(tr(.labelExpectedOutcome)),
            .number(Common.title(.labelTotalSpend, currency: currency)), .number(tr(.columnROI)), .number(tr(.columnRegret)),
            .text(tr(.columnRegretRange)), .number(tr(.columnViolations)), .number(tr(.columnRepairedMonths)),
            Column(title: tr(.columnRegretP05), alignment: .right, csvOnly: true), Column(title: tr(.columnRegretP95), alignment: .right, csvOnly: true),
            Column(title: tr(.columnRealizedRegret), alignment: .right, csvOnly: true),
        ]
        let rows = summary.ranking.map { s -> [Cell] in
            [
                .number(Double(s.rank)) { String(Int($0)) }, .text(s.name), .number(s.totalOutcome, Format.amount),
                .number(s.expectedOutcome, Format.amount), .number(s.totalSpend, Format.amount), .number(s.roi, Format.ratio),
                .number(s.regret) { SimulationText.percent($0) },
                .text("\(SimulationText.percent(s.regretP05)) – \(SimulationText.percent(s.regretP95))"),
                .number(Double(s.violations)) { String(Int($0)) }, .number(s.repairedMonths, Format.rate),
                .number(s.regretP05) { SimulationText.percent($0) }, .number(s.regretP95) { SimulationText.percent($0) },
                .number(s.realizedRegret) { SimulationText.percent($0) },
            ]
        }
        return Table(title: tr(.tableStrategies), columns: columns, rows: rows)
    }

    /// Mean spend and reported outcome per strategy, month and channel.
    static func monthlyTable(_ summary: SimulationSummary) -> Table {
        let columns: [Column] = [
            .text(tr(.columnStrategy)), .text(tr(.columnMonth)), .text(tr(.columnChannel)), .number(tr(.columnSpend)),
            .number(tr(.columnOutcome)),
        ]
        var rows: [[Cell]] = []
        for s in summary.strategies {
            for (t, month) in summary.world.months.enumerated() {
                for (i, channel) in summary.world.channels.enumerated() {
                    rows.append([
                        .text(s.name), .text(month), .text(channel),
                        .number(s.monthly.spend[t][i], Format.amount), .number(s.monthly.outcome[t][i], Format.amount),
                    ])
                }
            }
        }
        return Table(title: tr(.tableMonthly), columns: columns, rows: rows)
    }

    static func json(_ summary: SimulationSummary) -> JSON {
        let world = summary.world
        func numbers(_ values: [Double]) -> JSON { .array(values.map { .number($0) }) }
        func grid(_ values: [[Double]]) -> JSON { .array(values.map(numbers)) }
        return .object([
            ("world", .object([
                ("name", .string(world.name)), ("currency", .string(world.currency)), ("source", .string(world.source)),
                ("channels", .array(world.channels.map { .string($0) })), ("months", .array(world.months.map { .string($0) })),
                ("budgets", numbers(world.budgets)), ("baseline_total", .number(world.baselineTotal)),
                ("noise", .string(world.noise)), ("oracle_method", .string(world.oracleMethod)),
                ("oracle_gap", .number(world.oracleGap)), ("oracle_expected_outcome", .number(world.oracleExpectedOutcome)),
                ("seeds", .integer(world.seeds)), ("seed", .number(Double(world.seed))), ("warmup", .integer(world.warmup)),
                ("learner", .string(world.learner)), ("fit_r2", .number(world.fitR2)), ("fit_holdout_mape", .number(world.fitHoldoutMAPE)),
            ])),
            ("strategies", .array(summary.strategies.map { s in
                .object([
                    ("name", .string(s.name)), ("rank", .integer(s.rank)), ("total_outcome", .number(s.totalOutcome)),
                    ("expected_outcome", .number(s.expectedOutcome)), ("total_spend", .number(s.totalSpend)), ("roi", .number(s.roi)),
                    ("regret", .number(s.regret)), ("regret_p05", .number(s.regretP05)), ("regret_p95", .number(s.regretP95)),
                    ("realized_regret", .number(s.realizedRegret)), ("violations", .integer(s.violations)),
                    ("repaired_months", .number(s.repairedMonths)),
                    ("violation_examples", .array(s.violationExamples.map { .string($0) })),
                    ("monthly", .object([
                        ("spend", grid(s.monthly.spend)), ("outcome", grid(s.monthly.outcome)), ("roi", numbers(s.monthly.roi)),
                        ("cumulative_outcome", .object([
                            ("mean", numbers(s.monthly.cumulativeOutcome.mean)), ("p05", numbers(s.monthly.cumulativeOutcome.p05)),
                            ("p95", numbers(s.monthly.cumulativeOutcome.p95)),
                        ])),
                        ("cumulative_regret", numbers(s.monthly.cumulativeRegret)),
                    ])),
                ])
            })),
        ])
    }
}

/// Wording shared by the simulation and comparison reports.
enum SimulationText {
    /// A share as a percentage with 2 decimals: `3.25%`, `−0.01%`.
    static func percent(_ share: Double) -> String { Format.percent(share, decimals: 2) }

    static func facts(_ world: SimulationSummary.WorldInfo) -> [(label: String, value: Cell)] {
        var facts: [(label: String, value: Cell)] = [
            (tr(.labelWorld), .text(tr(world.source == "history" ? .worldHistory : .worldCurves))),
            (tr(.labelMonths), .text(tr(.monthsText, [
                "count": "\(world.months.count)", "first": world.months.first ?? "", "last": world.months.last ?? "",
            ]))),
            (tr(.labelBudget), .text(budgetText(world))),
            (tr(.labelReplicates), .text(tr(.replicatesText, [
                "count": "\(world.seeds)", "first": "\(world.seed)", "last": "\(world.seed &+ UInt64(max(world.seeds - 1, 0)))",
            ]))),
            (tr(.labelNoise), .text(world.noise)),
            (tr(.labelWarmup), .text(tr(.warmupText, ["months": "\(world.warmup)", "learner": world.learner]))),
            (tr(.labelOracle), .text(tr(.oracleText, [
                "method": world.oracleMethod, "gap": Format.gapPercent(world.oracleGap),
                "outcome": Format.amount(world.oracleExpectedOutcome),
            ]))),
        ]
        if world.source == "history" {
            facts.append((tr(.labelBaseline), .text(tr(.baselineText, ["value": Format.amount(world.baselineTotal)]))))
            if let r2 = world.fitR2 {
                let mape = world.fitHoldoutMAPE.map { tr(.holdoutMAPEText, ["value": Format.percent($0)]) } ?? ""
                facts.append((tr(.labelFit), .text("R² \(Format.ratio(r2))" + mape)))
            }
        }
        return facts
    }

    static func budgetText(_ world: SimulationSummary.WorldInfo) -> String {
        let low = world.budgets.min() ?? 0, high = world.budgets.max() ?? 0
        let money = { Format.money($0, currency: world.currency) }
        return low == high
            ? tr(.budgetPerMonth, ["amount": money(low)])
            : tr(.budgetRangePerMonth, ["low": money(low), "high": money(high)])
    }

    static var definitions: String { tr(.simulationDefinitions) }
}
