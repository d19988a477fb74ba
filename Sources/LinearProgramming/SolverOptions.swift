/// How to solve: limits, tolerances and GLPK's own output.
public struct SolverOptions: Sendable, Equatable {
    /// Wall-clock limit in seconds for the whole solve, or `nil` for none. Must be > 0.
    public var timeLimit: Double?
    /// Simplex iteration limit, or `nil` for none. Must be > 0.
    public var iterationLimit: Int?
    /// Relative MIP gap at which branch-and-cut stops: |best bound − incumbent| / |incumbent|.
    /// Must be in [0, 1). Zero (the default) means proven optimal up to GLPK's tolerances.
    public var mipGap: Double
    /// Whether GLPK's LP presolver runs first.
    public var presolve: Bool
    /// Whether GLPK prints its progress to the terminal (off by default).
    public var verbose: Bool
    /// Whether the simplex runs as GLPK's dual method with the textbook ratio test
    /// (`GLP_DUALP`, `GLP_RT_STD`) instead of the primal method with Harris's: the last
    /// attempt of ``GLPKAdapter/checkedSolve(_:options:)`` (set there only).
    var dualSimplex = false

    public init(
        timeLimit: Double? = nil, iterationLimit: Int? = nil, mipGap: Double = 0,
        presolve: Bool = false, verbose: Bool = false
    ) {
        self.timeLimit = timeLimit
        self.iterationLimit = iterationLimit
        self.mipGap = mipGap
        self.presolve = presolve
        self.verbose = verbose
    }

    /// Checks the options against what GLPK accepts.
    public func validate() throws(LinearProgramError) {
        if let timeLimit {
            guard timeLimit.isFinite, timeLimit > 0 else {
                throw .invalidOption(name: "timeLimit", reason: "must be a positive number of seconds")
            }
        }
        if let iterationLimit, iterationLimit <= 0 {
            throw .invalidOption(name: "iterationLimit", reason: "must be positive")
        }
        guard mipGap.isFinite, mipGap >= 0, mipGap < 1 else {
            throw .invalidOption(name: "mipGap", reason: "must be in [0, 1)")
        }
    }

    /// The time limit in whole milliseconds as GLPK takes it (at least 1, at most `Int32.max`).
    var timeLimitMilliseconds: Int32? {
        timeLimit.map { Int32(clamping: Int(min(max(($0 * 1000).rounded(.up), 1), Double(Int32.max)))) }
    }
}
