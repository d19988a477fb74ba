import BudgetModel

extension Optimizer {
    /// Solves a scenario, whatever its units, and checks the answer before returning it.
    ///
    /// 1. The scenario is rescaled so that its typical amount and typical outcome are 1
    ///    (``ModelScaling``), solved (``optimizeAsGiven(_:)``), and the plan, bound and shadow
    ///    prices are converted back.
    /// 2. The certificate is checked (``Certificate``): the plan obeys every rule within
    ///    ``Certificate/ruleTolerance`` and the bound is not on the wrong side of the plan's own
    ///    objective on the true curves. A failed check is ``OptimizerError/solverFailed(_:)``,
    ///    never a plan called optimal.
    /// 3. A `min_roi` that only the empty plan meets is reported as a conflict.
    ///
    /// - Throws: ``OptimizerError/infeasible(conflict:)`` naming a smallest set of conflicting
    ///   rules, or ``OptimizerError/solverFailed(_:)``.
    public func optimize(_ scenario: Scenario) throws(OptimizerError) -> OptimizationResult {
        let scaling = ModelScaling(for: scenario)
        let result: OptimizationResult
        if let capped = try capLooseLimits(scenario, scaling: scaling) {
            result = capped
        } else {
            result = try solveChecked(scenario, reportAs: scenario, scaling: scaling)
        }
        try Self.checkReturnFloor(result)
        return result
    }

    /// Solves `scenario` in internal units and checks the answer against `original` (the same
    /// problem, possibly with redundant caps removed).
    private func solveChecked(
        _ scenario: Scenario, reportAs original: Scenario, scaling: ModelScaling
    ) throws(OptimizerError) -> OptimizationResult {
        let inner = scaling.scaled(scenario)
        let solved: OptimizationResult
        do {
            solved = try ConflictNaming.$pair.withValue(ConflictNaming.Pair(solved: inner, original: original)) {
                try optimizeAsGiven(inner)
            }
        } catch let error as OptimizerError {
            throw error
        } catch {
            throw .solverFailed("\(error)")
        }
        let result = scaling.unscaled(solved, original: original)
        // The usual call checks the scenario it solved: its internal form is `inner` already.
        let internalOriginal = scenario == original ? inner : scaling.scaled(original)
        try Certificate(scenario: original, internalScenario: internalOriginal, scaling: scaling).check(result)
        return result
    }

    /// Minimise spend where a channel may take far more than the scenario's typical amount
    /// (`max: 1e20`): breakpoints spread over such a range all land where the curve is flat.
    /// Any feasible plan's total spend S bounds every channel of the cheapest plan, so the
    /// scenario is first solved with caps at 10⁶ typical amounts; if that has a plan, the
    /// original is solved with every cap lowered to 2S (rules that cannot bind, so the same
    /// optimum and a valid bound), and reported against the original. `nil` when it does not apply.
    private func capLooseLimits(_ scenario: Scenario, scaling: ModelScaling) throws(OptimizerError) -> OptimizationResult? {
        guard case .minimizeSpend = scenario.objective else { return nil }
        let loose = 1e6 * scaling.money
        guard scenario.channels.contains(where: { ($0.upperLimit(budget: scenario.budget) ?? .infinity) > loose }) else { return nil }
        func capped(at cap: Double) -> Scenario {
            var result = scenario
            for i in result.channels.indices where !result.channels[i].locked {
                let limit = result.channels[i].upperLimit(budget: scenario.budget) ?? .infinity
                if limit > cap { result.channels[i].max = Swift.max(cap, result.channels[i].min ?? 0, result.channels[i].minBuy ?? 0) }
            }
            return result
        }
        guard let trial = try? solveChecked(capped(at: loose), reportAs: scenario, scaling: scaling), trial.totalSpend > 0 else {
            return nil
        }
        var result = try solveChecked(capped(at: 2 * trial.totalSpend), reportAs: scenario, scaling: scaling)
        let rules = Set(Rule.all(in: scenario))
        result = result.keepingRules(rules)
        return result
    }

