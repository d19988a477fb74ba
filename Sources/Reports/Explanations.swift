import BudgetModel
import Optimizer

/// What a scenario optimises, as reports name it.
enum ObjectiveKind: String {
    case outcome, profit, spend

    init(_ objective: Objective) {
        switch objective {
        case .maximizeOutcome: self = .outcome
        case .maximizeProfit: self = .profit
        case .minimizeSpend: self = .spend
        }
    }

    /// Whether a larger objective is better.
    var maximises: Bool { self != .spend }

    /// `maximise outcome`, `maximise profit`, `minimise spend`.
    var phrase: String { maximises ? "maximise \(rawValue)" : "minimise spend" }

    /// The objective's value for display: money for profit and spend, a plain amount for outcome.
    func value(_ value: Double, currency: String?) -> String {
        self == .outcome ? Format.amount(value) : Format.money(value, currency: currency)
    }
}

/// The sentences that say what shadow prices mean, shared by table, markdown and JSON output.
enum Explanation {
    /// How the shadow prices were obtained (JSON `shadow_prices`).
    static func shadowPriceSource(_ method: OptimizationResult.Method) -> String {
        switch method {
        case .lp: "GLPK row duals and reduced costs of the final LP"
        case .milp:
            "duals of the LP with the integer decisions (on/off, buy units, S-curve segments) fixed at this plan; "
                + "they price small continuous changes around it, not switching a decision"
        }
    }

    /// The note printed under a MILP plan.
    static let milpNote =
        "Solved as a MILP: some decisions are integer (on/off for min_buy, whole buy units, S-curve segments). "
        + "Shadow prices are duals of the LP with those decisions fixed at this plan; they price small continuous "
        + "changes around it, not switching a decision."

    /// A round step for "+step → ±value" sentences: 1,000 from 100,000 up, 100 from 10,000 up, else 1.
    static func step(for scale: Double) -> Double {
        abs(scale) >= 100_000 ? 1_000 : abs(scale) >= 10_000 ? 100 : 1
    }

    /// What one rule's shadow price means, in words:
    /// `+1,000 of budget → +2,310 outcome`, `not binding (has slack)`.
    static func sentence(for rule: RuleResult, in result: OptimizationResult) -> String {
        let scenario = result.scenario
        let kind = ObjectiveKind(scenario.objective)
        let word = kind.rawValue
        guard rule.binding else { return "not binding (has slack)" }
        let step = step(for: scenario.budget?.amount ?? result.totalSpend)
        let price = rule.shadowPrice
        let effect = "\(Format.signed(price * step)) \(word)"
        func name(_ i: Int) -> String { scenario.channels[i].name }
        let cost = Format.amount(abs(price * step))
        // A binding floor costs when raising it makes the objective worse; a cap when raising it helps.
        let raisingHelps = kind.maximises ? price > 0 : price < 0
        let floorVerb = raisingHelps ? "gains" : "costs"
        let capVerb = raisingHelps ? "costs" : "gains"
        let stepText = Format.grouped(step, decimals: 0)
        if price == 0, rule.unit != .none {
            return "binding, but a small change in it alone would not change the \(word)"
        }
        switch rule.rule {
        case .budget: return "+\(stepText) of budget → \(effect)"
        case let .channelMax(i): return "+\(stepText) on \(name(i))'s upper limit → \(effect)"
        case let .changeUp(i): return "+\(stepText) on \(name(i))'s max_change ceiling → \(effect)"
        case let .channelMin(i): return "each \(stepText) forced into \(name(i)) by its minimum \(floorVerb) \(cost) \(word)"
        case let .changeDown(i):
            return "each \(stepText) kept in \(name(i)) by its max_change floor \(floorVerb) \(cost) \(word)"
        case let .locked(i): return "+\(stepText) on locked \(name(i)) → \(effect)"
        case let .minBuy(i): return "+\(stepText) on \(name(i))'s minimum buy (kept on) → \(effect)"
        case let .buyUnit(i):
            return "\(name(i)) spends whole units; a fraction of a unit would change the \(word) by "
                + "\(Format.signed(price)) per unit of spend"
        case let .groupMax(g): return "+\(stepText) on group \(g)'s upper limit → \(effect)"
        case let .groupMin(g): return "each \(stepText) forced into group \(g) by its minimum \(floorVerb) \(cost) \(word)"
        case let .groupMaxShare(g):
            return shareSentence(rule, group: g, isCap: true, scenario: scenario, word: word, verb: capVerb)
        case let .groupMinShare(g):
            return shareSentence(rule, group: g, isCap: false, scenario: scenario, word: word, verb: floorVerb)
        case let .linear(ruleName): return "+\(stepText) on the limit of rule \(ruleName) → \(effect)"
        case .minROI: return "raising min_roi by 0.1 → \(Format.signed(price * 0.1)) \(word)"
        case .targetOutcome:
            var outcomeStep = step
            if case let .minimizeSpend(target) = scenario.objective { outcomeStep = Explanation.step(for: target) }
            return "each extra \(Format.grouped(outcomeStep, decimals: 0)) of outcome costs \(Format.amount(price * outcomeStep)) of spend"
        }
    }

    /// `the core 70% cap costs 0.22 outcome per unit of spend moved (+1 point of share → +2,200 outcome)`.
    private static func shareSentence(
        _ rule: RuleResult, group: String, isCap: Bool, scenario: Scenario, word: String, verb: String
    ) -> String {
        let limit = scenario.groupRules.first { $0.group == group }
        let share = (isCap ? limit?.maxShare : limit?.minShare).map(Format.sharePercent) ?? "share"
        let perPoint = "+1 point of share → \(Format.signed(rule.shadowPrice / 100)) \(word)"
        guard let perUnit = rule.perUnitOfSpend else { return "the \(group) \(share) \(isCap ? "cap" : "floor"): \(perPoint)" }
        return "the \(group) \(share) \(isCap ? "cap" : "floor") \(verb) \(Format.amount(abs(perUnit))) \(word) "
            + "per unit of spend moved (\(perPoint))"
    }
}
