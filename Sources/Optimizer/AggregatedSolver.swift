import BudgetModel
import LinearProgramming

/// The optimiser's path for many line items (campaigns, geo × channel cells): a small master
/// LP over the coupling rules, solved by GLPK, with per-item closed-form responses.
///
/// Items that every coupling rule treats alike (same groups, same coefficient in every
/// `linear` rule) form a ``Cell``; with two group rules there are at most four. Per-item rules
/// (bounds, change limits, locks) stay inside the cell, whose aggregate response F is concave
/// and cheap to sample by price. The master LP has one spend column per cell and one row per
/// coupling rule, over the chords (a truly feasible plan) and the tangent envelope (a proven
/// bound) of each F, refined where the plan lands — the same outer approximation as for small
/// problems, so the bound, the gap and the shadow prices mean the same. Requires concave
/// curves or S-shaped hills and no integer rules (min_buy, buy_unit). An S-shaped item enters
/// through its concave hull (``HullResponse``): the tangents then bound the hull problem, a
/// relaxation (a Lagrangian bound over the coupling rules), and plans come from
/// ``Cell/allocate(_:)``, which keeps every item where the hull equals its curve.
struct AggregatedSolver {
    let scenario: Scenario
    let options: OptimizerOptions

    /// Problems at least this large, and of the right kind, take this path. Small ones take it
    /// too (a master LP over two or four cells is much smaller than one column per curve
    /// segment: 20 channels in about 1 ms instead of 10–25), with the full model as a fall-back.
    static let minimumChannels = 1
    /// From this size S-shaped problems stay on this path even when the hull leaves a gap
    /// above the tolerance: the MILP's LP relaxation grows about with n² (3.6 s at 200
    /// channels), while the hull's duality gap shrinks as 1/n.
    static let minimumSCurveChannels = 100
    /// Rounds a small problem gets here before the full model takes over: the cells prove
    /// 0.01% in 1–3 rounds, but at much tighter tolerances their chords can stall short of it.
    static let smallProblemRounds = 6

    /// Concave curves (or S-shaped hills, through their concave hulls) and no integer rules.
    static func applies(to scenario: Scenario, threshold: Int? = nil) -> Bool {
        let kinds = scenario.channels.allSatisfy { channel in
            channel.minBuy == nil && channel.buyUnit == nil && (channel.curve.isConcave || channel.curve.isSShapedHill)
        }
        return kinds && scenario.channels.count >= threshold ?? minimumChannels
    }

