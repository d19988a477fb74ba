import Synchronization

/// How GLPK scales rows and columns before the simplex method.
enum Scaling: CaseIterable {
    /// Geometric mean, then equilibration (`GLP_SF_AUTO`): best on most models.
    case automatic
    /// Geometric mean only (`GLP_SF_GM`).
    case geometricMean
    /// No scaling.
    case none
}

extension GLPKAdapter {
    /// The attempts in order: each scaling with GLPK's primal simplex (Harris's ratio test),
    /// then automatic scaling with the dual simplex and the textbook ratio test. The last one
    /// is there for cycling: a 39-column, 4-row cell-route LP at spends of a few CNY (a
    /// budget of 4 against curve scales of 40,000, a power curve of exponent 0.2) looped under
    /// all three scalings of the primal method, 60 s in all, and the dual method solves it in
    /// a millisecond (fuzz regression `primal-simplex-cycling.yaml`).
    static let attempts: [(scaling: Scaling, dual: Bool)] =
        Scaling.allCases.map { ($0, false) } + [(.automatic, true)]

    /// Seconds each attempt but the last may take before the next one is tried (GLPK
    /// stalling): `min(5, max(0.5, 2·10⁻⁴ · (columns + rows)))`.
    ///
    /// It grows with the model because a healthy solve does: a 100-column model finishes in
    /// about a millisecond, so 0.5 s is 500 times that, while 25,000 columns and rows get the
    /// full 5 s. A flat 5 s let a 108-column S-curve MILP that loops under automatic scaling
    /// (and solves in 1 ms with geometric-mean scaling) cost 5 s per round, 10 s in all
    /// (fuzz regression `scurve-shape5-min-roi-stall.yaml`). Only the first attempt had the
    /// limit at first: a step-like S-curve MILP whose automatic-scaling answer failed the check
    /// then stalled the geometric-mean attempt for the full 60 s and ended "no plan found"
    /// (`step-scurve-second-scaling-stall.yaml`); unscaled it solves at once.
    static func stallLimit(for program: LinearProgram) -> Double {
        Swift.min(5, Swift.max(0.5, 2e-4 * Double(program.variables.count + program.rows.count)))
    }

    /// Counts, for whoever sets it (tests), the solves whose first attempt stalled.
    @TaskLocal static var stalls: StallCounter?

    /// A count of stalled first attempts (see ``stalls``).
    final class StallCounter: Sendable {
        let count = Mutex(0)
        var value: Int { count.withLock { $0 } }
    }

    /// Solves with each attempt (scaling and simplex method, ``attempts``) in turn until
    /// GLPK's answer checks out.
    ///
    /// GLPK's tolerances apply to the *scaled* model, so on a badly conditioned one (curve
    /// slopes spanning 10¹⁶) it can call a point that misses a row by 70% feasible, or call a
    /// feasible model infeasible. Every answer is therefore checked in the model's own units:
    /// a plan must satisfy every row and bound within ``LinearProgram/feasibilityTolerance``
    /// (relative to the row's size), and a claim of "no plan" is confirmed by a second
    /// scaling. The first answer that checks out is returned; if none does, a solver failure
    /// that says so.
    static func checkedSolve(_ program: LinearProgram, options: SolverOptions) -> Solution {
        var first: Solution?
        var lastReason = ""
        let stallLimit = Self.stallLimit(for: program)
        for (attempt, (scaling, dual)) in Self.attempts.enumerated() {
            // GLPK's simplex can stall on a degenerate model with one scaling and finish at
            // once with another: every attempt but the last gets at most `stallLimit` seconds.
            var attemptOptions = options
            attemptOptions.dualSimplex = dual
            let isLast = attempt == Self.attempts.count - 1
            if !isLast {
                attemptOptions.timeLimit = Swift.min(options.timeLimit ?? .infinity, stallLimit)
            }
            let solution = guardedSolve(program, options: attemptOptions, scaling: scaling)
            if !isLast, solution.termination == .timeLimit || solution.termination == .iterationLimit,
               (options.timeLimit ?? .infinity) > stallLimit {
                lastReason = "GLPK stalled with \(scaling) scaling\(dual ? " (dual simplex)" : "")"
                stalls?.count.withLock { $0 += 1 }
                continue
            }
            if first == nil { first = solution }
            switch solution.termination {
            case .optimal:
                guard let primal = solution.primal else { return solution }
                if let reason = program.violation(primal.values) {
                    lastReason = reason
                    continue
                }
                return solution
            case .infeasible, .noIntegerSolution:
                // Confirmed by a second scaling before it is believed.
                if attempt >= 1 { return solution }
            case .solverFailure(let message):
                lastReason = message
            case .unbounded, .timeLimit, .iterationLimit:
                return solution
            }
        }
        if let first, first.termination == .infeasible || first.termination == .noIntegerSolution, lastReason.isEmpty {
            return first
        }
        return Solution(
            termination: .solverFailure("numerical trouble: \(lastReason.isEmpty ? "no scaling gave a consistent answer" : lastReason)"),
            primal: nil, duals: nil, isMIP: program.hasIntegerVariables, rowActivities: [])
    }
}

extension LinearProgram {
    /// How far a returned point may lie outside a row or bound, relative to
    /// `max(1, |limit|, Σ|aᵢⱼ·xⱼ|)`.
    static let feasibilityTolerance = 1e-6

    /// The first row or bound `values` break beyond ``feasibilityTolerance``, in words; `nil`
    /// when the point is feasible.
    func violation(_ values: [Double]) -> String? {
        let tolerance = Self.feasibilityTolerance
        for (index, variable) in variables.enumerated() {
            let x = values[index]
            guard x.isFinite else { return "variable '\(variable.name)' is not finite" }
            let size = Swift.max(1, abs(x))
            if let lower = variable.bounds.lower, x < lower - tolerance * Swift.max(size, abs(lower)) {
                return "variable '\(variable.name)' is \(x), below its bound \(lower)"
            }
            if let upper = variable.bounds.upper, x > upper + tolerance * Swift.max(size, abs(upper)) {
                return "variable '\(variable.name)' is \(x), above its bound \(upper)"
            }
        }
        for row in rows {
            var activity = 0.0
            var size = 1.0
            for term in row.terms {
                let product = term.coefficient * values[term.variable.index]
                activity += product
                size = Swift.max(size, abs(product))
            }
            if let lower = row.bounds.lower, activity < lower - tolerance * Swift.max(size, abs(lower)) {
                return "row '\(row.name)' is \(activity), below \(lower)"
            }
            if let upper = row.bounds.upper, activity > upper + tolerance * Swift.max(size, abs(upper)) {
                return "row '\(row.name)' is \(activity), above \(upper)"
            }
        }
        return nil
    }
}
