import BudgetModel
import Localization
import Optimizer

/// How every outcome-reporting command shows the curves' draws: the outcome's 90% interval and
/// the probability that the plan beats the current one.
enum UncertaintyReport {
    /// Fact lines for a report's header: the risk measure optimised (if any), the outcome over
    /// the draws, and how often the plan beats the current one. Empty without draws.
    static func facts(_ uncertainty: OutcomeUncertainty?, risk: Risk?, label: String = "") -> [(label: String, value: Cell)] {
        var facts: [(label: String, value: Cell)] = []
        if let risk { facts.append((tr(.labelRisk) + label, .text(summary(risk)))) }
        guard let u = uncertainty else { return facts }
        facts.append((tr(.labelOutcomeOverDraws) + label, .text(outcomeText(u))))
        if let p = u.probabilityBeatsCurrent {
            facts.append((tr(.labelBeatsCurrent) + label, .text(beatsText(p, u))))
        }
        return facts
    }

    /// `mean 1,234,000; 90% interval 1,100,000 – 1,350,000; worst 10% 1,050,000 (100 draws)`.
    static func outcomeText(_ u: OutcomeUncertainty) -> String {
        tr(.outcomeOverDrawsText, [
            "mean": Format.amount(u.meanOutcome), "low": Format.amount(u.outcomeInterval.lowerBound),
            "high": Format.amount(u.outcomeInterval.upperBound), "worst": Format.amount(u.worstTenthOutcome),
            "draws": "\(u.draws)",
        ])
    }

    /// `in 83% of draws (gain over current, 90% interval −1,200 – +5,000)`.
    static func beatsText(_ p: Double, _ u: OutcomeUncertainty, versus: Message = .versusCurrent) -> String {
        let percent = Format.percent(p, decimals: 0)
        guard let gain = u.improvementInterval else { return tr(.beatsText, ["percent": percent]) }
        return tr(.beatsGainText, [
            "percent": percent, "versus": tr(versus),
            "low": Format.signed(gain.lowerBound), "high": Format.signed(gain.upperBound),
        ])
    }

    /// What the risk measure is, in words.
    static func summary(_ risk: Risk) -> String {
        switch risk {
        case .mean: tr(.riskMeanSummary)
        case let .cvar(level): tr(.riskCVaRSummary, ["share": Format.percent(level, decimals: 0)])
        case let .chance(p): tr(.riskChanceSummary, ["p": Format.percent(p, decimals: 0)])
        }
    }

    /// What the objective's number is under a risk measure, for the Objective line.
    static func shortName(_ risk: Risk) -> String {
        switch risk {
        case .mean: tr(.riskMeanShort)
        case let .cvar(level): tr(.riskCVaRShort, ["share": Format.percent(level, decimals: 0)])
        case let .chance(p): tr(.riskChanceShort, ["p": Format.percent(p, decimals: 0)])
        }
    }

    /// `1,100,000 – 1,350,000`.
    static func interval(_ range: ClosedRange<Double>) -> String {
        "\(Format.amount(range.lowerBound)) – \(Format.amount(range.upperBound))"
    }

    /// `{draws, outcome_mean, outcome_interval, outcome_worst_10pct, probability_beats_current,
    /// improvement_interval}`, or `null` without draws.
    static func json(_ uncertainty: OutcomeUncertainty?) -> JSON {
        guard let u = uncertainty else { return .null }
        return .object([
            ("draws", .integer(u.draws)),
            ("outcome_mean", .number(u.meanOutcome)),
            ("outcome_interval", range(u.outcomeInterval)),
            ("outcome_worst_10pct", .number(u.worstTenthOutcome)),
            ("probability_beats_current", .number(u.probabilityBeatsCurrent)),
            ("improvement_interval", u.improvementInterval.map(range) ?? .null),
        ])
    }

    /// `{measure, level | probability}` or `null`.
    static func riskJSON(_ risk: Risk?) -> JSON {
        switch risk {
        case nil: .null
        case .mean?: .object([("measure", .string("mean"))])
        case let .cvar(level)?: .object([("measure", .string("cvar")), ("level", .number(level))])
        case let .chance(p)?: .object([("measure", .string("chance")), ("probability", .number(p))])
        }
    }

    static func range(_ range: ClosedRange<Double>) -> JSON {
        .array([.number(range.lowerBound), .number(range.upperBound)])
    }
}