    /// `min_roi` with a plan that spends nothing: no plan that spends anything reaches the floor.
    private static func checkReturnFloor(_ result: OptimizationResult) throws(OptimizerError) {
        let scenario = result.scenario
        guard let minROI = scenario.objective.minROI, minROI > 0, result.totalSpend <= 0 else { return }
        throw .infeasible(conflict: [
            "\(Rule.minROI.statement(in: scenario)): no plan that spends anything reaches it, "
                + "and a plan that spends nothing is no plan",
        ])
    }
}

/// Lets ``ConflictFinder`` name rules with the numbers the user wrote while it works on the
/// rescaled scenario.
enum ConflictNaming {
    struct Pair: Sendable {
        let solved: Scenario
        let original: Scenario
    }

    @TaskLocal static var pair: Pair?

    /// The scenario whose numbers a statement about `scenario`'s rules should show.
    static func naming(_ scenario: Scenario) -> Scenario {
        guard let pair, pair.solved.channels.count == scenario.channels.count, pair.solved == scenario else {
            return scenario
        }
        return pair.original
    }
}

extension OptimizationResult {
    /// The result with only these rules reported.
    func keepingRules(_ kept: Set<Rule>) -> OptimizationResult {
        OptimizationResult(
            scenario: scenario, spend: spend, channels: channels, rules: rules.filter { kept.contains($0.rule) },
            objective: objective, bound: bound, gap: gap, totalSpend: totalSpend, totalOutcome: totalOutcome,
            tolerance: tolerance, method: method, iterations: iterations, breakpoints: breakpoints, seconds: seconds)
    }
}

extension ModelScaling {
    /// A result found in internal units, in the scenario's own units: spends × M, outcomes and
    /// the objective evaluated again on the original curves, the bound × the objective's unit,
    /// and each shadow price × (objective unit ÷ unit of its limit).
    func unscaled(_ result: OptimizationResult, original: Scenario) -> OptimizationResult {
        let evaluator = PlanEvaluator(scenario: original)
        let plan = result.spend.enumerated().map { snapped($1 * money, original.channels[$0], scenario: original) }
        let objective = evaluator.objective(plan)
        let s = objectiveUnit(original.objective)
        let bound = result.bound * s
        return OptimizationResult(
            scenario: original, spend: plan, channels: evaluator.channelResults(plan),
            rules: result.rules.map { unscaled($0, objectiveUnit: s) }, objective: objective, bound: bound,
            gap: evaluator.relativeGap(value: objective, bound: bound), totalSpend: plan.reduce(0, +),
            totalOutcome: evaluator.totalOutcome(plan), tolerance: result.tolerance, method: result.method,
            iterations: result.iterations, breakpoints: result.breakpoints, seconds: result.seconds)
    }

    /// A spend moved onto the value it is meant to be when within 10⁻⁷ of the typical amount of
    /// it (solver residue): 0, a bound, `current`, a change limit, a whole number of
    /// `buy_unit`s. So a plan reads 600,000, not 599,999.99999997, and a change reads 0, not
    /// +0.000000000087.
    func snapped(_ x: Double, _ channel: Channel, scenario: Scenario) -> Double {
        var targets: [Double] = [0]
        targets += [channel.min, channel.max, channel.current, channel.minBuy].compactMap { $0 }
        if let current = channel.current, let limit = channel.effectiveMaxChange(default: scenario.maxChange) {
            targets += [Swift.max(current * (1 - limit), 0), current * (1 + limit)]
        }
        if let unit = channel.buyUnit { targets.append((x / unit).rounded() * unit) }
        let reach = 1e-7 * money
        for target in targets where abs(x - target) <= Swift.max(reach, 1e-12 * abs(target)) { return target }
        return x
    }

    private func unscaled(_ rule: RuleResult, objectiveUnit s: Double) -> RuleResult {
        var perMoney = s / money
        if case let .linear(name) = rule.rule { perMoney /= ruleScale[name] ?? 1 }
        let price: Double = switch rule.unit {
        case .currency, .none: rule.shadowPrice * perMoney
        case .share: rule.shadowPrice * s
        case .roi: rule.shadowPrice * s * money / outcome
        case .outcome: rule.shadowPrice * s / outcome
        }
        return RuleResult(
            rule: rule.rule, name: rule.name, binding: rule.binding, shadowPrice: price,
            perUnitOfSpend: rule.perUnitOfSpend.map { $0 * perMoney }, unit: rule.unit)
    }
}
