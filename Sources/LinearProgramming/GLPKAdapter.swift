import CGLPK
import CGLPKGuard

extension LinearProgram {
    /// Solves the program with GLPK: the simplex method for an LP; for a MIP, the simplex
    /// method on the LP relaxation, then branch-and-cut.
    ///
    /// Every argument is checked before GLPK is called, so no input can make GLPK abort the
    /// process. The GLPK problem object lives only for the duration of this call and is freed
    /// before it returns. Safe to call concurrently from several threads: GLPK keeps its
    /// environment in thread-local storage and each call builds its own problem object.
    ///
    /// - Parameter options: Limits, tolerances and terminal output.
    /// - Returns: Why the solver stopped and what can be read (see ``Solution``).
    /// - Throws: ``LinearProgramError`` for an invalid program or invalid options.
    public func solve(options: SolverOptions = SolverOptions()) throws(LinearProgramError) -> Solution {
        try validate()
        try options.validate()
        return GLPKAdapter.checkedSolve(self, options: options)
    }
}

/// The one place that calls GLPK. No C pointer or C integer code leaves this file.
enum GLPKAdapter {
    /// ``solve(_:options:scaling:)`` with GLPK's error hook installed: an error inside GLPK
    /// (which would otherwise abort the process) becomes a solver failure carrying GLPK's
    /// message. GLPK's terminal output goes to standard error only when `options.verbose`.
    static func guardedSolve(_ program: LinearProgram, options: SolverOptions, scaling: Scaling) -> Solution {
        guarded(isMIP: program.hasIntegerVariables, verbose: options.verbose) {
            solve(program, options: options, scaling: scaling)
        }
    }

    /// Runs `body` (which calls GLPK) under GLPK's error hook; see ``guardedSolve(_:options:scaling:)``.
    static func guarded(isMIP: Bool, verbose: Bool, _ body: @escaping () -> Solution) -> Solution {
        let work = GuardedWork(body)
        let status = withExtendedLifetime(work) {
            budgetlab_glpk_guarded(
                { pointer in
                    guard let pointer else { return }
                    let work = Unmanaged<GuardedWork>.fromOpaque(pointer).takeUnretainedValue()
                    work.result = work.body()
                }, Unmanaged.passUnretained(work).toOpaque(), verbose ? 1 : 0)
        }
        if status != 0 { environmentResets.add(1, ordering: .relaxed) }
        guard status == 0, let result = work.result else {
            let message = String(cString: budgetlab_glpk_last_message())
                .split(separator: "\n").map { String($0.drop { $0 == " " }) }.filter { !$0.isEmpty }
                .joined(separator: "; ")
            return failed("GLPK stopped with an internal error (\(message.isEmpty ? "no message" : message))", isMIP: isMIP)
        }
        return result
    }

    /// Calls GLPK with an invalid argument under the guard (`glp_add_cols` with −1 columns, on
    /// which GLPK aborts): for the tests that the guard turns GLPK's errors into failures.
    static func invalidCallUnderGuard() -> Solution {
        guarded(isMIP: false, verbose: false) {
            let problem = glp_create_prob()
            glp_add_cols(problem, -1)
            glp_delete_prob(problem)
            return Solution(termination: .optimal, primal: nil, duals: nil, isMIP: false, rowActivities: [])
        }
    }

    /// One solve with one choice of GLPK's row and column scaling (see ``Scaling``).
    static func solve(_ program: LinearProgram, options: SolverOptions, scaling: Scaling) -> Solution {
        let started = ContinuousClock.now
        guard let problem = glp_create_prob() else {
            return failed("GLPK could not allocate a problem", isMIP: program.hasIntegerVariables)
        }
        defer { glp_delete_prob(problem) }
        load(program, into: problem)
        switch scaling {
        case .automatic: glp_scale_prob(problem, GLP_SF_AUTO)
        case .geometricMean: glp_scale_prob(problem, GLP_SF_GM)
        case .none: break
        }

        let isMIP = program.hasIntegerVariables
        let relaxation = runSimplex(problem, options: options, timeLimit: options.timeLimitMilliseconds)
        guard relaxation == .optimal else {
            let primal = relaxation.mayHavePlan && !isMIP && glp_get_prim_stat(problem) == GLP_FEAS
                ? readLPPrimal(problem, program) : nil
            return Solution(
                termination: relaxation, primal: primal, duals: nil, isMIP: isMIP,
                rowActivities: primal == nil ? [] : readLPRows(problem, program))
        }
        guard isMIP else {
            return Solution(
                termination: .optimal, primal: readLPPrimal(problem, program),
                duals: readDuals(problem, program), isMIP: false,
                rowActivities: readLPRows(problem, program))
        }
        return branchAndCut(problem, program, options: options, started: started)
    }

    // MARK: Loading

