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
        document.append(.title("Simulation: \(summary.world.name)"))
        document.append(.facts(SimulationText.facts(summary.world)))
        document.append(.table(strategyTable(summary)))
        if monthly { document.append(.table(monthlyTable(summary))) }
        document.append(.paragraph(SimulationText.definitions))
        let examples = summary.ranking.flatMap { strategy in strategy.violationExamples.map { "\(strategy.name): \($0)" } }
        if !examples.isEmpty { document.append(.list(title: "Rules broken (first examples)", items: examples)) }
        return document
    }

    /// One row per strategy, best first.
    static func strategyTable(_ summary: SimulationSummary) -> Table {
        let currency = summary.world.currency
        let columns: [Column] = [
            .number("Rank"), .text("Strategy"), .number("Total outcome"), .number("Expected outcome"),
            .number(Common.title("Total spend", currency: currency)), .number("ROI"), .number("Regret"),
            .text("Regret 5–95%"), .number("Violations"), .number("Repaired months"),
            Column(title: "Regret p05", alignment: .right, csvOnly: true), Column(title: "Regret p95", alignment: .right, csvOnly: true),
            Column(title: "Realized regret", alignment: .right, csvOnly: true),
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
        return Table(title: "Strategies", columns: columns, rows: rows)
    }

    /// Mean spend and reported outcome per strategy, month and channel.
    static func monthlyTable(_ summary: SimulationSummary) -> Table {
        let columns: [Column] = [.text("Strategy"), .text("Month"), .text("Channel"), .number("Spend"), .number("Outcome")]
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
        return Table(title: "Monthly", columns: columns, rows: rows)
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
            ("World", .text(world.source == "history" ? "fitted to a history (media-mix model)" : "a scenario of true curves")),
            ("Months", .text("\(world.months.count) (\(world.months.first ?? "") to \(world.months.last ?? ""))")),
            ("Budget", .text(budgetText(world))),
            ("Replicates", .text("\(world.seeds) (seeds \(world.seed) to \(world.seed &+ UInt64(max(world.seeds - 1, 0))))")),
            ("Noise", .text(world.noise)),
            ("Warm-up", .text("\(world.warmup) months; learner \(world.learner)")),
            ("Oracle", .text("\(world.oracleMethod) plan, proven within \(Format.gapPercent(world.oracleGap)); expected outcome \(Format.amount(world.oracleExpectedOutcome))")),
        ]
        if world.source == "history" {
            facts.append(("Baseline", .text("\(Format.amount(world.baselineTotal)) over the months (outcome without media, the same for every strategy)")))
            if let r2 = world.fitR2 {
                facts.append(("Fit", .text("R² \(Format.ratio(r2))" + (world.fitHoldoutMAPE.map { ", hold-out MAPE \(Format.percent($0))" } ?? ""))))
            }
        }
        return facts
    }

    static func budgetText(_ world: SimulationSummary.WorldInfo) -> String {
        let low = world.budgets.min() ?? 0, high = world.budgets.max() ?? 0
        let money = { Format.money($0, currency: world.currency) }
        return low == high ? "\(money(low)) a month" : "\(money(low)) to \(money(high)) a month (what was actually spent)"
    }

    static let definitions = """
        Outcomes are media outcomes summed over the months, as reported (with noise) and as expected on the \
        true curves. Regret is the share of the oracle's expected outcome a strategy fell short by, averaged \
        over replicates (5–95%: the spread over replicates); the oracle knows the true curves. Violations \
        count rules broken by the plans actually spent (all replicates); repaired months are months per \
        replicate whose proposal broke a rule and was moved to the nearest plan that obeys them.
        """
}
