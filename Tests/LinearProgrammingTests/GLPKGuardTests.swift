@testable import LinearProgramming
import Testing

/// GLPK never aborts the process (issue 11, point 4): numbers beyond its range are refused
/// before the call, and an error inside GLPK comes back as a solver failure with its message.
@Suite struct GLPKGuardTests {
    @Test func errorInsideGLPKIsAFailureNotAnAbort() {
        let solution = GLPKAdapter.invalidCallUnderGuard()
        guard case let .solverFailure(message) = solution.termination else {
            Issue.record("expected a solver failure, got \(solution.termination)")
            return
        }
        #expect(message.contains("glp_add_cols"), "\(message)")
        // GLPK still works afterwards on this thread (its environment was freed and is rebuilt).
        var program = LinearProgram(direction: .maximize)
        let x = program.addVariable("x", bounds: .between(0, 4), objective: 3)
        program.addRow("r", terms: [(x, 1)], bounds: .atMost(2))
        #expect((try? program.solve())?.objective == 6)
    }

    @Test(arguments: [1e200, -1e31, 1e300])
    func hugeNumbersAreRefusedBeforeGLPK(value: Double) {
        var coefficient = LinearProgram(direction: .maximize)
        let x = coefficient.addVariable("x", bounds: .between(0, 1), objective: 1)
        coefficient.addRow("r", terms: [(x, value)], bounds: .atMost(1))
        #expect(throws: LinearProgramError.self) { try coefficient.solve() }
        var bound = LinearProgram(direction: .minimize)
        _ = bound.addVariable("y", bounds: .between(0, abs(value)), objective: 1)
        #expect(throws: LinearProgramError.self) { try bound.solve() }
    }

    /// A plan GLPK calls optimal is checked against the rows in their own units.
    @Test func returnedPlansSatisfyTheRows() throws {
        var program = LinearProgram(direction: .minimize)
        let x = program.addVariable("x", bounds: .between(0, 1e12), objective: 1)
        let y = program.addVariable("y", bounds: .between(0, 1), objective: 1)
        program.addRow("r", terms: [(x, 1e-12), (y, 1e3)], bounds: .atLeast(0.7))
        let solution = try program.solve()
        let values = try #require(solution.primal?.values)
        #expect(program.violation(values) == nil)
        #expect(abs(values[1] - 0.0007) < 1e-9)
    }
}