    func optimize() throws(OptimizerError) -> OptimizationResult {
        let started = ContinuousClock.now
        let itemBuilder = ModelBuilder(scenario: scenario)
        var lower: [Double] = []
        var upper: [Double] = []
        for i in scenario.channels.indices {
            let range = itemBuilder.spendRange(i)
            let cap = range.upper ?? itemBuilder.domain(i).upperBound
            if range.lower > cap + 1e-9 * max(1, cap) {
                throw .infeasible(conflict: [range.lowerRule, range.upperRule].compactMap { $0?.statement(in: ConflictNaming.naming(scenario)) })
            }
            lower.append(range.lower)
            upper.append(max(cap, range.lower))
        }
        var cells = reusableCells(lower: lower, upper: upper)
        var master = masterScenario(cells)
        let masterBuilder = ModelBuilder(scenario: master)
        let evaluator = PlanEvaluator(scenario: scenario)
        var best: (plan: [Double], value: Double, model: BuiltModel, solution: Solution, cellSpend: [Double])?
        var bound = 0.0
        var gap = Double.infinity
        var iteration = 0
        while iteration < options.maxIterations {
            iteration += 1
            guard let lowerModel = try? masterBuilder.build(functions: cells.map(\.lowerFunction)),
                  let upperModel = try? masterBuilder.build(functions: cells.map(\.upperFunction))
            else { throw .infeasible(conflict: []) }
            let lowerSolution = try solve(lowerModel.program)
            let upperSolution = try solve(upperModel.program)
            guard upperSolution.primal != nil else {
                for c in cells.indices { master.channels[c].curve = cells[c].optimisticCurve }
                let conflict = ConflictFinder(scenario: master, options: options).conflict()
                throw .infeasible(conflict: conflict.map { describeCellRules($0, cells: cells) })
            }
            bound = evaluator.widen(upperSolution.objective!, by: 0, proven: upperSolution.termination == .optimal)
            let upperSpend = upperModel.spend.map { upperSolution.value($0)! }
            var candidates: [([Double], BuiltModel, Solution)] = []
            if lowerSolution.primal != nil {
                candidates.append((lowerModel.spend.map { lowerSolution.value($0)! }, lowerModel, lowerSolution))
            }
            candidates.append((upperSpend, upperModel, upperSolution))
            for (cellSpend, model, solution) in candidates {
                let plan = disaggregate(cells, cellSpend)
                guard evaluator.isFeasible(plan) else { continue }
                let value = evaluator.objective(plan)
                if best == nil || evaluator.isBetter(value, than: best!.value) {
                    best = (plan, value, model, solution, cellSpend)
                }
            }
            if let best {
                gap = evaluator.relativeGap(value: best.value, bound: bound)
                if gap <= options.tolerance { break }
                for c in cells.indices { cells[c].refine(around: best.cellSpend[c]) }
            }
            for c in cells.indices { cells[c].refine(around: upperSpend[c]) }
        }
        guard var best else { throw .infeasible(conflict: []) }
        // Polish: pin each cell's breakpoints around the plan and re-solve, so the master's
        // duals are true marginal values (as for small problems).
        for c in cells.indices { cells[c].pin(around: best.cellSpend[c]) }
        if let model = try? masterBuilder.build(functions: cells.map(\.lowerFunction)),
           let solution = try? solve(model.program), solution.primal != nil {
            let cellSpend = model.spend.map { solution.value($0)! }
            let plan = disaggregate(cells, cellSpend)
            let value = evaluator.objective(plan)
            if evaluator.isFeasible(plan), !evaluator.isBetter(best.value, than: value + evaluator.tieSlack(best.value)) {
                best = (plan, value, model, solution, cellSpend)
                gap = evaluator.relativeGap(value: value, bound: bound)
            }
        }
        var rules: [RuleResult] = []
        if options.explainsRules {
            rules = Explainer(
                scenario: master, model: best.model, solution: best.solution, plan: best.cellSpend, capsFromBudget: true)
                .ruleResults().filter { !$0.rule.isChannelRule }
            rules += itemRules(best.plan, cells: cells, cellSpend: best.cellSpend, master: best.model, solution: best.solution)
        }
        return OptimizationResult(
            scenario: scenario, spend: best.plan, channels: evaluator.channelResults(best.plan),
            rules: rules,
            objective: best.value, bound: bound, gap: max(gap, 0),
            totalSpend: best.plan.reduce(0, +), totalOutcome: evaluator.totalOutcome(best.plan), tolerance: options.tolerance,
            method: .lp, iterations: iteration, breakpoints: cells.reduce(0) { $0 + $1.points.count },
            seconds: Optimizer.seconds(since: started))
    }

    /// ``makeCells(lower:upper:)``, or the same cells kept from the sweep's previous level.
    private func reusableCells(lower: [Double], upper: [Double]) -> [Cell] {
        guard let reuse = CellReuse.current else { return makeCells(lower: lower, upper: upper) }
        let key = CellReuse.Key(scenario, lower: lower, upper: upper, initialPoints: options.initialSegments)
        if let cells = reuse.cells(for: key) { return cells }
        let cells = makeCells(lower: lower, upper: upper)
        reuse.store(cells, for: key)
        return cells
    }

    /// Items grouped by how the coupling rules see them.
    private func makeCells(lower: [Double], upper: [Double]) -> [Cell] {
        var byKey: [[Double]: [Int]] = [:]
        var order: [[Double]] = []
        let groups = scenario.groupRules.map(\.group)
        for (i, channel) in scenario.channels.enumerated() {
            var key = groups.map { channel.groups.contains($0) ? 1.0 : 0 }
            for rule in scenario.linearRules {
                key.append(rule.terms.filter { $0.channel == i }.reduce(0) { $0 + $1.coefficient })
            }
            if byKey[key] == nil { order.append(key) }
            byKey[key, default: []].append(i)
        }
        return order.map { key in
            let items = byKey[key]!
            let responses = items.map { i in
                HullResponse(curve: scenario.channels[i].curve, low: lower[i], high: upper[i])!
            }
            return Cell(items: items, responses: responses, initialPoints: options.initialSegments)
        }
    }

