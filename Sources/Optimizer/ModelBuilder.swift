import BudgetModel
import LinearProgramming

/// Which side of the curves a model uses.
enum Side {
    /// Curves replaced by functions never above them: its plans are truly feasible.
    case lower
    /// Curves replaced by functions never below them: its optimum bounds the true optimum.
    case upper
}

/// A scenario turned into a linear (or mixed-integer) program over piecewise-linear curves.
///
/// Variables per channel i: spend xᵢ; segment fills δᵢₖ ∈ [0, lenₖ] with xᵢ = pᵢ₀ + Σₖ δᵢₖ
/// and outcomeᵢ = yᵢ₀ + Σₖ slopeᵢₖ·δᵢₖ; ordering binaries for non-concave stretches; a binary
/// for `min_buy`; an integer count for `buy_unit`. Rows: one per rule (see ``Rule``), plus the
/// linking rows. Channel bounds, change limits and locks are column bounds, each attributed
/// to the rule that set it so its reduced cost can be reported as that rule's shadow price.
struct BuiltModel {
    var program: LinearProgram
    /// xᵢ.
    var spend: [VariableID]
    /// Rows that implement a rule (the first row for rules with two).
    var ruleRows: [Rule: RowID]
    /// The rule that set each spend column's lower and upper bound, if any.
    var boundRules: [(lower: Rule?, upper: Rule?)]
    /// Σ yᵢ₀: the outcome when every δ is 0.
    var outcomeConstant: Double
    /// Each channel's first segment δᵢ₀ and the spend where it starts (the domain's lower
    /// end), when the model has segments; ``Explainer`` prices a cap that fixes spend there
    /// with it.
    var firstSegments: [(segment: VariableID, start: Double)?] = []
    /// Each channel's last segment and the spend where it ends (the domain's upper end);
    /// ``Explainer`` prices the budget with it when one channel takes all of it.
    var lastSegments: [(segment: VariableID, end: Double)?] = []
}

/// Why a model could not even be built: two rules give one channel an empty range.
struct EmptyRange: Error {
    let rules: [Rule]
}

struct ModelBuilder {
    let scenario: Scenario
    /// Rules in force when only some are (used to find which rules conflict); nil: every rule
    /// of ``Rule/all(in:)`` (without building that set: a tenth of building a small model).
    private let only: Set<Rule>?

    init(scenario: Scenario, active: Set<Rule>? = nil) {
        self.scenario = scenario
        self.only = active
    }

    /// Whether a rule is in force: in `only`, or else among ``Rule/all(in:)``, which has every
    /// rule this builder asks about except a locked channel's rules other than `locked`.
    private func isActive(_ rule: Rule) -> Bool {
        if let only { return only.contains(rule) }
        if let i = rule.channel, scenario.channels[i].locked { return rule == .locked(i) }
        return true
    }

    /// The spend range each channel's rules allow, `[lower, upper]`, with the rules that set them.
    /// `upper` falls back to the budget (implied by Σ spend ≤ budget) when no rule caps it.
    func spendRange(_ i: Int) -> (lower: Double, upper: Double?, lowerRule: Rule?, upperRule: Rule?) {
        let channel = scenario.channels[i]
        var lower = 0.0
        var upper: Double?
        var lowerRule: Rule?
        var upperRule: Rule?
        func raise(_ value: Double, _ rule: Rule) {
            if isActive(rule), value > lower || lowerRule == nil && value >= lower { (lower, lowerRule) = (value, rule) }
        }
        func cap(_ value: Double, _ rule: Rule) {
            if isActive(rule), upper.map({ value < $0 }) ?? true { (upper, upperRule) = (value, rule) }
        }
        if channel.locked, let current = channel.current {
            raise(current, .locked(i))
            cap(current, .locked(i))
        }
        if let min = channel.min { raise(min, .channelMin(i)) }
        if let max = channel.max { cap(max, .channelMax(i)) }
        if let current = channel.current, let limit = channel.effectiveMaxChange(default: scenario.maxChange), !channel.locked {
            raise(Swift.max(current * (1 - limit), 0), .changeDown(i))
            cap(current * (1 + limit), .changeUp(i))
        }
        return (lower, upper, lowerRule, upperRule)
    }

