import BudgetModel
import Optimizer
import Planning

/// The report of `budgetlab plan`: spend by month and channel, each month's budget, outcome
/// and marginal value, what moving money between months is worth, and the rules.
public enum PlanReport {
    /// Renders an annual plan (`json` follows the contract in docs/scenario-format.md).
    public static func render(_ plan: AnnualPlan, format: OutputFormat) -> String {
        switch format {
        case .json: json(plan).rendered()
        case .table, .markdown, .csv: document(plan).render(format)
        }
    }

    static func document(_ plan: AnnualPlan) -> Document {
        let currency = plan.scenario.currency
        var document = Document()
        document.append(.title("Plan for \(plan.scenario.name): \(plan.months.count) months"))
        var facts: [(label: String, value: Cell)] = [
            ("Status", .text(statusText(plan))),
            ("Total spend", .number(plan.totalSpend) { Format.money($0, currency: currency) }),
            ("Total outcome", .number(plan.totalOutcome, Format.amount)),
            ("ROI", .number(Common.ratio(plan.totalOutcome, plan.totalSpend), Format.ratio)),
            ("Solver", .text("\(plan.iterations) rounds, \(Format.amount(plan.seconds)) s")),
        ]
        if plan.actualMonths > 0 { facts.append(("Actuals", .text("\(plan.actualMonths) months fixed, the rest re-planned"))) }
        document.append(.facts(facts))
        document.append(.table(monthTable(plan)))
        document.append(.table(spendTable(plan)))
        if let moving = movingSentence(plan) { document.append(.paragraph(moving)) }
        let binding = plan.rules.filter(\.binding)
        document.append(.table(ruleTable(binding, title: "Binding rules")))
        let loose = plan.rules.count - binding.count
        if loose > 0 { document.append(.paragraph("\(loose) other rules do not bind (shadow price 0); `--format json` lists them all.")) }
        return document
    }

    static func statusText(_ plan: AnnualPlan) -> String {
        let status = "\(plan.isProven ? "optimal" : "feasible") (\(plan.method.rawValue))"
        guard plan.bound.isFinite, plan.gap.isFinite else { return "\(status): no finite bound was proven" }
        var text = "\(status): provably within \(Format.gapPercent(plan.gap)) of the best possible (bound \(Format.amount(plan.bound)))"
        if !plan.isProven { text += ", above the \(Format.gapPercent(plan.tolerance)) target" }
        return text
    }

    /// Months: budget, spend, outcome, ROI and λ (the value of one more unit of budget there).
    static func monthTable(_ plan: AnnualPlan) -> Table {
        let currency = plan.scenario.currency
        let rows: [[Cell]] = plan.months.map { month in
            [
                .text(month.label + (month.isActual ? " (actual)" : "")), .number(month.budget, Format.amount),
                .number(month.spend, Format.amount), .number(month.outcome, Format.amount),
                .number(Common.ratio(month.outcome, month.spend), Format.ratio), .number(month.marginalValue, Format.rate),
            ]
        }
        return Table(
            title: "Months",
            columns: [
                .text("Month"), .number(Common.title("Budget", currency: currency)), .number("Spend"), .number("Outcome"),
                .number("ROI"), .number("Marginal ROI of budget"),
            ],
            rows: rows,
            total: [
                .text("Total"), .empty, .number(plan.totalSpend, Format.amount), .number(plan.totalOutcome, Format.amount),
                .number(Common.ratio(plan.totalOutcome, plan.totalSpend), Format.ratio), .empty,
            ])
    }

    /// Spend by month (rows) and channel (columns).
    static func spendTable(_ plan: AnnualPlan) -> Table {
        let names = plan.scenario.channels.map(\.name)
        let rows: [[Cell]] = plan.months.map { month in
            [.text(month.label)] + month.channels.map { .number($0.spend, Format.amount) } + [.number(month.spend, Format.amount)]
        }
        let totals = names.indices.map { i in plan.months.reduce(0) { $0 + $1.channels[i].spend } }
        return Table(
            title: "Spend by month and channel",
            columns: [.text("Month")] + names.map { .number($0) } + [.number("Total")],
            rows: rows,
            total: [.text("Total")] + totals.map { .number($0, Format.amount) } + [.number(plan.totalSpend, Format.amount)])
    }

    /// "Moving one unit of budget from 2027-07 to 2027-11 would add 0.42 (λ 2.10 → 2.52)."
    static func movingSentence(_ plan: AnnualPlan) -> String? {
        let planned = plan.months.indices.filter { plan.months[$0].marginalValue != nil }
        guard let low = planned.min(by: { plan.months[$0].marginalValue! < plan.months[$1].marginalValue! }),
              let high = planned.max(by: { plan.months[$0].marginalValue! < plan.months[$1].marginalValue! }),
              let value = plan.valueOfMoving(from: low, to: high)
        else { return nil }
        let (a, b) = (plan.months[low], plan.months[high])
        if abs(value) <= 1e-6 * max(abs(b.marginalValue!), 1) {
            return "Moving budget between months: every month's last unit of budget returns the same "
                + "(\(Format.rate(b.marginalValue!))), so no shift between months would add anything."
        }
        return "Moving budget between months: one more unit in \(b.label) adds \(Format.rate(b.marginalValue!)), one unit less in "
            + "\(a.label) costs \(Format.rate(a.marginalValue!)); moving one unit from \(a.label) to \(b.label) would add "
            + "\(Format.rate(value)) if the month budget rules allowed it (the difference of the months' marginal ROIs of budget)."
    }

    static func ruleTable(_ rules: [PlanRule], title: String) -> Table {
        Table(
            title: title,
            columns: [
                .text("Rule"), .text("Month"), .text("Binding"), .number("Shadow price"), Column(title: "Unit", alignment: .left, csvOnly: true),
            ],
            rows: rules.map { rule in
                [
                    .text(rule.name), .text(rule.month ?? "horizon"), .text(rule.binding ? "yes" : "no"),
                    .number(rule.shadowPrice, Format.rate), .text(rule.unit.rawValue),
                ]
            })
    }
}
