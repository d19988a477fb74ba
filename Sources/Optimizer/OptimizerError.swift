import BudgetModel
import Localization

/// Why the optimiser produced no plan.
public enum OptimizerError: Error, Sendable, CustomStringConvertible {
    /// No plan satisfies the rules; `conflict` is a smallest set of rules that cannot hold
    /// together (dropping any one of them makes the rest satisfiable), as statements.
    case infeasible(conflict: [String])
    /// GLPK failed or hit a limit before finding a plan.
    case solverFailed(String)

    public var description: String {
        switch self {
        case let .infeasible(conflict):
            if conflict.isEmpty { return tr(.errNoPlan) }
            return tr(.errConflict, ["rules": conflict.joined(separator: "; ")])
        case let .solverFailed(message):
            return tr(.errSolverFailed, ["message": message])
        }
    }
}

/// Settings of the optimiser.
public struct OptimizerOptions: Sendable {
    /// Stop when the plan is provably within this relative gap of the best possible (0.01%).
    public var tolerance: Double
    /// At most this many linearise-solve-refine rounds.
    public var maxIterations: Int
    /// Uniform segments per curve before refinement.
    public var initialSegments: Int
    /// Time limit per GLPK solve, in seconds. With `objective.risk` it bounds the whole solve
    /// (every round together): when it runs out, the best plan so far is returned with its
    /// proven gap (status feasible).
    public var timeLimit: Double?
    /// Whether large concave problems may take the aggregated path (a master LP over cells of
    /// alike line items); turning it off forces one column per channel (used by tests).
    public var allowAggregation: Bool = true
    /// Overrides the size from which the aggregated path is taken (200 concave channels, 100
    /// with S-curves); used by tests to compare it with the MILP on small problems.
    public var aggregationThreshold: Int?
    /// Whether concave problems without integer rules take the column-generation path (a warm-
    /// started master LP with an exact Lagrangian bound, ``ColumnGenerationSolver``) before the
    /// envelope model; the planner turns it on (months × channels linked by many rules).
    public var columnGeneration: Bool = false
    /// Whether the result explains every rule (binding or not, shadow price); a caller that
    /// only needs the plan (the simulator: hundreds of small solves per replicate) turns it
    /// off and gets no rule results. The plan, bound and gap are the same either way.
    public var explainsRules: Bool = true

    public init(tolerance: Double = 1e-4, maxIterations: Int = 60, initialSegments: Int = 16, timeLimit: Double? = 60) {
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.initialSegments = initialSegments
        self.timeLimit = timeLimit
    }
}