    /// Copies variables, rows, objective and matrix into GLPK (1-based arrays built here only).
    static func load(_ program: LinearProgram, into problem: OpaquePointer) {
        glp_set_obj_dir(problem, program.direction == .maximize ? GLP_MAX : GLP_MIN)
        glp_set_obj_coef(problem, 0, program.objectiveConstant)
        let columnCount = Int32(program.variables.count)
        glp_add_cols(problem, columnCount)
        for (offset, variable) in program.variables.enumerated() {
            let column = Int32(offset + 1)
            var bounds = variable.bounds
            switch variable.kind {
            case .continuous:
                glp_set_col_kind(problem, column, GLP_CV)
            case .integer:
                glp_set_col_kind(problem, column, GLP_IV)
            case .binary:
                glp_set_col_kind(problem, column, GLP_IV)
                bounds = Bounds(lower: bounds.lower ?? 0, upper: bounds.upper ?? 1)
            }
            let (type, lower, upper) = glpkBounds(bounds)
            glp_set_col_bnds(problem, column, type, lower, upper)
            glp_set_obj_coef(problem, column, program.objectiveCoefficients[offset])
        }
        guard !program.rows.isEmpty else { return }
        glp_add_rows(problem, Int32(program.rows.count))
        var rowIndices: [Int32] = [0]
        var columnIndices: [Int32] = [0]
        var coefficients: [Double] = [0]
        for (offset, row) in program.rows.enumerated() {
            let (type, lower, upper) = glpkBounds(row.bounds)
            glp_set_row_bnds(problem, Int32(offset + 1), type, lower, upper)
            for term in row.terms where abs(term.coefficient) >= LinearProgram.smallestCoefficient {
                rowIndices.append(Int32(offset + 1))
                columnIndices.append(Int32(term.variable.index + 1))
                coefficients.append(term.coefficient)
            }
        }
        glp_load_matrix(problem, Int32(coefficients.count - 1), rowIndices, columnIndices, coefficients)
    }

    /// GLPK's bound type for a pair of optional bounds (equal bounds become a fixed variable).
    static func glpkBounds(_ bounds: Bounds) -> (Int32, Double, Double) {
        switch (bounds.lower, bounds.upper) {
        case (nil, nil): return (GLP_FR, 0, 0)
        case let (lower?, nil): return (GLP_LO, lower, 0)
        case let (nil, upper?): return (GLP_UP, 0, upper)
        case let (lower?, upper?): return (lower == upper ? GLP_FX : GLP_DB, lower, upper)
        }
    }

    // MARK: Simplex

    static func runSimplex(
        _ problem: OpaquePointer, options: SolverOptions, timeLimit: Int32?, presolve: Bool? = nil
    ) -> Termination {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = options.verbose ? GLP_MSG_ALL : GLP_MSG_OFF
        let usePresolve = presolve ?? options.presolve
        parameters.presolve = usePresolve ? GLP_ON : GLP_OFF
        if let timeLimit { parameters.tm_lim = timeLimit }
        if options.dualSimplex {
            parameters.meth = GLP_DUALP
            parameters.r_test = GLP_RT_STD
        }
        if let limit = options.iterationLimit { parameters.it_lim = Int32(clamping: limit) }
        let code = glp_simplex(problem, &parameters)
        switch code {
        case 0:
            switch glp_get_status(problem) {
            case GLP_OPT: return .optimal
            case GLP_NOFEAS: return .infeasible
            case GLP_UNBND: return .unbounded
            default: return .solverFailure("simplex ended without a definite status")
            }
        case GLP_ENOPFS:
            return .infeasible
        case GLP_ENODFS:
            // Presolve only says "no dual feasible solution": unbounded or infeasible.
            // Re-run without it to tell which.
            return usePresolve
                ? runSimplex(problem, options: options, timeLimit: timeLimit, presolve: false)
                : .unbounded
        case GLP_ETMLIM: return .timeLimit
        case GLP_EITLIM: return .iterationLimit
        default: return .solverFailure(describe(code))
        }
    }

    // MARK: Branch-and-cut