    /// The spend domain to linearise: from 0 (when min_buy lets the channel stay off) or the
    /// lower bound, to the upper bound or the budget.
    ///
    /// The domain reaches 2% of its width past each bound the channel's rules set (not past
    /// 0, nor past the budget): the curve is defined there, and a bound that sits inside the
    /// linearised range is held by the spend column's own bound, whose reduced cost is then
    /// that rule's shadow price (at the edge of the range the segment bounds would hold it).
    func domain(_ i: Int) -> ClosedRange<Double> {
        let range = spendRange(i)
        var high = range.upper ?? scenario.budget?.amount ?? scenario.channels[i].max ?? range.lower
        var low = scenario.channels[i].minBuy != nil && isActive(.minBuy(i)) ? 0 : range.lower
        (low, high) = (Swift.min(low, high), Swift.max(high, low))
        let margin = Swift.max(high - low, high * 0.01, 1e-6) * 0.02
        if range.upperRule != nil { high = Swift.min(high + margin, Swift.max(scenario.budget?.amount ?? .infinity, high)) }
        if range.lowerRule != nil { low = Swift.max(low - margin, 0) }
        return low...high
    }

    /// Builds the program for one side of the curves.
    ///
    /// - Parameters:
    ///   - curves: One linearisation per channel.
    ///   - side: Lower or upper piecewise-linear functions.
    ///   - openEnded: Lets spend grow past the domain along the last segment's slope extended
    ///     (a tangent, so still ≥ the curve); used when diagnosing conflicts with caps removed.
    /// - Throws: ``EmptyRange`` when a channel's rules leave it no spend.
    func build(curves: [Linearization], side: Side, openEnded: Bool = false) throws(EmptyRange) -> BuiltModel {
        try build(
            functions: curves.indices.map { i in side == .lower ? curves[i].lower : upperFunction(curves[i], channel: i) },
            openEnded: openEnded && side == .upper)
    }

    /// The upper function of channel `i`: the linearisation's, or the single point `(v, f(v))`
    /// when the rules fix the spend at v.
    ///
    /// A fixed channel's linearised domain still reaches past v (see ``domain(_:)``), and
    /// GLPK meets the row `x = Σδ` only to its tolerance (10⁻⁷): on a curve with infinite
    /// slope at v = 0 (power or hill shape < 1 with `max: 0`) the segments then yielded
    /// outcome the spend never pays for, a bound 31 CNY too high that no refinement could
    /// lower (fuzz regression `concave-chords-roundoff.yaml`). The single point is exact, so
    /// the bound stays valid. The lower model keeps the segments: its spend column's reduced
    /// cost is the fixing rule's shadow price.
    private func upperFunction(_ curve: Linearization, channel i: Int) -> PiecewiseLinear {
        let range = spendRange(i)
        guard let upper = range.upper, upper <= range.lower else { return curve.upper }
        return PiecewiseLinear(points: [CurvePoint(x: range.lower, y: scenario.channels[i].curve.outcome(range.lower))])
    }

