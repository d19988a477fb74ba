import BudgetModel
import LinearProgramming

/// Concave problems held together by many rules (an annual plan's months, linked by change
/// limits and horizon rules): column generation over points of the curves, with an exact
/// Lagrangian bound, re-solved from GLPK's previous basis every round.
///
/// **The master LP.** Channel i has spend xᵢ (with its rules' bounds, as in ``ModelBuilder``),
/// and one column λᵢⱼ ≥ 0 per sampled point pᵢⱼ of its domain:
/// `xᵢ − Σⱼ pᵢⱼ·λᵢⱼ = 0`, `Σⱼ λᵢⱼ = 1`, objective `Σⱼ G(pᵢⱼ)·λᵢⱼ` (G = the curve, times the
/// value of an outcome for `profit`, less spend), plus every rule row of the scenario. It is the
/// chord model of §1 of optimizer.md: its plans are true plans, and Σ G(xᵢ) ≥ its objective.
///
/// **The bound.** For row prices y with the dual signs (≥ 0 on a binding upper limit, ≤ 0 on a
/// lower one, any on an equality), weak duality gives, for every plan obeying the rules,
/// `Σᵢ G(xᵢ) ≤ D(y) = Σ_r y_r·b_r + Σᵢ max_{xᵢ ∈ [lᵢ, uᵢ]} [G(xᵢ) − cᵢ·xᵢ]`, `cᵢ = Σ_r y_r·a_{ri}`
/// (b_r the limit on the side y_r prices). Each inner maximum is one channel's best response
/// to a price — closed forms or a safeguarded Newton step (``Curve/spend(atMarginal:lower:upper:)``),
/// exact on the true curve. With y the master's duals, D(y) is a **proven upper bound**, with
/// no tangent model to solve.
///
/// **Refinement.** Each round adds, per channel, the point where the plan landed and the best
/// response x̂ᵢ(y) (the column of most reduced cost: Dantzig–Wolfe pricing). The old basis stays
/// a basis, so GLPK continues from it (``WarmStartSession``). As the points cluster around the
/// optimum the duals converge, and D(y) falls onto the plan's value.
struct ColumnGenerationSolver {
    let scenario: Scenario
    let options: OptimizerOptions

    /// Uniform segments per curve in the first master (the pricing adds the rest where needed).
    static let initialSegments = 1
    /// A new column must be able to raise the master's objective by more than this share of
    /// the tolerance's worth per channel (`columnThreshold · tolerance · |bound| / n`).
    static let columnThreshold = 0.01
    /// Length of the polishing moves around the plan, relative to max(1, |x|): their one-sided
    /// chord slopes are within about 10⁻⁶ of the marginal value.
    static let pinWidth = 1e-6
    /// The polish stops once the gap is this share of the tolerance.
    static let polishedGap = 0.1
    /// Points closer than this (relative to max(1, |p|), internal units) are not added twice:
    /// nearly equal columns only make GLPK's basis ill-conditioned.
    static let pointSpacing = 1e-7

    /// Concave curves, no integer rules, and an objective of outcome or profit without a
    /// `min_roi` (whose row would involve the curves themselves).
    static func applies(to scenario: Scenario) -> Bool {
        guard scenario.risk == nil, scenario.objective.minROI == nil else { return false }
        if case .minimizeSpend = scenario.objective { return false }
        return scenario.channels.allSatisfy { $0.minBuy == nil && $0.buyUnit == nil && $0.curve.isConcave }
    }

    /// The value of one unit of outcome in the objective (1, or the profit's value per outcome).
    private var weight: Double {
        if case let .maximizeProfit(value, _) = scenario.objective { return value }
        return 1
    }

    /// Solves the scenario; `nil` when the master has no plan or GLPK fails (the envelope path
    /// then takes over and names the conflict or the failure).
    func optimize() -> OptimizationResult? {
        let started = ContinuousClock.now
        let builder = ModelBuilder(scenario: scenario)
        guard let master = try? Master(builder: builder, weight: weight) else { return nil }
        let solverOptions = SolverOptions(timeLimit: options.timeLimit)
        let outcome = try? WarmStartSession.withSession(master.model.program, options: solverOptions) { session -> OptimizationResult? in
            var master = master
            return refine(&master, session: session, started: started)
        }
        return outcome ?? nil
    }

