import LinearProgramming
import Testing

/// Each kind of bad input becomes a typed error; GLPK never sees it, so the process survives
/// (GLPK itself would call abort() on most of these).
@Suite struct InvalidInputTests {
    private func twoVariables() -> (LinearProgram, VariableID, VariableID) {
        var lp = LinearProgram(direction: .maximize)
        let x = lp.addVariable("x", objective: 1)
        let y = lp.addVariable("y", objective: 1)
        return (lp, x, y)
    }

    @Test func emptyModel() {
        #expect(throws: LinearProgramError.emptyModel) {
            try LinearProgram(direction: .minimize).solve()
        }
    }

    @Test func nonFiniteNumbers() {
        var (lp, x, y) = twoVariables()
        lp.setBounds(x, .between(0, .nan))
        #expect(throws: LinearProgramError.nonFinite(field: "upper bound of variable 'x'")) { try lp.solve() }

        (lp, x, y) = twoVariables()
        lp.setObjective(y, .infinity)
        #expect(throws: LinearProgramError.nonFinite(field: "objective coefficient of 'y'")) { try lp.solve() }

        (lp, x, y) = twoVariables()
        lp.addRow("r", terms: [(x, 1), (y, -.infinity)], bounds: .atMost(1))
        #expect(throws: LinearProgramError.nonFinite(field: "coefficient of 'y' in row 'r'")) { try lp.solve() }

        (lp, x, y) = twoVariables()
        lp.addRow("r", terms: [(x, 1)], bounds: .atLeast(.nan))
        #expect(throws: LinearProgramError.nonFinite(field: "lower bound of row 'r'")) { try lp.solve() }

        (lp, x, y) = twoVariables()
        lp.objectiveConstant = .nan
        #expect(throws: LinearProgramError.nonFinite(field: "objective constant")) { try lp.solve() }
    }

    @Test func invertedBounds() {
        var (lp, x, _) = twoVariables()
        lp.setBounds(x, .between(5, 1))
        #expect(throws: LinearProgramError.invertedBounds(kind: "variable", name: "x", lower: 5, upper: 1)) {
            try lp.solve()
        }
        (lp, x, _) = twoVariables()
        lp.addRow("r", terms: [(x, 1)], bounds: .between(2, -2))
        #expect(throws: LinearProgramError.invertedBounds(kind: "row", name: "r", lower: 2, upper: -2)) {
            try lp.solve()
        }
    }

    @Test func namesMustBeUniqueAndNonEmpty() {
        var (lp, x, _) = twoVariables()
        lp.addVariable("x")
        #expect(throws: LinearProgramError.duplicateName(kind: "variable", name: "x")) { try lp.solve() }

        (lp, x, _) = twoVariables()
        lp.addRow("r", terms: [(x, 1)], bounds: .atMost(1))
        lp.addRow("r", terms: [(x, 1)], bounds: .atMost(2))
        #expect(throws: LinearProgramError.duplicateName(kind: "row", name: "r")) { try lp.solve() }

        (lp, _, _) = twoVariables()
        lp.addVariable("")
        #expect(throws: LinearProgramError.invalidName(kind: "variable", name: "")) { try lp.solve() }

        (lp, _, _) = twoVariables()
        let long = String(repeating: "n", count: 256)
        lp.addVariable(long)
        #expect(throws: LinearProgramError.invalidName(kind: "variable", name: long)) { try lp.solve() }
    }

    @Test func indexOutOfRange() {
        var (lp, x, _) = twoVariables()
        lp.addRow("r", terms: [(x, 1), (VariableID(index: 7), 1)], bounds: .atMost(1))
        #expect(throws: LinearProgramError.unknownVariable(row: "r", index: 7)) { try lp.solve() }
        (lp, _, _) = twoVariables()
        lp.addRow("negative", terms: [(VariableID(index: -1), 1)], bounds: .atMost(1))
        #expect(throws: LinearProgramError.unknownVariable(row: "negative", index: -1)) { try lp.solve() }
    }

    @Test func integerBoundsMustBeWhole() {
        var lp = LinearProgram(direction: .maximize)
        lp.addVariable("n", bounds: .between(0, 2.5), kind: .integer, objective: 1)
        #expect(throws: LinearProgramError.nonIntegralBounds(variable: "n")) { try lp.solve() }
        lp = LinearProgram(direction: .maximize)
        lp.addVariable("b", bounds: .between(0, 3), kind: .binary, objective: 1)
        #expect(throws: LinearProgramError.nonIntegralBounds(variable: "b")) { try lp.solve() }
    }

    @Test func invalidOptions() {
        let (lp, _, _) = twoVariables()
        #expect(throws: LinearProgramError.invalidOption(name: "timeLimit", reason: "must be a positive number of seconds")) {
            try lp.solve(options: SolverOptions(timeLimit: -1))
        }
        #expect(throws: LinearProgramError.invalidOption(name: "timeLimit", reason: "must be a positive number of seconds")) {
            try lp.solve(options: SolverOptions(timeLimit: .nan))
        }
        #expect(throws: LinearProgramError.invalidOption(name: "mipGap", reason: "must be in [0, 1)")) {
            try lp.solve(options: SolverOptions(mipGap: 1.5))
        }
        #expect(throws: LinearProgramError.invalidOption(name: "iterationLimit", reason: "must be positive")) {
            try lp.solve(options: SolverOptions(iterationLimit: 0))
        }
    }

    /// Errors read as sentences that name the culprit.
    @Test func messagesNameTheCulprit() {
        #expect(LinearProgramError.duplicateName(kind: "row", name: "budget").description == "two rows are named 'budget'")
        #expect("\(LinearProgramError.nonFinite(field: "upper bound of variable 'x'"))".contains("'x'"))
    }
}
