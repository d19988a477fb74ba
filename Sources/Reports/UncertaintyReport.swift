import BudgetModel
import Optimizer

/// How every outcome-reporting command shows the curves' draws: the outcome's 90% interval and
/// the probability that the plan beats the current one.
enum UncertaintyReport {
    /// Fact lines for a report's header: the risk measure optimised (if any), the outcome over
    /// the draws, and how often the plan beats the current one. Empty without draws.
    static func facts(_ uncertainty: OutcomeUncertainty?, risk: Risk?, label: String = "") -> [(label: String, value: Cell)] {
        var facts: [(label: String, value: Cell)] = []
        if let risk { facts.append(("Risk\(label)", .text(risk.summary))) }
        guard let u = uncertainty else { return facts }
        facts.append(("Outcome over draws\(label)", .text(outcomeText(u))))
        if let p = u.probabilityBeatsCurrent {
            facts.append(("Beats current\(label)", .text(beatsText(p, u))))
        }
        return facts
    }

    /// `mean 1,234,000; 90% interval 1,100,000 – 1,350,000; worst 10% 1,050,000 (100 draws)`.
    static func outcomeText(_ u: OutcomeUncertainty) -> String {
        "mean \(Format.amount(u.meanOutcome)); 90% interval \(interval(u.outcomeInterval)); "
            + "worst 10% \(Format.amount(u.worstTenthOutcome)) (\(u.draws) draws)"
    }

    /// `in 83% of draws (gain 90% interval −1,200 – +5,000)`.
    static func beatsText(_ p: Double, _ u: OutcomeUncertainty, versus: String = "current") -> String {
        var text = "in \(Format.percent(p, decimals: 0)) of draws"
        if let gain = u.improvementInterval {
            text += " (gain over \(versus), 90% interval \(Format.signed(gain.lowerBound)) – \(Format.signed(gain.upperBound)))"
        }
        return text
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
