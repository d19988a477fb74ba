/// Why the solver stopped.
public enum Termination: Sendable, Equatable {
    /// Proven optimal (for a MIP: within ``SolverOptions/mipGap``).
    case optimal
    /// No point satisfies the rows and bounds (for a MIP: not even the LP relaxation).
    case infeasible
    /// The objective can improve without limit.
    case unbounded
    /// The LP relaxation is feasible but no integer point satisfies the rules.
    case noIntegerSolution
    /// The time limit was reached; ``Solution/primal`` holds the best plan found, if any.
    case timeLimit
    /// The iteration limit was reached; ``Solution/primal`` holds the best plan found, if any.
    case iterationLimit
    /// GLPK failed (singular basis, numerical trouble); the message says how.
    case solverFailure(String)
}

/// Values of the variables at a point, and the objective there.
public struct PrimalValues: Sendable, Equatable {
    /// Aligned with ``LinearProgram/variables``.
    public let values: [Double]
    /// The objective, including ``LinearProgram/objectiveConstant``.
    public let objective: Double
}

/// Row duals and reduced costs.
///
/// **Sign convention** (the only one this module uses, fixed in `GLPKAdapter.readDuals`):
/// each number is the rate of change of the optimal objective per unit increase of the
/// bound that is active, `∂z*/∂b`, whether the program maximises or minimises.
/// - For a row, `b` is the row's active bound (its right-hand side). In a maximisation, a
///   binding `≤` row has a dual ≥ 0 (loosening it helps) and a binding `≥` row a dual ≤ 0.
/// - For a variable, the reduced cost is the rate at which the objective changes per unit
///   the variable is pushed away from the bound it sits at, `∂z/∂xⱼ = cⱼ − Σᵢ aᵢⱼ·yᵢ`; at
///   an active bound it equals `∂z*/∂(that bound)`. Basic variables have reduced cost 0.
/// - Rows or variables that are not binding have (numerically) zero dual.
public struct DualValues: Sendable, Equatable {
    /// Aligned with ``LinearProgram/rows``.
    public let rowDuals: [Double]
    /// Aligned with ``LinearProgram/variables``.
    public let reducedCosts: [Double]
}

/// What the solver found and what of it can be read.
public struct Solution: Sendable, Equatable {
    /// Why the solver stopped.
    public let termination: Termination
    /// The plan: optimal, or the best found when a limit was reached; `nil` when there is none.
    public let primal: PrimalValues?
    /// Duals: for an LP, of the LP itself; for a MIP, of the LP obtained by fixing every
    /// integer variable at its value in the solution. `nil` when not available.
    public let duals: DualValues?
    /// Whether branch-and-cut was used.
    public let isMIP: Bool
    /// Row activities `Σ aᵢⱼ·xⱼ`, aligned with ``LinearProgram/rows`` (empty without a plan).
    public let rowActivities: [Double]

    /// The objective value, when a plan exists.
    public var objective: Double? { primal?.objective }

    /// The value of a variable in the plan.
    public func value(_ variable: VariableID) -> Double? {
        primal.map { $0.values[variable.index] }
    }

    /// The dual of a row (see ``DualValues`` for the sign convention).
    public func dual(_ row: RowID) -> Double? {
        duals.map { $0.rowDuals[row.index] }
    }

    /// The reduced cost of a variable (see ``DualValues`` for the sign convention).
    public func reducedCost(_ variable: VariableID) -> Double? {
        duals.map { $0.reducedCosts[variable.index] }
    }

    /// The activity of a row in the plan.
    public func activity(_ row: RowID) -> Double? {
        rowActivities.isEmpty ? nil : rowActivities[row.index]
    }
}
