import CGLPK
import Synchronization

/// A linear program kept inside GLPK between solves, so that columns can be added and the
/// program re-solved from the previous optimal basis (column generation).
///
/// After ``addColumns(_:)`` the old basis is still a basis — the new columns enter non-basic
/// at their lower bound 0 — so the primal simplex method continues from the last optimum
/// instead of starting over: a few pivots instead of thousands.
///
/// Every answer is checked as ``LinearProgram/solve(options:)`` checks it (each row and bound
/// within ``LinearProgram/feasibilityTolerance`` in the program's own units); an answer that
/// does not check out, and every non-optimal stop, is solved again from scratch by
/// ``LinearProgram/solve(options:)`` (all scalings, stall guard). Continuous programs only.
///
/// GLPK problem objects belong to the thread that created them: use a session on one thread
/// and ``close()`` it there (``withSession(_:options:_:)`` does both).
public final class WarmStartSession {
    /// The program as it stands, every added column included.
    public private(set) var program: LinearProgram
    /// Solves of the program that started from the previous basis (for tests and reports).
    public private(set) var warmSolves = 0
    private var problem: OpaquePointer?
    private let options: SolverOptions
    private let resetsAtStart: Int

    /// Runs `body` with a session over `program`, closing it afterwards.
    ///
    /// - Throws: ``LinearProgramError`` for an invalid program, integer variables or invalid
    ///   options; whatever `body` throws.
    public static func withSession<T, E: Error>(
        _ program: LinearProgram, options: SolverOptions = SolverOptions(), _ body: (WarmStartSession) throws(E) -> T
    ) throws(SessionError<E>) -> T {
        let session: WarmStartSession
        do { session = try WarmStartSession(program, options: options) } catch { throw .program(error) }
        defer { session.close() }
        do { return try body(session) } catch { throw .body(error) }
    }

    /// Why ``withSession(_:options:_:)`` stopped.
    public enum SessionError<E: Error>: Error {
        case program(LinearProgramError)
        case body(E)
    }

    private init(_ program: LinearProgram, options: SolverOptions) throws(LinearProgramError) {
        try program.validate()
        try options.validate()
        guard !program.hasIntegerVariables else { throw .invalidOption(name: "program", reason: "a warm-start session takes continuous variables only") }
        self.program = program
        self.options = options
        resetsAtStart = GLPKAdapter.environmentResets.load(ordering: .relaxed)
        var created: OpaquePointer?
        let loaded = GLPKAdapter.guarded(isMIP: false, verbose: options.verbose) {
            guard let problem = glp_create_prob() else { return Self.failure("GLPK could not allocate a problem") }
            GLPKAdapter.load(program, into: problem)
            glp_scale_prob(problem, GLP_SF_AUTO)
            // Bixby's crash basis (glpsol's default) rather than all slacks: the first, cold
            // solve of a large master takes about half the pivots.
            glp_adv_basis(problem, 0)
            created = problem
            return Self.finished
        }
        problem = loaded.termination == .optimal ? created : nil
    }

    /// Frees the GLPK problem (on the thread that created it). Later solves start from scratch.
    public func close() {
        if let problem = usableProblem { glp_delete_prob(problem) }
        problem = nil
    }

    deinit { close() }

    /// The problem object, unless a GLPK error has since freed GLPK's environment (which frees
    /// every problem object of its thread).
    private var usableProblem: OpaquePointer? {
        GLPKAdapter.environmentResets.load(ordering: .relaxed) == resetsAtStart ? problem : nil
    }

    /// A continuous column to add: its bounds, objective coefficient and row coefficients.
    public struct Column: Sendable {
        public var name: String
        public var bounds: Bounds
        public var objective: Double
        public var entries: [(row: RowID, coefficient: Double)]

        public init(name: String, bounds: Bounds = .atLeast(0), objective: Double, entries: [(row: RowID, coefficient: Double)]) {
            (self.name, self.bounds, self.objective, self.entries) = (name, bounds, objective, entries)
        }
    }

