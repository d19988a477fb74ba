import ArgumentParser
import BudgetModel
import Localization
import Optimizer
import Reports

struct WhatIf: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "Change the scenario and compare: the base plan and the changed plan side by side, with deltas.",
        discussion: """
            Examples:
              budgetlab whatif Scenarios/b2c-consumer-brand.yaml --budget +20%
              budgetlab whatif FILE --budget 1.2e6 --set douyin.max=300000 \\
                --scale bilibili=0.8
              budgetlab whatif FILE --share core=0.5..0.6 --max-change 0.4
            Use --budget=-10% for a cut (a value starting with '-' needs the '=').
            """)

    @OptionGroup var scenario: ScenarioArgument
    @OptionGroup var output: OutputOptions
    @OptionGroup var risk: RiskOption

    @Option(help: "New budget: +20%, -10%, 120% or an amount such as 1.2e6 or 120万 (a value with a sign needs its %).")
    var budget: BudgetChange?

    @Option(name: .customLong("set"), help: "CHANNEL.FIELD=VALUE for min, max, current, min_buy, buy_unit, max_change (VALUE a number such as 300000 or 30万, or 'none' to remove it) or locked=true|false. Repeatable.")
    var settings: [FieldSetting] = []

    @Option(help: "CHANNEL=FACTOR: the channel's curve times FACTOR (0.8 = 20% less effective). Repeatable.")
    var scale: [CurveScale] = []

    @Option(help: "GROUP=MIN..MAX share of total spend (either side may be empty). Repeatable.")
    var share: [ShareSetting] = []

    @Option(help: "New scenario-wide max_change (fraction), or 'none'.")
    var maxChange: OptionalNumber?

    var changes: [ScenarioChange] {
        var changes: [ScenarioChange] = []
        if let budget { changes.append(budget.change) }
        changes += settings.map(\.change)
        changes += scale.map { .scaleCurve(channel: $0.channel, factor: $0.factor) }
        changes += share.map { .setShare(group: $0.group, min: $0.min, max: $0.max) }
        if let maxChange { changes.append(.setMaxChange(maxChange.value)) }
        return changes
    }

    func validate() throws {
        guard !changes.isEmpty else { throw usageError(output.locale, .usageNoChange) }
    }

    func run() throws {
        try runReportingFailures(output.locale) {
            OutputFiles.protect([scenario.file])
            let base = try risk.apply(to: Scenario.load(path: scenario.file), file: scenario.file)
            let changed = try base.applying(changes)
            let optimizer = Optimizer()
            let baseResult = try optimizer.optimize(base)
            let changedResult: OptimizationResult
            do { changedResult = try optimizer.optimize(changed) } catch let error as OptimizerError {
                if case let .infeasible(conflict) = error {
                    throw Failure.infeasible(tr(.errAfterChanges, ["message": OptimizerError.infeasible(conflict: conflict).description]))
                }
                throw error
            }
            try output.emit(WhatIfReport.render(base: baseResult, changed: changedResult, changes: changes, format: output.format))
        }
    }
}

/// `+20%`, `-10%`, `120%` (relative) or `1.2e6` (absolute).
struct BudgetChange: ExpressibleByArgument {
    let change: ScenarioChange
    init?(argument: String) {
        if argument.hasSuffix("%") {
            let body = argument.dropLast()
            guard let number = Double(body.hasPrefix("+") ? String(body.dropFirst()) : String(body)), number.isFinite else { return nil }
            let signed = body.hasPrefix("+") || body.hasPrefix("-")
            change = .scaleBudget(signed ? 1 + number / 100 : number / 100)
        } else {
            // "+20" is not an amount of 20: a signed value is a change and needs its '%'.
            guard !argument.hasPrefix("+"), !argument.hasPrefix("-"), let amount = parseAmount(argument) else { return nil }
            change = .setBudget(amount)
        }
    }
}

/// `CHANNEL.FIELD=VALUE`.
struct FieldSetting: ExpressibleByArgument {
    let change: ScenarioChange
    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let dot = parts[0].lastIndex(of: ".") else { return nil }
        let channel = String(parts[0][..<dot])
        let field = String(parts[0][parts[0].index(after: dot)...])
        if field == "locked" {
            guard let flag = Bool(parts[1]) else { return nil }
            change = .setLocked(channel: channel, flag)
        } else if parts[1] == "none" {
            change = .setChannelField(channel: channel, field: field, value: nil)
        } else {
            guard let value = parseAmount(parts[1]) else { return nil }
            change = .setChannelField(channel: channel, field: field, value: value)
        }
    }
}

/// A finite number, or an amount in 万/亿 (`30万`, `1.2亿`).
func parseAmount(_ text: String) -> Double? {
    guard let value = ChineseAmount.parse(text) ?? Double(text), value.isFinite else { return nil }
    return value
}

/// `CHANNEL=FACTOR`.
struct CurveScale: ExpressibleByArgument {
    let channel: String
    let factor: Double
    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let factor = Double(parts[1]) else { return nil }
        (channel, self.factor) = (parts[0], factor)
    }
}

/// `GROUP=MIN..MAX`.
struct ShareSetting: ExpressibleByArgument {
    let group: String
    let min: Double?
    let max: Double?
    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let range = parts[1].range(of: "..") else { return nil }
        let low = String(parts[1][..<range.lowerBound])
        let high = String(parts[1][range.upperBound...])
        group = parts[0]
        min = low.isEmpty ? nil : Double(low)
        max = high.isEmpty ? nil : Double(high)
        if (!low.isEmpty && min == nil) || (!high.isEmpty && max == nil) || (min == nil && max == nil) { return nil }
    }
}

/// A number or `none`.
struct OptionalNumber: ExpressibleByArgument {
    let value: Double?
    init?(argument: String) {
        if argument == "none" { value = nil; return }
        guard let number = Double(argument), number.isFinite, number >= 0 else { return nil }
        value = number
    }
}