    private static func branchAndCut(
        _ problem: OpaquePointer, _ program: LinearProgram, options: SolverOptions,
        started: ContinuousClock.Instant
    ) -> Solution {
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = options.verbose ? GLP_MSG_ALL : GLP_MSG_OFF
        parameters.presolve = GLP_OFF  // the relaxation's optimal basis is already there
        parameters.mip_gap = options.mipGap
        if let limit = options.timeLimit {
            let elapsed = started.duration(to: .now)
            let left = max(limit - Double(elapsed.components.seconds)
                - Double(elapsed.components.attoseconds) * 1e-18, 0.001)
            parameters.tm_lim = Int32(clamping: Int((left * 1000).rounded(.up)))
        }
        let code = glp_intopt(problem, &parameters)
        let status = glp_mip_status(problem)
        let termination: Termination
        switch code {
        case 0, GLP_EMIPGAP:
            switch status {
            case GLP_OPT, GLP_FEAS: termination = .optimal
            case GLP_NOFEAS: termination = .noIntegerSolution
            default: termination = .solverFailure("branch-and-cut ended without a definite status")
            }
        case GLP_ETMLIM: termination = .timeLimit
        case GLP_ENOPFS: termination = .infeasible
        case GLP_ENODFS: termination = .unbounded
        default: termination = .solverFailure(describe(code))
        }
        guard status == GLP_OPT || status == GLP_FEAS else {
            return Solution(termination: termination, primal: nil, duals: nil, isMIP: true, rowActivities: [])
        }
        let values = (0..<program.variables.count).map { glp_mip_col_val(problem, Int32($0 + 1)) }
        let primal = PrimalValues(values: values, objective: glp_mip_obj_val(problem))
        let rows = (0..<program.rows.count).map { glp_mip_row_val(problem, Int32($0 + 1)) }
        let duals = fixedIntegerDuals(problem, program, values: values, options: options, started: started)
        return Solution(termination: termination, primal: primal, duals: duals, isMIP: true, rowActivities: rows)
    }

    /// Duals of the LP with every integer variable fixed at its MIP value; nil when that LP is
    /// not solved within what is left of the time limit (at least 1 s: a stalled simplex here
    /// once hung a caller's whole time budget).
    private static func fixedIntegerDuals(
        _ problem: OpaquePointer, _ program: LinearProgram, values: [Double], options: SolverOptions,
        started: ContinuousClock.Instant
    ) -> DualValues? {
        for (offset, variable) in program.variables.enumerated() where variable.kind != .continuous {
            let column = Int32(offset + 1)
            glp_set_col_kind(problem, column, GLP_CV)
            glp_set_col_bnds(problem, column, GLP_FX, values[offset].rounded(), 0)
        }
        var quiet = options
        quiet.timeLimit = nil
        let limit = options.timeLimit.map { limit -> Int32 in
            let elapsed = started.duration(to: .now)
            let left = limit - Double(elapsed.components.seconds) - Double(elapsed.components.attoseconds) * 1e-18
            return Int32(clamping: Int((max(left, 1) * 1000).rounded(.up)))
        }
        guard runSimplex(problem, options: quiet, timeLimit: limit, presolve: false) == .optimal else {
            return nil
        }
        return readDuals(problem, program)
    }

    // MARK: Reading results

    static func readLPPrimal(_ problem: OpaquePointer, _ program: LinearProgram) -> PrimalValues {
        let values = (0..<program.variables.count).map { glp_get_col_prim(problem, Int32($0 + 1)) }
        return PrimalValues(values: values, objective: glp_get_obj_val(problem))
    }

    static func readLPRows(_ problem: OpaquePointer, _ program: LinearProgram) -> [Double] {
        (0..<program.rows.count).map { glp_get_row_prim(problem, Int32($0 + 1)) }
    }

    /// The one function that fixes the dual sign convention documented on ``DualValues``.
    ///
    /// GLPK reports row duals and column reduced costs as `∂z/∂b` for both objective senses
    /// (checked by the textbook tests: Wyndor's maximisation gives +1.5 and +1 on its binding
    /// `≤` rows; a minimisation gives positive duals on binding `≥` rows), so they are passed
    /// through unchanged.
    static func readDuals(_ problem: OpaquePointer, _ program: LinearProgram) -> DualValues {
        DualValues(
            rowDuals: (0..<program.rows.count).map { glp_get_row_dual(problem, Int32($0 + 1)) },
            reducedCosts: (0..<program.variables.count).map { glp_get_col_dual(problem, Int32($0 + 1)) })
    }

    private static func failed(_ message: String, isMIP: Bool) -> Solution {
        Solution(termination: .solverFailure(message), primal: nil, duals: nil, isMIP: isMIP, rowActivities: [])
    }

    /// A readable reason for one of GLPK's return codes.
    private static func describe(_ code: Int32) -> String {
        switch code {
        case GLP_EBADB: return "invalid initial basis"
        case GLP_ESING: return "singular basis matrix"
        case GLP_ECOND: return "ill-conditioned basis matrix"
        case GLP_EBOUND: return "invalid bounds"
        case GLP_EFAIL: return "solver failure"
        case GLP_EROOT: return "no optimal basis for the LP relaxation"
        case GLP_ENOCVG: return "no convergence"
        case GLP_EINSTAB: return "numerical instability"
        default: return "GLPK error code \(code)"
        }
    }
}

/// A solve handed through C to the guard, and its result.
private final class GuardedWork {
    let body: () -> Solution
    var result: Solution?
    init(_ body: @escaping () -> Solution) { self.body = body }
}

extension Termination {
    /// Whether GLPK may still hold a feasible point after stopping this way.
    fileprivate var mayHavePlan: Bool {
        self == .timeLimit || self == .iterationLimit
    }
}