    /// Adds columns to the program and to GLPK's problem; each is checked before GLPK sees it.
    ///
    /// - Throws: ``LinearProgramError`` naming the first invalid column (nothing is added then).
    @discardableResult
    public func addColumns(_ columns: [Column]) throws(LinearProgramError) -> [VariableID] {
        for column in columns { try check(column) }
        let ids = columns.map { program.addColumn($0.name, bounds: $0.bounds, objective: $0.objective, entries: $0.entries.map { ($0.row, $0.coefficient) }) }
        guard let problem = usableProblem, !columns.isEmpty else { return ids }
        let result = GLPKAdapter.guarded(isMIP: false, verbose: options.verbose) {
            let first = glp_add_cols(problem, Int32(columns.count))
            for (offset, column) in columns.enumerated() {
                let j = first + Int32(offset)
                let (type, lower, upper) = GLPKAdapter.glpkBounds(column.bounds)
                glp_set_col_bnds(problem, j, type, lower, upper)
                glp_set_obj_coef(problem, j, column.objective)
                let kept = column.entries.filter { abs($0.coefficient) >= LinearProgram.smallestCoefficient }
                let rows = [Int32(0)] + kept.map { Int32($0.row.index + 1) }
                let values = [0.0] + kept.map(\.coefficient)
                glp_set_mat_col(problem, j, Int32(kept.count), rows, values)
            }
            return Self.finished
        }
        if result.termination != .optimal { self.problem = nil }
        return ids
    }

    /// Solves the program: from the previous basis when GLPK still holds it, else from scratch.
    public func solve() -> Solution {
        if let problem = usableProblem {
            let program = self.program
            let options = self.options
            let solution = GLPKAdapter.guarded(isMIP: false, verbose: options.verbose) {
                let termination = GLPKAdapter.runSimplex(problem, options: options, timeLimit: options.timeLimitMilliseconds)
                guard termination == .optimal else { return Self.failure("warm start stopped: \(termination)") }
                return Solution(
                    termination: .optimal, primal: GLPKAdapter.readLPPrimal(problem, program),
                    duals: GLPKAdapter.readDuals(problem, program), isMIP: false,
                    rowActivities: GLPKAdapter.readLPRows(problem, program))
            }
            if solution.termination == .optimal, let primal = solution.primal, program.violation(primal.values) == nil {
                warmSolves += 1
                return solution
            }
        }
        return GLPKAdapter.checkedSolve(program, options: options)
    }

    private func check(_ column: Column) throws(LinearProgramError) {
        try LinearProgram.checkBounds(column.bounds, kind: "variable", name: column.name)
        guard column.objective.isFinite else { throw .nonFinite(field: "objective coefficient of '\(column.name)'") }
        try LinearProgram.checkMagnitude(column.objective, field: "objective coefficient of '\(column.name)'")
        var seen = Set<Int>()
        for entry in column.entries {
            guard entry.row.index >= 0, entry.row.index < program.rows.count, seen.insert(entry.row.index).inserted else {
                throw .unknownVariable(row: "row \(entry.row.index)", index: program.variables.count)
            }
            guard entry.coefficient.isFinite else { throw .nonFinite(field: "coefficient of '\(column.name)'") }
            try LinearProgram.checkMagnitude(entry.coefficient, field: "coefficient of '\(column.name)'")
        }
    }

    /// What a guarded block that only calls GLPK returns when it ran to its end.
    private static let finished = Solution(termination: .optimal, primal: nil, duals: nil, isMIP: false, rowActivities: [])

    private static func failure(_ message: String) -> Solution {
        Solution(termination: .solverFailure(message), primal: nil, duals: nil, isMIP: false, rowActivities: [])
    }
}

extension GLPKAdapter {
    /// How many times a GLPK error has freed a thread's GLPK environment (and with it that
    /// thread's problem objects): a ``WarmStartSession`` stops using its problem after one.
    static let environmentResets = Atomic<Int>(0)
}
