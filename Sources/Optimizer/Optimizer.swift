import BudgetModel
import LinearProgramming

/// Finds the best plan for a scenario, proves how close to the best possible it is, and
/// explains it.
///
/// Method (outer approximation with refinement): each curve is replaced by two
/// piecewise-linear functions on the same breakpoints, `lower ≤ curve ≤ upper` (see
/// ``Linearization``). Over `upper` the problem is a relaxation, so its optimum `U` is a
/// proven bound on the best possible objective; over `lower` every plan is truly feasible.
/// Both are LPs when all curves are concave and all rules continuous, and MILPs otherwise
/// (S-shaped curves get ordering binaries, so GLPK's branch-and-cut finds the global optimum
/// of the approximation, not a local one). The better of the two plans, evaluated on the true
/// curves, gives `V`. While `(U − V)/|U|` exceeds the tolerance, breakpoints are added where the
/// plans landed and both are solved again.
public struct Optimizer: Sendable {
    public var options: OptimizerOptions

    public init(options: OptimizerOptions = OptimizerOptions()) {
        self.options = options
    }

    /// Solves a scenario in the units it is given in (``optimize(_:)`` calls this with the
    /// scenario rescaled to internal units, then checks the answer).
    ///
    /// - Throws: ``OptimizerError/infeasible(conflict:)`` naming a smallest set of conflicting
    ///   rules, or ``OptimizerError/solverFailed(_:)``.
    func optimizeAsGiven(_ scenario: Scenario) throws(OptimizerError) -> OptimizationResult {
        if let risk = scenario.risk { return try RiskSolver(scenario: scenario, risk: risk, options: options).optimize() }
        let large = scenario.channels.count >= AggregatedSolver.minimumSCurveChannels
        // Small problems with `linear` rules (annual plans) get one cell per channel: no gain.
        // Small problems whose curves are all piecewise linear (the simulator's projections)
        // are one exact LP on the full model, where cells would refine towards it round by round.
        let piecewise = scenario.channels.allSatisfy { Linearization.isExact($0.curve) }
        if options.allowAggregation, large || (scenario.linearRules.isEmpty && !piecewise) || options.aggregationThreshold != nil,
           AggregatedSolver.applies(to: scenario, threshold: options.aggregationThreshold) {
            // Small problems get a few rounds on cells, then fall back to the full model when
            // the cells leave them open (an S-curve decision the prices cannot settle, a gap
            // that stalls) or infeasible (to name the rules).
            var cellOptions = options
            if !large { cellOptions.maxIterations = min(options.maxIterations, AggregatedSolver.smallProblemRounds) }
            let result = large
                ? try AggregatedSolver(scenario: scenario, options: options).optimize()
                : try? AggregatedSolver(scenario: scenario, options: cellOptions).optimize()
            if let result, large || (result.isProven && result.meetsOutcomeRulesTightly(scenario)) { return result }
        }
        if options.columnGeneration, ColumnGenerationSolver.applies(to: scenario),
           let result = ColumnGenerationSolver(scenario: scenario, options: options).optimize(), result.isProven {
            return result
        }
        let started = ContinuousClock.now
        let builder = ModelBuilder(scenario: scenario)
        var curves = scenario.channels.indices.map { i in
            Linearization(
                curve: scenario.channels[i].curve, domain: builder.domain(i), segments: options.initialSegments,
                extra: [scenario.channels[i].current, scenario.channels[i].minBuy].compactMap { $0 })
        }
        let exact = curves.allSatisfy(\.isExact)
        let evaluator = PlanEvaluator(scenario: scenario)
        var best: BestPlan?
        var bound = 0.0
        var iteration = 0
        var gap = Double.infinity
        var isMIP = false

        while iteration < options.maxIterations {
            iteration += 1
            let lowerModel = try buildOrThrow(builder, curves, .lower)
            let upperModel = exact ? lowerModel : try buildOrThrow(builder, curves, .upper)
            let lower: Solution
            let upper: Solution
            do {
                lower = try solve(lowerModel.program)
                upper = exact ? lower : try solve(upperModel.program)
            } catch {
                // A limit hit after finished rounds: keep the best plan and its proven gap.
                if best == nil { throw error }
                break
            }
            isMIP = isMIP || lower.isMIP

            guard let upperPlan = plan(upper, upperModel) else {
                // The relaxation has no plan: truly infeasible.
                throw .infeasible(conflict: ConflictFinder(scenario: scenario, options: options).conflict())
            }
            let roundBound = evaluator.widen(upper.objective!, by: options.solverGapSlack(upper), proven: upper.termination == .optimal)
            bound = iteration == 1 || evaluator.isBetter(bound, than: roundBound) ? roundBound : bound
            var candidates: [([Double], BuiltModel, Solution)] = []
            if let lowerPlan = plan(lower, lowerModel) { candidates.append((lowerPlan, lowerModel, lower)) }
            if evaluator.isFeasible(upperPlan) { candidates.append((upperPlan, upperModel, upper)) }
            for (candidate, model, solution) in candidates {
                let value = evaluator.objective(candidate)
                if best == nil || evaluator.isBetter(value, than: best!.value) {
                    best = (candidate, value, model, solution)
                }
            }
            if let best {
                gap = evaluator.relativeGap(value: best.value, bound: bound)
                if gap <= options.tolerance { break }
                for i in curves.indices { curves[i].refine(around: best.plan[i]) }
            }
            for i in curves.indices { curves[i].refine(around: upperPlan[i]) }
        }
        guard var best else {
            throw .infeasible(conflict: ConflictFinder(scenario: scenario, options: options).conflict())
        }
        if !exact, let polished = try polish(best.plan, curves: curves, builder: builder, evaluator: evaluator, isMIP: isMIP),
           !evaluator.isBetter(best.value, than: polished.value + evaluator.tieSlack(best.value)) {
            best = polished
        }
        return OptimizationResult(
            best: best, scenario: scenario, evaluator: evaluator, bound: bound, gap: gap, tolerance: options.tolerance,
            isMIP: isMIP, iterations: iteration, breakpoints: curves.reduce(0) { $0 + $1.breakpoints.count }, started: started,
            explains: options.explainsRules)
    }