    /// Builds the program with one piecewise-linear function per channel.
    ///
    /// - Parameter openEnded: Adds a tail past each function's last point along the curve's
    ///   tangent there (only sound for functions that bound the curve from above).
    func build(functions: [PiecewiseLinear], openEnded: Bool = false) throws(EmptyRange) -> BuiltModel {
        let direction: OptimizationDirection
        if case .minimizeSpend = scenario.objective { direction = .minimize } else { direction = .maximize }
        var program = LinearProgram(direction: direction)
        var spend: [VariableID] = []
        var boundRules: [(Rule?, Rule?)] = []
        var outcomeTerms: [(VariableID, Double)] = []
        var outcomeConstant = 0.0
        var ruleRows: [Rule: RowID] = [:]
        var firstSegments: [(segment: VariableID, start: Double)?] = []
        var lastSegments: [(segment: VariableID, end: Double)?] = []

        for (i, channel) in scenario.channels.enumerated() {
            let range = spendRange(i)
            if let upper = range.upper, range.lower > upper + 1e-9 * Swift.max(1, upper) {
                throw EmptyRange(rules: [range.lowerRule, range.upperRule].compactMap { $0 })
            }
            let upper = openEnded ? range.upper : (range.upper ?? domain(i).upperBound)
            let x = program.addVariable(
                ModelNames.spend(i), bounds: Bounds(lower: range.lower, upper: upper.map { Swift.max($0, range.lower) }))
            spend.append(x)
            boundRules.append((range.lowerRule, range.upperRule))

            let pieces = addCurve(functions[i], for: x, index: i, openEnded: openEnded, to: &program)
            outcomeTerms += pieces.terms
            outcomeConstant += pieces.constant
            firstSegments.append(pieces.terms.first.map { ($0.0, functions[i].points[0].x) })
            let points = functions[i].points
            lastSegments.append(pieces.terms.count == points.count - 1 ? pieces.terms.last.map { ($0.0, points[points.count - 1].x) } : nil)

            if let minBuy = channel.minBuy, isActive(.minBuy(i)) {
                let on = program.addVariable("on[\(i)]", kind: .binary)
                ruleRows[.minBuy(i)] = program.addRow("min_buy[\(i)]", terms: [(x, 1), (on, -minBuy)], bounds: .atLeast(0))
                let cap = upper ?? (scenario.budget?.amount ?? domain(i).upperBound)
                program.addRow("min_buy off[\(i)]", terms: [(x, 1), (on, -Swift.max(cap, minBuy))], bounds: .atMost(0))
            }
            if let unit = channel.buyUnit, isActive(.buyUnit(i)) {
                let low = (range.lower / unit - 1e-9).rounded(.up)
                let high = upper.map { ($0 / unit + 1e-9).rounded(.down) }
                if let high, low > high {
                    throw EmptyRange(rules: [.buyUnit(i)] + [range.lowerRule, range.upperRule].compactMap { $0 })
                }
                let count = program.addVariable("units[\(i)]", bounds: Bounds(lower: low, upper: high), kind: .integer)
                ruleRows[.buyUnit(i)] = program.addRow("buy_unit[\(i)]", terms: [(x, 1), (count, -unit)], bounds: .equal(0))
            }
        }
        addRules(spend: spend, outcomeTerms: outcomeTerms, outcomeConstant: outcomeConstant, to: &program, rows: &ruleRows)
        return BuiltModel(
            program: program, spend: spend, ruleRows: ruleRows, boundRules: boundRules, outcomeConstant: outcomeConstant,
            firstSegments: firstSegments, lastSegments: lastSegments)
    }

    /// Adds the segment variables of one channel's piecewise-linear curve and links them to xᵢ.
    private func addCurve(
        _ function: PiecewiseLinear, for x: VariableID, index i: Int, openEnded: Bool, to program: inout LinearProgram
    ) -> (terms: [(VariableID, Double)], constant: Double) {
        let points = function.points
        let slopes = function.slopes
        let suffix = function.concaveSuffixStart
        var link: [(VariableID, Double)] = [(x, 1)]
        var terms: [(VariableID, Double)] = []
        var segments: [VariableID] = []
        for k in slopes.indices {
            let length = points[k + 1].x - points[k].x
            let delta = program.addVariable(ModelNames.segment(i, k), bounds: .between(0, length))
            segments.append(delta)
            link.append((delta, -1))
            terms.append((delta, slopes[k]))
        }
        if openEnded, points.count > 1, let last = points.last {
            // Past the domain: the last tangent, capped at the curve's supremum (still ≥ curve).
            let curve = scenario.channels[i].curve
            let slope = curve.marginal(last.x)
            var length: Double? = nil
            if let ceiling = curve.supremum { length = slope > 0 ? max(ceiling - last.y, 0) / slope : 0 }
            let tail = program.addVariable("tail[\(i)]", bounds: Bounds(lower: 0, upper: length))
            link.append((tail, -1))
            terms.append((tail, slope))
        }
        program.addRow(ModelNames.curve(i), terms: link, bounds: .equal(points[0].x))
        // Non-concave: segment k (1 ≤ k ≤ suffix) may be used only once segment k−1 is full;
        // segments after the concave suffix starts share its gate.
        if suffix > 0 {
            var gate: VariableID?
            for k in 1..<slopes.count {
                if k <= suffix {
                    let y = program.addVariable("order[\(i)][\(k)]", kind: .binary)
                    let previous = points[k].x - points[k - 1].x
                    program.addRow("full[\(i)][\(k)]", terms: [(segments[k - 1], 1), (y, -previous)], bounds: .atLeast(0))
                    gate = y
                }
                let length = points[k + 1].x - points[k].x
                program.addRow("gate[\(i)][\(k)]", terms: [(segments[k], 1), (gate!, -length)], bounds: .atMost(0))
            }
        }
        return (terms, points[0].y)
    }

