import BudgetModel
import LinearProgramming

/// The optimiser's path for `objective.risk`: the best plan for the mean, the CVaR or the
/// chance rule over the curves' joint draws, with the same proven gap as for point curves.
///
/// Each draw's curve `f_iᵇ` gets its own breakpoints and two piecewise-linear functions,
/// `lower ≤ f_iᵇ ≤ upper` (see ``Linearization``). For a concave function the outcome is the
/// minimum of its segments' lines, so a variable `z_ib ≤ a_k + s_k·xᵢ` (one row per line) takes
/// the function's value at the optimum whenever more outcome is better — and every risk
/// measure here is non-decreasing in each draw's outcome. A non-concave function (S-shaped
/// draws) is replaced by its concave envelope, still ≥ the curve on the upper side. Over the
/// upper functions the model is a relaxation, so its optimum `U` bounds the true best risk
/// value; the plans of both models are evaluated on the true draws (``DrawMeasures``), the
/// better feasible one gives `V`, and breakpoints are refined until `(U − V)/|U|` is within
/// the tolerance, exactly as in ``Optimizer``.
///
/// With `g_b = w·Σᵢ z_ib − [profit: Σᵢ xᵢ]` (w = 1, or `value_per_outcome`):
/// - mean: maximise `(1/B) Σ_b g_b`;
/// - cvar(α): maximise `t − (1/(αB)) Σ_b u_b`, `u_b ≥ t − g_b`, `u_b ≥ 0` (Rockafellar–Uryasev);
/// - chance(p): maximise the mean subject to `t' − (1/((1−p)B)) Σ_b u'_b ≥ 0`,
///   `u'_b ≥ t' − (g_b − g_b(current))`, `u'_b ≥ 0`: the CVaR at level `1 − p` of the
///   improvement over the current plan is ≥ 0, which implies `P(g_b ≥ g_b(current)) ≥ p`.
///
/// Fast paths and the time budget: for `mean` each channel's draws are averaged into one
/// function (exact, see `riskFunctions`), so the model is the size of a point-curve model.
/// When some draw is S-shaped, a first LP over every function's concave envelope gives a
/// proven bound and a plan at once; the MILP rounds then tighten both. `options.timeLimit`
/// bounds the whole solve: each GLPK solve gets what is left, and when the budget runs out the
/// best plan so far is returned with the tightest proven bound (status feasible, not a hang).
///
/// Rules are the rows and bounds of ``ModelBuilder``; `min_roi` applies to the point curves.
/// Shadow prices are the duals of the final model with breakpoints pinned at the plan, so they
/// are marginal values of the risk measure.
struct RiskSolver {
    let scenario: Scenario
    let risk: Risk
    let options: OptimizerOptions

    func optimize() throws(OptimizerError) -> OptimizationResult {
        let started = ContinuousClock.now
        let deadline = options.timeLimit.map { started.advanced(by: .milliseconds(Int64($0 * 1000))) }
        let builder = ModelBuilder(scenario: scenario)
        let evaluator = PlanEvaluator(scenario: scenario)
        let segments = max(4, options.initialSegments / 4)
        var curves: [[Linearization]] = scenario.channels.indices.map { i in
            let channel = scenario.channels[i]
            return (channel.draws.isEmpty ? [channel.curve] : channel.draws).map {
                Linearization(curve: $0, domain: builder.domain(i), segments: segments,
                              extra: [channel.current, channel.minBuy].compactMap { $0 })
            }
        }
        var best: BestPlan?
        var bound = evaluator.widen(0, by: 0, proven: false)
        var gap = Double.infinity
        var iteration = 0
        var isMIP = false
        func consider(_ candidates: [([Double], BuiltModel, Solution)], roundBound: Double) {
            if evaluator.isBetter(bound, than: roundBound) { bound = roundBound }
            for (candidate, model, solution) in candidates where evaluator.isFeasible(candidate) {
                let value = evaluator.objective(candidate)
                if best == nil || evaluator.isBetter(value, than: best!.value) { best = (candidate, value, model, solution) }
            }
            if let best { gap = evaluator.relativeGap(value: best.value, bound: bound) }
        }
        // Round 0 when some draw is S-shaped: every function replaced by its concave
        // envelope, an LP and still a relaxation, so its optimum is a proven bound and its plan
        // (evaluated on the true draws) often already closes the gap.
        if !isConcave(curves) {
            iteration += 1
            let hullModel = try build(builder, curves, .upper, hull: true)
            let hull = try solve(hullModel.program, deadline: deadline)
            guard let hullPlan = plan(hull, hullModel) else { throw infeasible() }
            consider([(hullPlan, hullModel, hull)],
                     roundBound: evaluator.widen(hull.objective!, by: 0, proven: hull.termination == .optimal))
        }
        while iteration < options.maxIterations, gap > options.tolerance, !isPast(deadline) {
            iteration += 1
            let lowerModel = try build(builder, curves, .lower)
            let upperModel = try build(builder, curves, .upper)
            let lower: Solution
            let upper: Solution
            do {
                lower = try solve(lowerModel.program, deadline: deadline)
                upper = try solve(upperModel.program, deadline: deadline)
            } catch {
                // The time budget ran out inside a solve: keep the best plan and its proven gap.
                if best == nil { throw error }
                break
            }
            isMIP = isMIP || lower.isMIP
            guard let upperPlan = plan(upper, upperModel) else {
                if upper.termination == .infeasible || upper.termination == .noIntegerSolution { throw infeasible() }
                break
            }
            var candidates: [([Double], BuiltModel, Solution)] = [(upperPlan, upperModel, upper)]
            if let lowerPlan = plan(lower, lowerModel) { candidates.insert((lowerPlan, lowerModel, lower), at: 0) }
            consider(candidates, roundBound: evaluator.widen(
                upper.objective!, by: options.solverGapSlack(upper), proven: upper.termination == .optimal))
            if gap <= options.tolerance { break }
            if let best { refine(&curves, around: best.plan) }
            refine(&curves, around: upperPlan)
        }
        guard var best else { throw infeasible() }
        if !isPast(deadline), let polished = try? polish(best.plan, curves, builder, deadline: deadline),
           !evaluator.isBetter(best.value, than: polished.value + evaluator.tieSlack(best.value)) {
            best = polished
        }
        return OptimizationResult(
            best: best, scenario: scenario, evaluator: evaluator, bound: bound, gap: gap, tolerance: options.tolerance,
            isMIP: isMIP, iterations: iteration, breakpoints: curves.joined().reduce(0) { $0 + $1.breakpoints.count }, started: started)
    }