    private func refine(_ master: inout Master, session: WarmStartSession, started: ContinuousClock.Instant) -> OptimizationResult? {
        let evaluator = PlanEvaluator(scenario: scenario)
        var best: BestPlan?
        var bound = Double.infinity
        var iteration = 0
        /// Solves the master, keeps its plan if better, lowers the bound; the responses, or
        /// `nil` when GLPK gives no answer.
        func round() -> (plan: [Double], responses: [Double], duals: [Double])? {
            iteration += 1
            let solution = session.solve()
            guard solution.termination == .optimal, solution.primal != nil, let duals = solution.duals else { return nil }
            let plan = master.model.spend.map { max(solution.value($0)!, 0) }
            let value = evaluator.objective(plan)
            if evaluator.isFeasible(plan), best.map({ value > $0.value - evaluator.tieSlack($0.value) }) ?? true {
                var model = master.model
                model.program = session.program
                best = (plan, value, model, solution)
            }
            let (roundBound, responses) = master.lagrangian(duals.rowDuals)
            bound = min(bound, roundBound)
            return (plan, responses, duals.rowDuals)
        }
        var gap: Double { best.map { evaluator.relativeGap(value: $0.value, bound: bound) } ?? .infinity }
        var columns: [WarmStartSession.Column] = []
        while iteration < options.maxIterations {
            guard let (plan, responses, duals) = round() else { return nil }
            // The plan (makes the chords exact where it landed), the best responses (the columns
            // of most reduced cost) and the midpoints (where the next plan tends to land).
            let midpoints = zip(plan, responses).map { ($0 + $1) / 2 }
            let threshold = Self.columnThreshold * options.tolerance * abs(bound) / Double(scenario.channels.count)
            columns = master.newColumns(at: [plan, responses, midpoints], duals: duals, threshold: threshold)
            if gap <= options.tolerance || columns.isEmpty { break }
            guard (try? session.addColumns(columns)) != nil else { return nil }
            columns = []
        }
        guard best != nil else { return nil }
        // Polish: the last round's columns, and local moves from the plan at the curves' own
        // slopes (``Master/localMoves(around:width:)``), so the master's duals (the shadow
        // prices) are the curves' marginal values at the plan rather than a chord's slope. Those
        // duals price the curves exactly, so the best responses to them show where the plan
        // should still move: unless the gap is already a tenth of the tolerance, one round on
        // them (the plan can be √gap away from the best one: within the gap's worth of
        // objective, but visible in the spend), then local moves around where it lands.
        func pins() -> [WarmStartSession.Column] {
            guard let plan = best?.plan else { return [] }
            return master.localMoves(around: plan, width: plan.map { Self.pinWidth * max(1, abs($0)) })
        }
        columns += pins()
        if !columns.isEmpty, (try? session.addColumns(columns)) != nil, let (plan, responses, duals) = round(),
           gap > Self.polishedGap * options.tolerance {
            let threshold = Self.columnThreshold * options.tolerance * abs(bound) / Double(scenario.channels.count)
            let last = master.newColumns(at: [responses, zip(plan, responses).map { ($0 + $1) / 2 }], duals: duals, threshold: threshold)
            if !last.isEmpty, (try? session.addColumns(last)) != nil, round() != nil {
                let final = pins()
                if !final.isEmpty, (try? session.addColumns(final)) != nil { _ = round() }
            }
        }
        guard let best else { return nil }
        return OptimizationResult(
            best: best, scenario: scenario, evaluator: evaluator, bound: bound, gap: gap, tolerance: options.tolerance,
            isMIP: false, iterations: iteration, breakpoints: master.points.reduce(0) { $0 + $1.count }, started: started)
    }
}