    /// The master problem: one channel per cell, bounded by its items' bounds, with the
    /// scenario's budget, objective, group and linear rules.
    private func masterScenario(_ cells: [Cell]) -> Scenario {
        let channels = cells.enumerated().map { c, cell in
            Channel(
                name: "cell\(c)", groups: scenario.channels[cell.items[0]].groups,
                min: cell.points[0].spend, max: cell.points[cell.points.count - 1].spend, curve: .linear(roi: 0))
        }
        let linear = scenario.linearRules.map { rule in
            let coefficient = { (i: Int) in rule.terms.filter { $0.channel == i }.reduce(0) { $0 + $1.coefficient } }
            let terms = cells.enumerated().compactMap { c, cell -> (channel: Int, coefficient: Double)? in
                let a = coefficient(cell.items[0])
                return a == 0 ? nil : (c, a)
            }
            return LinearRule(name: rule.name, terms: terms, min: rule.min, max: rule.max)
        }
        return Scenario(
            name: scenario.name, currency: scenario.currency, budget: scenario.budget, objective: scenario.objective,
            channels: channels, groupRules: scenario.groupRules, linearRules: linear)
    }

    private func disaggregate(_ cells: [Cell], _ cellSpend: [Double]) -> [Double] {
        var plan = [Double](repeating: 0, count: scenario.channels.count)
        for (c, cell) in cells.enumerated() {
            for (k, x) in cell.allocate(cellSpend[c]).enumerated() { plan[cell.items[k]] = x }
        }
        return plan
    }

    /// Per-item bound rules. By the KKT conditions an item held at a bound has shadow price
    /// `w·(fᵢ'(xᵢ) − λ)`: its marginal return against its cell's price λ, times `w`, the value
    /// of one unit of outcome in the objective (1, `value_per_outcome`, or from the duals of
    /// the outcome rows `min_roi` and `target_outcome`).
    private func itemRules(
        _ plan: [Double], cells: [Cell], cellSpend: [Double], master: BuiltModel, solution: Solution
    ) -> [RuleResult] {
        var weight: Double
        switch scenario.objective {
        case .maximizeOutcome: weight = 1
        case let .maximizeProfit(value, _): weight = value
        case .minimizeSpend: weight = 0
        }
        for rule in [Rule.minROI, .targetOutcome] {
            if let row = master.ruleRows[rule] { weight += solution.dual(row) ?? 0 }
        }
        var cellPrice = [Double](repeating: 0, count: scenario.channels.count)
        for (c, cell) in cells.enumerated() {
            let slopes = cell.lowerFunction
            let index = slopes.points.lastIndex { $0.x <= cellSpend[c] } ?? 0
            let k = min(index, max(slopes.slopes.count - 1, 0))
            let price = slopes.slopes.isEmpty ? 0 : slopes.slopes[k]
            for item in cell.items { cellPrice[item] = price }
        }
        let builder = ModelBuilder(scenario: scenario)
        return Rule.all(in: scenario).filter(\.isChannelRule).map { rule in
            let i = rule.channel!
            let range = builder.spendRange(i)
            let limit = rule.isLowerBound ? range.lower : (range.upper ?? .infinity)
            let own = rule.isLowerBound ? range.lowerRule == rule : range.upperRule == rule
            let binding = own && abs(plan[i] - limit) <= 1e-7 * max(1, abs(limit))
            let price = binding ? weight * (scenario.channels[i].curve.marginal(plan[i]) - cellPrice[i]) : 0
            return RuleResult(rule: rule, name: rule.name(in: scenario), binding: binding, shadowPrice: price, perUnitOfSpend: price, unit: .currency)
        }
    }

    /// Turns "cell2 max (≤ 5000)" into words about the items it stands for.
    private func describeCellRules(_ statement: String, cells: [Cell]) -> String {
        guard statement.hasPrefix("cell"), let space = statement.firstIndex(of: " "),
              let c = Int(statement[statement.index(statement.startIndex, offsetBy: 4)..<space]), cells.indices.contains(c)
        else { return statement }
        let groups = scenario.channels[cells[c].items[0]].groups
        let who = groups.isEmpty ? "items in no group" : "items in \(groups.joined(separator: " + "))"
        let side = statement.contains(" min ") ? "minimums" : "maximums"
        return "the \(side) of the \(cells[c].items.count) \(who) (\(statement.split(separator: "(").last.map { "(" + $0 } ?? ""))"
    }

    private func solve(_ program: LinearProgram) throws(OptimizerError) -> Solution {
        try Optimizer(options: options).solve(program)
    }
}