    private func isConcave(_ curves: [[Linearization]]) -> Bool {
        curves.allSatisfy { list in list.allSatisfy { $0.upper.isConcave } }
    }

    private func isPast(_ deadline: ContinuousClock.Instant?) -> Bool {
        deadline.map { ContinuousClock.now >= $0 } ?? false
    }

    private func refine(_ curves: inout [[Linearization]], around plan: [Double]) {
        for i in curves.indices { for k in curves[i].indices { curves[i][k].refine(around: plan[i]) } }
    }

    /// Pins every draw's breakpoints at the plan and solves the lower model once more, so the
    /// duals are the marginal values of the risk measure at the plan.
    private func polish(
        _ plan: [Double], _ curves: [[Linearization]], _ builder: ModelBuilder, deadline: ContinuousClock.Instant?
    ) throws(OptimizerError) -> BestPlan? {
        var pinned = curves
        for i in pinned.indices {
            let domain = builder.domain(i)
            let width = max(domain.upperBound - domain.lowerBound, 1) * 1e-7
            for k in pinned[i].indices { pinned[i][k].pin(at: plan[i], width: width) }
        }
        let model = try build(builder, pinned, .lower)
        let solution = try solve(model.program, deadline: deadline)
        let evaluator = PlanEvaluator(scenario: scenario)
        guard let polished = self.plan(solution, model), evaluator.isFeasible(polished) else { return nil }
        return (polished, evaluator.objective(polished), model, solution)
    }

    /// The rules of ``ModelBuilder`` with the point curves only where `min_roi` needs them, and
    /// the risk objective over the draws' envelopes.
    private func build(
        _ builder: ModelBuilder, _ curves: [[Linearization]], _ side: Side, hull: Bool = false
    ) throws(OptimizerError) -> BuiltModel {
        let usesPointCurves = scenario.objective.minROI != nil
        let pointFunctions = scenario.channels.indices.map { i -> PiecewiseLinear in
            if usesPointCurves {
                let point = Linearization(curve: scenario.channels[i].curve, domain: builder.domain(i), segments: options.initialSegments)
                return side == .lower ? point.lower : point.upper
            }
            let domain = builder.domain(i)
            let ends = domain.upperBound > domain.lowerBound ? [domain.lowerBound, domain.upperBound] : [domain.lowerBound]
            return PiecewiseLinear(points: ends.map { CurvePoint(x: $0, y: 0) })
        }
        var model: BuiltModel
        do { model = try builder.build(functions: pointFunctions) } catch { throw infeasible() }
        var objective = RiskObjective(scenario: scenario, risk: risk, program: model.program, spend: model.spend)
        let functions = curves.map { list in riskFunctions(list.map { side == .lower ? $0.lower : $0.upper }, hull: hull) }
        let grids = curves.indices.map { i in functions[i].allSatisfy { $0.isConcave } ? nil : curves[i][0].breakpoints }
        objective.addEnvelopes(functions, grids: grids)
        objective.addMeasure()
        model.program = objective.program
        return model
    }

    /// One GLPK solve within what is left of the time budget (`timeLimit` bounds the whole
    /// risk solve, not each round).
    private func solve(_ program: LinearProgram, deadline: ContinuousClock.Instant?) throws(OptimizerError) -> Solution {
        var limited = options
        if let deadline {
            let left = ContinuousClock.now.duration(to: deadline)
            let seconds = Double(left.components.seconds) + Double(left.components.attoseconds) * 1e-18
            limited.timeLimit = max(seconds, 0.05)
        }
        return try Optimizer(options: limited).solve(program)
    }

    /// A channel's functions as the model takes them. For `mean` the draws enter the
    /// objective only through their average, so one averaged function replaces them (exact:
    /// `(1/B) Σ_b Σᵢ fᵢᵇ = Σᵢ (1/B) Σ_b fᵢᵇ`), and the model is the size of one curve per
    /// channel. With `hull`, each is replaced by its concave envelope (an LP relaxation).
    private func riskFunctions(_ list: [PiecewiseLinear], hull: Bool) -> [PiecewiseLinear] {
        let merged = risk == .mean && list.count > 1 ? [PiecewiseLinear.average(list)] : list
        return hull ? merged.map(\.concaveEnvelope) : merged
    }

    private func plan(_ solution: Solution, _ model: BuiltModel) -> [Double]? {
        guard solution.primal != nil else { return nil }
        return model.spend.map { max(solution.value($0)!, 0) }
    }

    /// The rules that conflict; when the rules alone have a plan, the chance rule is the one
    /// no plan can meet.
    private func infeasible() -> OptimizerError {
        let conflict = ConflictFinder(scenario: scenario, options: options).conflict()
        if !conflict.isEmpty || risk.name != "chance" { return .infeasible(conflict: conflict) }
        return .infeasible(conflict: ["objective.risk (\(risk.summary)): no plan within the rules beats the current plan often enough"])
    }
}
