import LinearProgramming
import TestSupport
import Testing

/// Column generation on a held GLPK problem: adding a column and solving again gives the
/// answer of the whole program (solved by hand), starting from the previous basis.
@Suite struct WarmStartTests {
    /// Wyndor Glass without x₂: max 3x₁ s.t. x₁ ≤ 4, 3x₁ ≤ 18 (row 2 has no column yet):
    /// x₁ = 4, z = 12. With x₂ added (objective 5, 2 in row 2, 2 in row 3) it is Wyndor
    /// Glass: x = (2, 6), z = 36, duals (0, 1.5, 1) (derived in ``TextbookLPTests``).
    @Test func addedColumnReachesTheWholeProgramsOptimum() throws {
        var lp = LinearProgram(direction: .maximize)
        let x1 = lp.addVariable("x1", objective: 3)
        let plant1 = lp.addRow("plant1", terms: [(x1, 1)], bounds: .atMost(4))
        let plant2 = lp.addRow("plant2", terms: [], bounds: .atMost(12))
        let plant3 = lp.addRow("plant3", terms: [(x1, 3)], bounds: .atMost(18))
        try WarmStartSession.withSession(lp) { session in
            let first = session.solve()
            #expect(first.termination == .optimal)
            #expect(isClose(first.objective, 12))
            #expect(isClose(first.value(x1), 4))
            let added = try? session.addColumns([
                WarmStartSession.Column(name: "x2", objective: 5, entries: [(plant2, 2), (plant3, 2)])
            ])
            let x2 = try #require(added?.first)
            let second = session.solve()
            #expect(second.termination == .optimal)
            #expect(isClose(second.objective, 36))
            #expect(isClose(second.value(x1), 2))
            #expect(isClose(second.value(x2), 6))
            #expect(isClose(second.dual(plant1), 0))
            #expect(isClose(second.dual(plant2), 1.5))
            #expect(isClose(second.dual(plant3), 1))
            // Both answers came from the problem GLPK held, not from a cold re-solve.
            #expect(session.warmSolves == 2)
            #expect(session.program.variables.count == 2)
        }
    }

    /// A column GLPK would abort on is refused before GLPK sees it, and nothing is added.
    @Test func invalidColumnIsRefused() throws {
        var lp = LinearProgram(direction: .maximize)
        let x = lp.addVariable("x", objective: 1)
        let row = lp.addRow("cap", terms: [(x, 1)], bounds: .atMost(1))
        try WarmStartSession.withSession(lp) { session in
            #expect(throws: LinearProgramError.self) {
                try session.addColumns([WarmStartSession.Column(name: "bad", objective: .nan, entries: [(row, 1)])])
            }
            #expect(throws: LinearProgramError.self) {
                try session.addColumns([WarmStartSession.Column(name: "far", objective: 1, entries: [(RowID(index: 7), 1)])])
            }
            #expect(session.program.variables.count == 1)
            #expect(isClose(session.solve().objective, 1))
        }
    }
}
