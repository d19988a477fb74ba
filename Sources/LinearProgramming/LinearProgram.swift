/// A linear or mixed-integer program over named variables and named rows.
///
/// The model is a plain value: building it touches no C code, and it can be solved any
/// number of times, on any thread, with ``LinearProgram/solve(options:)``. Every number in
/// it is checked (finite, lower ≤ upper, names unique, indices in range) before GLPK sees it.
///
///     maximise / minimise   Σⱼ cⱼ·xⱼ + c₀
///     subject to            Lᵢ ≤ Σⱼ aᵢⱼ·xⱼ ≤ Uᵢ      for each row i
///                           lⱼ ≤ xⱼ ≤ uⱼ,  xⱼ ∈ ℤ for integer and binary variables
public struct LinearProgram: Sendable {
    /// Whether the objective is maximised or minimised.
    public var direction: OptimizationDirection
    /// The variables, in the order they were added; ``VariableID/index`` indexes this array.
    public private(set) var variables: [Variable] = []
    /// The rows, in the order they were added; ``RowID/index`` indexes this array.
    public private(set) var rows: [Row] = []
    /// Objective coefficient of each variable, aligned with ``variables``.
    public private(set) var objectiveCoefficients: [Double] = []
    /// A constant added to the objective.
    public var objectiveConstant: Double = 0

    /// Creates an empty program.
    public init(direction: OptimizationDirection) {
        self.direction = direction
    }

    /// Whether any variable is integer or binary (the program is then solved by branch-and-cut).
    public var hasIntegerVariables: Bool {
        variables.contains { $0.kind != .continuous }
    }

    /// Adds a variable and returns its handle.
    ///
    /// - Parameters:
    ///   - name: A name unique among the variables (at most 255 bytes), used in messages.
    ///   - bounds: Its bounds; binary variables are additionally kept within [0, 1].
    ///   - kind: Continuous, integer or binary.
    ///   - objective: Its coefficient in the objective.
    @discardableResult
    public mutating func addVariable(
        _ name: String, bounds: Bounds = .atLeast(0), kind: VariableKind = .continuous,
        objective: Double = 0
    ) -> VariableID {
        variables.append(Variable(name: name, bounds: bounds, kind: kind))
        objectiveCoefficients.append(objective)
        return VariableID(index: variables.count - 1)
    }

    /// Adds a row `bounds.lower ≤ Σ coefficient·variable ≤ bounds.upper`.
    ///
    /// Terms naming the same variable twice are summed; zero coefficients are dropped.
    @discardableResult
    public mutating func addRow(
        _ name: String, terms: [(VariableID, Double)], bounds: Bounds
    ) -> RowID {
        rows.append(Row(name: name, terms: Self.merged(terms), bounds: bounds))
        return RowID(index: rows.count - 1)
    }

    /// Sets the objective coefficient of one variable.
    public mutating func setObjective(_ variable: VariableID, _ coefficient: Double) {
        objectiveCoefficients[variable.index] = coefficient
    }

    /// Replaces a variable's bounds (used, for example, to fix integers after a MIP solve).
    public mutating func setBounds(_ variable: VariableID, _ bounds: Bounds) {
        variables[variable.index].bounds = bounds
    }

    /// Replaces a variable's kind.
    public mutating func setKind(_ variable: VariableID, _ kind: VariableKind) {
        variables[variable.index].kind = kind
    }

    /// Replaces a row's bounds.
    public mutating func setBounds(_ row: RowID, _ bounds: Bounds) {
        rows[row.index].bounds = bounds
    }

    /// Adds a continuous variable with its coefficients in existing rows (column generation).
    /// Precondition: every row exists and appears once in `entries`.
    @discardableResult
    public mutating func addColumn(
        _ name: String, bounds: Bounds = .atLeast(0), objective: Double, entries: [(RowID, Double)]
    ) -> VariableID {
        let variable = addVariable(name, bounds: bounds, objective: objective)
        for (row, coefficient) in entries where coefficient != 0 {
            rows[row.index].terms.append(Term(variable: variable, coefficient: coefficient))
        }
        return variable
    }

    /// Sums repeated variables and drops zero coefficients, keeping first-seen order.
    private static func merged(_ terms: [(VariableID, Double)]) -> [Term] {
        var result: [Term] = []
        result.reserveCapacity(terms.count)
        // Rows are mostly built in variable order: then no variable repeats and there is
        // nothing to sum (a dictionary of positions was a tenth of building a small model).
        if zip(terms, terms.dropFirst()).allSatisfy({ $0.0.index < $1.0.index }) {
            for (variable, coefficient) in terms where coefficient != 0 {
                result.append(Term(variable: variable, coefficient: coefficient))
            }
            return result
        }
        var position: [VariableID: Int] = [:]
        for (variable, coefficient) in terms {
            if let at = position[variable] {
                result[at].coefficient += coefficient
            } else {
                position[variable] = result.count
                result.append(Term(variable: variable, coefficient: coefficient))
            }
        }
        return result.filter { $0.coefficient != 0 }
    }
}

/// Maximise or minimise.
public enum OptimizationDirection: Sendable, Equatable {
    case maximize
    case minimize
}

/// How a variable may take values.
public enum VariableKind: Sendable, Equatable {
    case continuous
    /// Whole numbers within the bounds; the bounds must themselves be whole numbers.
    case integer
    /// 0 or 1.
    case binary
}

/// A handle to a variable of one ``LinearProgram``.
public struct VariableID: Hashable, Sendable {
    /// Position in ``LinearProgram/variables``.
    public let index: Int
    public init(index: Int) { self.index = index }
}

/// A handle to a row of one ``LinearProgram``.
public struct RowID: Hashable, Sendable {
    /// Position in ``LinearProgram/rows``.
    public let index: Int
    public init(index: Int) { self.index = index }
}

/// A variable: name, bounds and kind.
public struct Variable: Sendable, Equatable {
    public var name: String
    public var bounds: Bounds
    public var kind: VariableKind
}

/// One coefficient of a row.
public struct Term: Sendable, Equatable {
    public var variable: VariableID
    public var coefficient: Double
}

/// A linear row: `bounds.lower ≤ Σ terms ≤ bounds.upper`.
public struct Row: Sendable, Equatable {
    public var name: String
    public var terms: [Term]
    public var bounds: Bounds
}

/// Lower and upper bounds; `nil` means unbounded on that side.
///
/// A row with both bounds equal is an equality; with both set and different, a ranged row.
public struct Bounds: Sendable, Equatable {
    public var lower: Double?
    public var upper: Double?

    public init(lower: Double?, upper: Double?) {
        self.lower = lower
        self.upper = upper
    }

    /// No bound on either side.
    public static let free = Bounds(lower: nil, upper: nil)
    /// `value ≥ lower`.
    public static func atLeast(_ lower: Double) -> Bounds { Bounds(lower: lower, upper: nil) }
    /// `value ≤ upper`.
    public static func atMost(_ upper: Double) -> Bounds { Bounds(lower: nil, upper: upper) }
    /// `lower ≤ value ≤ upper`.
    public static func between(_ lower: Double, _ upper: Double) -> Bounds {
        Bounds(lower: lower, upper: upper)
    }
    /// `value = value`.
    public static func equal(_ value: Double) -> Bounds { Bounds(lower: value, upper: value) }
}