    /// Budget, group, linear and objective rows, and the objective itself.
    func addRules(
        spend: [VariableID], outcomeTerms: [(VariableID, Double)], outcomeConstant: Double,
        to program: inout LinearProgram, rows: inout [Rule: RowID]
    ) {
        let all = spend.map { ($0, 1.0) }
        if let budget = scenario.budget, isActive(.budget) {
            switch budget {
            case let .total(amount): rows[.budget] = program.addRow("budget", terms: all, bounds: .equal(amount))
            case let .atMost(amount): rows[.budget] = program.addRow("budget", terms: all, bounds: .atMost(amount))
            }
        }
        for rule in scenario.groupRules {
            let members = Set(scenario.members(of: rule.group))
            func share(_ s: Double) -> [(VariableID, Double)] {
                spend.indices.map { (spend[$0], (members.contains($0) ? 1 : 0) - s) }
            }
            let inGroup = members.sorted().map { (spend[$0], 1.0) }
            if let s = rule.minShare, isActive(.groupMinShare(rule.group)) {
                rows[.groupMinShare(rule.group)] = program.addRow("\(rule.group) min_share", terms: share(s), bounds: .atLeast(0))
            }
            if let s = rule.maxShare, isActive(.groupMaxShare(rule.group)) {
                rows[.groupMaxShare(rule.group)] = program.addRow("\(rule.group) max_share", terms: share(s), bounds: .atMost(0))
            }
            if let low = rule.min, isActive(.groupMin(rule.group)) {
                rows[.groupMin(rule.group)] = program.addRow("\(rule.group) min", terms: inGroup, bounds: .atLeast(low))
            }
            if let high = rule.max, isActive(.groupMax(rule.group)) {
                rows[.groupMax(rule.group)] = program.addRow("\(rule.group) max", terms: inGroup, bounds: .atMost(high))
            }
        }
        for rule in scenario.linearRules where isActive(.linear(rule.name)) {
            rows[.linear(rule.name)] = program.addRow(
                "linear \(rule.name)", terms: rule.terms.map { (spend[$0.channel], $0.coefficient) },
                bounds: Bounds(lower: rule.min, upper: rule.max))
        }
        if let minROI = scenario.objective.minROI, isActive(.minROI) {
            rows[.minROI] = program.addRow(
                "min_roi", terms: outcomeTerms + spend.map { ($0, -minROI) }, bounds: .atLeast(-outcomeConstant))
        }
        switch scenario.objective {
        case .maximizeOutcome:
            for (variable, slope) in outcomeTerms { program.setObjective(variable, slope) }
            program.objectiveConstant = outcomeConstant
        case let .maximizeProfit(value, _):
            for (variable, slope) in outcomeTerms { program.setObjective(variable, value * slope) }
            for x in spend { program.setObjective(x, -1) }
            program.objectiveConstant = value * outcomeConstant
        case let .minimizeSpend(target):
            for x in spend { program.setObjective(x, 1) }
            if isActive(.targetOutcome) {
                rows[.targetOutcome] = program.addRow(
                    "target_outcome", terms: outcomeTerms, bounds: .atLeast(target - outcomeConstant))
            }
        }
    }
}
