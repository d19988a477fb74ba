import Localization
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
    var phrase: String {
        switch self {
        case .outcome: tr(.maximiseOutcome)
        case .profit: tr(.maximiseProfit)
        case .spend: tr(.minimiseSpend)
        }
    }

    /// The objective's word: `outcome`, `profit`, `spend`.
    var word: String {
        switch self {
        case .outcome: tr(.wordOutcome)
        case .profit: tr(.wordProfit)
        case .spend: tr(.wordSpend)
        }
    }

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
        case .lp: tr(.shadowSourceLP)
        case .milp: tr(.shadowSourceMILP)
        }
    }

    /// The note printed under a MILP plan.
    static var milpNote: String { tr(.milpNote) }

    /// A round step for "+step → ±value" sentences: 1,000 from 100,000 up, 100 from 10,000 up, else 1.
    static func step(for scale: Double) -> Double {
        abs(scale) >= 100_000 ? 1_000 : abs(scale) >= 10_000 ? 100 : 1
    }

    /// What one rule's shadow price means, in words:
    /// `+1,000 of budget → +2,310 outcome`, `not binding (has slack)`.
    static func sentence(for rule: RuleResult, in result: OptimizationResult) -> String {
        let scenario = result.scenario
        let kind = ObjectiveKind(scenario.objective)
        let word = kind.word
        guard rule.binding else { return tr(.notBinding) }
        let step = step(for: scenario.budget?.amount ?? result.totalSpend)
        let price = rule.shadowPrice
        let effect = "\(Format.signed(price * step)) \(word)"
        func name(_ i: Int) -> String { scenario.channels[i].label ?? scenario.channels[i].name }
        let cost = Format.amount(abs(price * step))
        // A binding floor costs when raising it makes the objective worse; a cap when raising it helps.
        let raisingHelps = kind.maximises ? price > 0 : price < 0
        let floorVerb = tr(raisingHelps ? .verbGains : .verbCosts)
        let capVerb = tr(raisingHelps ? .verbCosts : .verbGains)
        let stepText = Format.grouped(step, decimals: 0)
        if price == 0, rule.unit != .none {
            return tr(.bindingNoEffect, ["word": word])
        }
        var arguments = ["step": stepText, "effect": effect, "verb": floorVerb, "cost": cost, "word": word]
        if let channel = rule.rule.channel { arguments["channel"] = name(channel) }
        switch rule.rule {
        case .budget: return tr(.whyBudget, arguments)
        case .channelMax: return tr(.whyChannelMax, arguments)
        case .changeUp: return tr(.whyChangeUp, arguments)
        case .channelMin: return tr(.whyChannelMin, arguments)
        case .changeDown: return tr(.whyChangeDown, arguments)
        case .locked: return tr(.whyLocked, arguments)
        case .minBuy: return tr(.whyMinBuy, arguments)
        case .buyUnit:
            arguments["price"] = Format.signed(price)
            return tr(.whyBuyUnit, arguments)
        case let .groupMax(g):
            arguments["group"] = g
            return tr(.whyGroupMax, arguments)
        case let .groupMin(g):
            arguments["group"] = g
            return tr(.whyGroupMin, arguments)
        case let .groupMaxShare(g):
            return shareSentence(rule, group: g, isCap: true, scenario: scenario, word: word, verb: capVerb)
        case let .groupMinShare(g):
            return shareSentence(rule, group: g, isCap: false, scenario: scenario, word: word, verb: floorVerb)
        case let .linear(ruleName):
            arguments["rule"] = ruleName
            return tr(.whyLinear, arguments)
        case .minROI:
            arguments["effect"] = "\(Format.signed(price * 0.1)) \(word)"
            return tr(.whyMinROI, arguments)
        case .targetOutcome:
            var outcomeStep = step
            if case let .minimizeSpend(target) = scenario.objective { outcomeStep = Explanation.step(for: target) }
            return tr(.whyTargetOutcome, [
                "step": Format.grouped(outcomeStep, decimals: 0), "cost": Format.amount(price * outcomeStep),
            ])
        }
    }

    /// `the core 70% cap costs 0.22 outcome per unit of spend moved (+1 point of share → +2,200 outcome)`.
    private static func shareSentence(
        _ rule: RuleResult, group: String, isCap: Bool, scenario: Scenario, word: String, verb: String
    ) -> String {
        let limit = scenario.groupRules.first { $0.group == group }
        let share = (isCap ? limit?.maxShare : limit?.minShare).map(Format.sharePercent) ?? tr(.wordShare)
        let arguments = [
            "group": group, "share": share, "kind": tr(isCap ? .wordCap : .wordFloor), "verb": verb, "word": word,
            "perPoint": tr(.sharePerPoint, ["effect": Format.signed(rule.shadowPrice / 100), "word": word]),
            "amount": rule.perUnitOfSpend.map { Format.amount(abs($0)) } ?? "",
        ]
        return tr(rule.perUnitOfSpend == nil ? .whyShareShort : .whyShare, arguments)
    }
}
