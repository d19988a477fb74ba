import Localization
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
        document.append(.title(tr(.annualTitle, ["name": plan.scenario.name, "months": "\(plan.months.count)"])))
        var facts: [(label: String, value: Cell)] = [
            (tr(.labelStatus), .text(statusText(plan))),
            (tr(.labelTotalSpend), .number(plan.totalSpend) { Format.money($0, currency: currency) }),
            (tr(.labelTotalOutcome), .number(plan.totalOutcome, Format.amount)),
            (tr(.labelROI), .number(Common.ratio(plan.totalOutcome, plan.totalSpend), Format.ratio)),
            (tr(.labelSolver), .text(tr(plan.iterations == 1 ? .annualSolverTextOneRound : .annualSolverText, ["rounds": "\(plan.iterations)", "seconds": Format.amount(plan.seconds)]))),
        ]
        if plan.actualMonths > 0 {
            facts.append((tr(.labelActuals), .text(tr(.actualsText, ["months": "\(plan.actualMonths)"]))))
        }
        document.append(.facts(facts))
        document.append(.table(monthTable(plan)))
        document.append(.table(spendTable(plan)))
        if let moving = movingSentence(plan) { document.append(.paragraph(moving)) }
        let binding = plan.rules.filter(\.binding)
        document.append(.table(ruleTable(binding, title: tr(.bindingRules))))
        let loose = plan.rules.count - binding.count
        if loose > 0 { document.append(.paragraph(tr(.looseRules, ["count": "\(loose)"]))) }
        return document
    }

    static func statusText(_ plan: AnnualPlan) -> String {
        let status = "\(tr(plan.isProven ? .statusOptimal : .statusFeasible)) (\(plan.method.rawValue))"
        guard plan.bound.isFinite, plan.gap.isFinite else { return tr(.statusNoBound, ["status": status]) }
        var text = tr(.statusWithin, ["status": status, "gap": Format.gapPercent(plan.gap), "bound": Format.amount(plan.bound)])
        if !plan.isProven { text += tr(.statusAboveTarget, ["target": Format.gapPercent(plan.tolerance)]) }
        return text
    }

    /// Months: budget, spend, outcome, ROI and λ (the value of one more unit of budget there).
    static func monthTable(_ plan: AnnualPlan) -> Table {
        let currency = plan.scenario.currency
        let rows: [[Cell]] = plan.months.map { month in
            [
                Cell(text: MonthLabel.shown(month.label) + (month.isActual ? tr(.actualSuffix) : ""), raw: month.label + (month.isActual ? tr(.actualSuffix) : "")), .number(month.budget, Format.amount),
                .number(month.spend, Format.amount), .number(month.outcome, Format.amount),
                .number(Common.ratio(month.outcome, month.spend), Format.ratio), .number(month.marginalValue, Format.rate),
            ]
        }
        return Table(
            title: tr(.tableMonths),
            columns: [
                .text(tr(.columnMonth)), .number(Common.title(.labelBudget, currency: currency)), .number(tr(.columnSpend)),
                .number(tr(.columnOutcome)), .number(tr(.columnROI)), .number(tr(.columnBudgetMarginalROI)),
            ],
            rows: rows,
            total: [
                .text(tr(.total)), .empty, .number(plan.totalSpend, Format.amount), .number(plan.totalOutcome, Format.amount),
                .number(Common.ratio(plan.totalOutcome, plan.totalSpend), Format.ratio), .empty,
            ])
    }

    /// Spend by month (rows) and channel (columns).
    static func spendTable(_ plan: AnnualPlan) -> Table {
        let names = plan.scenario.channels.map(\.name)
        let titles = plan.scenario.channels.map { $0.label ?? $0.name }
        let rows: [[Cell]] = plan.months.map { month in
            [Cell(text: MonthLabel.shown(month.label), raw: month.label)] + month.channels.map { .number($0.spend, Format.amount) } + [.number(month.spend, Format.amount)]
        }
        let totals = names.indices.map { i in plan.months.reduce(0) { $0 + $1.channels[i].spend } }
        return Table(
            title: tr(.spendByMonthAndChannel),
            columns: [.text(tr(.columnMonth))] + titles.map { .number($0) } + [.number(tr(.total))],
            rows: rows,
            total: [.text(tr(.total))] + totals.map { .number($0, Format.amount) } + [.number(plan.totalSpend, Format.amount)])
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
            return tr(.movingNothing, ["value": Format.rate(b.marginalValue!)])
        }
        return tr(.movingBudget, [
            "high": MonthLabel.shown(b.label), "highValue": Format.rate(b.marginalValue!), "low": MonthLabel.shown(a.label), "lowValue": Format.rate(a.marginalValue!),
            "value": Format.rate(value),
        ])
    }

    static func ruleTable(_ rules: [PlanRule], title: String) -> Table {
        Table(
            title: title,
            columns: [
                .text(tr(.columnRule)), .text(tr(.columnMonth)), .text(tr(.columnBinding)), .number(tr(.columnShadowPrice)),
                Column(title: tr(.columnUnit), alignment: .left, csvOnly: true),
            ],
            rows: rules.map { rule in
                [
                    .text(rule.name), Cell(text: rule.month.map(MonthLabel.shown) ?? tr(.wholeHorizon), raw: rule.month ?? "horizon"), Common.yesNo(rule.binding),
                    .number(rule.shadowPrice, Format.rate), .text(rule.unit.rawValue),
                ]
            })
    }
}