    /// Re-solves the lower model with breakpoints pinned tightly around the plan, so that the
    /// duals (shadow prices) are the curves' true marginal values rather than the slope of a
    /// neighbouring segment. Returns the polished plan and the model it came from.
    private func polish(
        _ plan: [Double], curves: [Linearization], builder: ModelBuilder, evaluator: PlanEvaluator, isMIP: Bool
    ) throws(OptimizerError) -> BestPlan? {
        var pinned = curves
        for i in pinned.indices {
            let domain = builder.domain(i)
            pinned[i].pin(at: plan[i], width: Swift.min(domain.upperBound - domain.lowerBound, Swift.max(plan[i], 1)) * 1e-7, apart: !isMIP)
        }
        guard let model = try? builder.build(curves: pinned, side: .lower) else { return nil }
        // Optional: the rounds already proved the plan. Pinned segments 10⁻⁷ wide around an
        // S-curve's plan can make GLPK's simplex stall (the fuzz finding
        // solver-timeout-profit-scurve-share), so it gets a short limit and gives up quietly.
        guard let solution = try? solve(model.program, timeLimit: Swift.min(options.timeLimit ?? .infinity, Self.polishLimit))
        else { return nil }
        guard let polished = self.plan(solution, model), evaluator.isFeasible(polished) else { return nil }
        return (polished, evaluator.objective(polished), model, solution)
    }

    private func buildOrThrow(_ builder: ModelBuilder, _ curves: [Linearization], _ side: Side) throws(OptimizerError) -> BuiltModel {
        do { return try builder.build(curves: curves, side: side) } catch {
            throw .infeasible(conflict: ConflictFinder(scenario: builder.scenario, options: options).conflict())
        }
    }

    /// Solves one linearised model with GLPK; a stop without a usable answer (unbounded,
    /// solver failure, a limit with no plan) becomes ``OptimizerError/solverFailed(_:)``.
    func solve(_ program: LinearProgram, timeLimit: Double? = nil) throws(OptimizerError) -> Solution {
        let solution: Solution
        do {
            solution = try program.solve(options: SolverOptions(timeLimit: timeLimit ?? options.timeLimit, mipGap: Self.mipGap))
        } catch {
            throw .solverFailed("the model is invalid: \(error)")
        }
        switch solution.termination {
        case .optimal, .infeasible, .noIntegerSolution: return solution
        case .unbounded: throw .solverFailed("the problem is unbounded")
        case .timeLimit, .iterationLimit:
            if solution.primal != nil { return solution }
            throw .solverFailed("no plan found within the time limit")
        case let .solverFailure(message): throw .solverFailed(message)
        }
    }

    private func plan(_ solution: Solution, _ model: BuiltModel) -> [Double]? {
        guard solution.primal != nil else { return nil }
        return model.spend.map { max(solution.value($0)!, 0) }
    }

    /// Relative MIP gap asked of GLPK; the bound is widened by it.
    static let mipGap = 1e-7

    /// Seconds the optional polish solve may take (it only refines the shadow prices).
    static let polishLimit = 1.0

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let duration = start.duration(to: .now)
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}

extension OptimizerOptions {
    /// How much a MIP's objective may lie inside its true bound, given the MIP gap asked for:
    /// GLPK stops when `|best − bound| ≤ mip_gap · (|best| + ε)` (ε = 2.2·10⁻¹⁶), so that is the
    /// slack. (A floor of `mip_gap · 1` made an optimum of 0, such as a profit objective where no
    /// channel pays for itself, read as a 100% gap that no round could close.)
    func solverGapSlack(_ solution: Solution) -> Double {
        guard solution.isMIP, let objective = solution.objective else { return 0 }
        return Optimizer.mipGap * (abs(objective) + Double.ulpOfOne)
    }
}
