import Localization
import BudgetModel
import Optimizer

/// The report of `budgetlab whatif`: a base plan beside the plan after some changes.
///
/// JSON keys: `changes` (each change in words), `base` and `changed` (each the object of
/// ``OptimizeReport``'s JSON) and `delta` (`objective`, `total_spend`, `total_outcome`:
/// changed − base).
public enum WhatIfReport {
    /// Renders a what-if comparison.
    ///
    /// - Parameters:
    ///   - base: The plan for the scenario as given.
    ///   - changed: The plan for the scenario with `changes` applied.
    ///   - changes: The changes, in the order they were applied.
    ///   - format: The output format.
    /// - Returns: The report, ending with a newline.
    public static func render(
        base: OptimizationResult, changed: OptimizationResult, changes: [ScenarioChange], format: OutputFormat
    ) -> String {
        switch format {
        case .json: json(base: base, changed: changed, changes: changes).rendered()
        case .table, .markdown, .csv: document(base: base, changed: changed, changes: changes).render(format)
        }
    }

    static func document(base: OptimizationResult, changed: OptimizationResult, changes: [ScenarioChange]) -> Document {
        var document = Document()
        document.append(.title(tr(.whatIfTitle, ["name": base.scenario.name])))
        document.append(.list(title: tr(.changes), items: changes.isEmpty ? [tr(.none)] : changes.map(\.description)))
        document.append(.facts([
            (tr(.columnBase), .text(OptimizeReport.statusText(base))),
            (tr(.columnChanged), .text(OptimizeReport.statusText(changed))),
        ] + UncertaintyReport.facts(base.uncertainty, risk: nil, label: " (base)")
          + UncertaintyReport.facts(changed.uncertainty, risk: changed.scenario.risk, label: " (changed)")))
        document.append(.table(channelTable(base: base, changed: changed)))
        document.append(.table(totalsTable(base: base, changed: changed)))
        let binding = changed.rules.filter(\.binding)
        if binding.isEmpty {
            document.append(.paragraph(tr(.noRuleBinds)))
        } else {
            document.append(.table(OptimizeReport.ruleTable(binding, of: changed, title: tr(.bindingAfterChanges))))
        }
        if changed.method == .milp { document.append(.paragraph(Explanation.milpNote)) }
        return document
    }

    /// Spend per channel, base and changed, with the difference.
    static func channelTable(base: OptimizationResult, changed: OptimizationResult) -> Table {
        let currency = changed.scenario.currency
        let baseNames = Set(base.channels.map(\.name))
        let names = base.channels.map(\.name) + changed.channels.map(\.name).filter { !baseNames.contains($0) }
        let befores = Common.aligned(base.channels, to: names)
        let afters = Common.aligned(changed.channels, to: names)
        let labels = Common.labels(changed.scenario)
        let rows = names.indices.map { k -> [Cell] in
            let (name, before, after) = (names[k], befores[k]?.spend, afters[k]?.spend)
            return [
                Common.channelCell(name, labels: labels), .number(before, Format.amount), .number(after, Format.amount),
                deltaCell(before, after),
            ]
        }
        return Table(
            title: tr(.spendByChannel),
            columns: [
                .text(tr(.columnChannel)), .number(Common.title(.columnBase, currency: currency)),
                .number(Common.title(.columnChanged, currency: currency)), .number("Δ"),
            ],
            rows: rows,
            total: [
                .text(tr(.total)), .number(base.totalSpend, Format.amount), .number(changed.totalSpend, Format.amount),
                deltaCell(base.totalSpend, changed.totalSpend),
            ])
    }

    /// Objective, spend, outcome and ROI, base and changed, with Δ and Δ%.
    static func totalsTable(base: OptimizationResult, changed: OptimizationResult) -> Table {
        let kind = ObjectiveKind(changed.scenario.objective)
        let currency = changed.scenario.currency
        func row(_ label: String, _ a: Double?, _ b: Double?, _ display: @escaping (Double) -> String) -> [Cell] {
            let delta = a.flatMap { a in b.map { $0 - a } }
            let relative = a.flatMap { a in delta.flatMap { Common.ratio($0, abs(a)) } }
            return [
                .text(label), .number(a, display), .number(b, display),
                .number(delta) { ($0 > 0 ? "+" : "") + display($0) },
                .number(relative) { ($0 > 0 ? "+" : "") + Format.percent($0) },
            ]
        }
        return Table(
            title: tr(.totals),
            columns: [.text(tr(.columnMeasure)), .number(tr(.columnBase)), .number(tr(.columnChanged)), .number("Δ"), .number("Δ%")],
            rows: [
                row("\(tr(.labelObjective)) (\(kind.word))", base.objective, changed.objective) { kind.value($0, currency: currency) },
                row(tr(.labelTotalSpend), base.totalSpend, changed.totalSpend) { Format.money($0, currency: currency) },
                row(tr(.labelTotalOutcome), base.totalOutcome, changed.totalOutcome, Format.amount),
                row(tr(.labelROI), Common.ratio(base.totalOutcome, base.totalSpend),
                    Common.ratio(changed.totalOutcome, changed.totalSpend), Format.ratio),
            ])
    }

    private static func deltaCell(_ before: Double?, _ after: Double?) -> Cell {
        guard let before, let after else { return .number(nil, Format.amount) }
        return Cell(text: Format.change(after - before, base: before), raw: Format.raw(after - before))
    }

    static func json(base: OptimizationResult, changed: OptimizationResult, changes: [ScenarioChange]) -> JSON {
        .object([
            ("changes", .array(changes.map { .string($0.description) })),
            ("base", OptimizeReport.json(base)),
            ("changed", OptimizeReport.json(changed)),
            ("delta", .object([
                ("objective", .number(changed.objective - base.objective)),
                ("total_spend", .number(changed.totalSpend - base.totalSpend)),
                ("total_outcome", .number(changed.totalOutcome - base.totalOutcome)),
            ])),
        ])
    }
}
