import LinearProgramming
import TestSupport
import Testing

/// Textbook LPs whose optimum and duals were solved by hand (derivations in the comments).
/// Duals follow the module's convention: ∂z*/∂b for the active bound b.
@Suite struct TextbookLPTests {
    /// Wyndor Glass (Hillier & Lieberman): max 3x₁ + 5x₂ s.t. x₁ ≤ 4, 2x₂ ≤ 12, 3x₁ + 2x₂ ≤ 18.
    /// Optimum at the vertex where rows 2 and 3 bind: x₂ = 6, x₁ = (18 − 12)/3 = 2, z = 36.
    /// Duals from yᵀA_B = c_B over the binding rows: for x₁: 3y₃ = 3 → y₃ = 1;
    /// for x₂: 2y₂ + 2y₃ = 5 → y₂ = 1.5; row 1 is slack (2 < 4) → y₁ = 0.
    @Test func wyndorGlass() throws {
        var lp = LinearProgram(direction: .maximize)
        let x1 = lp.addVariable("x1", objective: 3)
        let x2 = lp.addVariable("x2", objective: 5)
        let plant1 = lp.addRow("plant1", terms: [(x1, 1)], bounds: .atMost(4))
        let plant2 = lp.addRow("plant2", terms: [(x2, 2)], bounds: .atMost(12))
        let plant3 = lp.addRow("plant3", terms: [(x1, 3), (x2, 2)], bounds: .atMost(18))
        let solution = try lp.solve()
        #expect(solution.termination == .optimal)
        #expect(!solution.isMIP)
        #expect(isClose(solution.objective, 36))
        #expect(isClose(solution.value(x1), 2))
        #expect(isClose(solution.value(x2), 6))
        #expect(isClose(solution.dual(plant1), 0))
        #expect(isClose(solution.dual(plant2), 1.5))
        #expect(isClose(solution.dual(plant3), 1))
        #expect(isClose(solution.reducedCost(x1), 0))
        #expect(isClose(solution.reducedCost(x2), 0))
        #expect(isClose(solution.activity(plant3), 18))
    }

    /// A minimisation with ≥ rows: min 2x + 3y s.t. x + y ≥ 4 (a), x + 3y ≥ 6 (b).
    /// Vertices: (0, 4) → 12, (6, 0) → 12, and a ∩ b: y = 1, x = 3 → 9, the optimum.
    /// Duals: yₐ + y_b = 2 and yₐ + 3y_b = 3 → y_b = 0.5, yₐ = 1.5, both ≥ 0 because raising
    /// a ≥ bound of a minimisation raises the cost (check: b_a = 5 gives x = 4.5, y = 0.5, z = 10.5).
    @Test func minimisationWithCoveringRows() throws {
        var lp = LinearProgram(direction: .minimize)
        let x = lp.addVariable("x", objective: 2)
        let y = lp.addVariable("y", objective: 3)
        let a = lp.addRow("a", terms: [(x, 1), (y, 1)], bounds: .atLeast(4))
        let b = lp.addRow("b", terms: [(x, 1), (y, 3)], bounds: .atLeast(6))
        let solution = try lp.solve()
        #expect(solution.termination == .optimal)
        #expect(isClose(solution.objective, 9))
        #expect(isClose(solution.value(x), 3))
        #expect(isClose(solution.value(y), 1))
        #expect(isClose(solution.dual(a), 1.5))
        #expect(isClose(solution.dual(b), 0.5))
    }

    /// Chvátal, Linear Programming, ch. 2: max 5x₁ + 4x₂ + 3x₃ s.t.
    /// 2x₁ + 3x₂ + x₃ ≤ 5, 4x₁ + x₂ + 2x₃ ≤ 11, 3x₁ + 4x₂ + 2x₃ ≤ 8. Optimum x = (2, 0, 1), z = 13.
    /// Rows 1 and 3 bind (5 and 8); row 2 is slack (10 < 11). With x₁, x₃ basic:
    /// 2y₁ + 3y₃ = 5, y₁ + 2y₃ = 3 → y₃ = 1, y₁ = 1. Reduced cost of x₂ (at its bound 0):
    /// c₂ − (3y₁ + 1·0 + 4y₃) = 4 − 7 = −3: forcing x₂ up costs 3 per unit.
    @Test func chvatalReducedCost() throws {
        var lp = LinearProgram(direction: .maximize)
        let x1 = lp.addVariable("x1", objective: 5)
        let x2 = lp.addVariable("x2", objective: 4)
        let x3 = lp.addVariable("x3", objective: 3)
        let r1 = lp.addRow("r1", terms: [(x1, 2), (x2, 3), (x3, 1)], bounds: .atMost(5))
        let r2 = lp.addRow("r2", terms: [(x1, 4), (x2, 1), (x3, 2)], bounds: .atMost(11))
        let r3 = lp.addRow("r3", terms: [(x1, 3), (x2, 4), (x3, 2)], bounds: .atMost(8))
        let solution = try lp.solve()
        #expect(solution.termination == .optimal)
        #expect(isClose(solution.objective, 13))
        #expect(isClose(solution.value(x1), 2) && isClose(solution.value(x2), 0) && isClose(solution.value(x3), 1))
        #expect(isClose(solution.dual(r1), 1) && isClose(solution.dual(r2), 0) && isClose(solution.dual(r3), 1))
        #expect(isClose(solution.reducedCost(x2), -3))

        // The reduced cost predicts a re-solve with x₂ ≥ 0.1: z falls by 0.3.
        lp.setBounds(x2, .atLeast(0.1))
        #expect(isClose(try lp.solve().objective, 13 - 0.3))
    }

    /// Equality and ranged rows: min x + 2y s.t. x + y = 10 (e), −4 ≤ x − y ≤ 1 (r), x ≤ 6.
    /// Cost falls as x rises, so r binds at its upper bound: x = 5.5, y = 4.5, z = 14.5.
    /// Duals: y_e + y_r = 1, y_e − y_r = 2 → y_e = 1.5, y_r = −0.5 (check: e = 11 gives
    /// x = 6, y = 5, z = 16 = 14.5 + 1.5; r ≤ 2 gives x = 6, y = 4, z = 14 = 14.5 − 0.5).
    @Test func equalityAndRangedRows() throws {
        var lp = LinearProgram(direction: .minimize)
        let x = lp.addVariable("x", bounds: .between(0, 6), objective: 1)
        let y = lp.addVariable("y", objective: 2)
        let e = lp.addRow("e", terms: [(x, 1), (y, 1)], bounds: .equal(10))
        let r = lp.addRow("r", terms: [(x, 1), (y, -1)], bounds: .between(-4, 1))
        let solution = try lp.solve()
        #expect(solution.termination == .optimal)
        #expect(isClose(solution.objective, 14.5))
        #expect(isClose(solution.value(x), 5.5) && isClose(solution.value(y), 4.5))
        #expect(isClose(solution.dual(e), 1.5))
        #expect(isClose(solution.dual(r), -0.5))
    }

    /// Repeated terms are summed and the objective constant is added: max 2x + 3 with
    /// x + x ≤ 8 → x = 4, z = 11; the dual of the row is ∂z/∂b = 2 / 2 = 1.
    @Test func repeatedTermsAndConstant() throws {
        var lp = LinearProgram(direction: .maximize)
        let x = lp.addVariable("x", objective: 2)
        lp.objectiveConstant = 3
        let row = lp.addRow("twice", terms: [(x, 1), (x, 1)], bounds: .atMost(8))
        let solution = try lp.solve(options: SolverOptions(presolve: true))
        #expect(isClose(solution.objective, 11))
        #expect(isClose(solution.dual(row), 1))
    }

    @Test func infeasible() throws {
        for presolve in [false, true] {
            var lp = LinearProgram(direction: .maximize)
            let x = lp.addVariable("x", objective: 1)
            let y = lp.addVariable("y", objective: 1)
            lp.addRow("at most 1", terms: [(x, 1), (y, 1)], bounds: .atMost(1))
            lp.addRow("at least 2", terms: [(x, 1), (y, 1)], bounds: .atLeast(2))
            let solution = try lp.solve(options: SolverOptions(presolve: presolve))
            #expect(solution.termination == .infeasible)
            #expect(solution.primal == nil && solution.duals == nil)
        }
    }

    @Test func unbounded() throws {
        for presolve in [false, true] {
            var lp = LinearProgram(direction: .maximize)
            let x = lp.addVariable("x", objective: 1)
            let y = lp.addVariable("y", objective: 1)
            lp.addRow("difference", terms: [(x, 1), (y, -1)], bounds: .atMost(1))
            let solution = try lp.solve(options: SolverOptions(presolve: presolve))
            #expect(solution.termination == .unbounded)
            #expect(solution.duals == nil)
        }
    }

    /// An LP that needs several pivots stops at an iteration limit of 1 and says so.
    @Test func iterationLimit() throws {
        var lp = LinearProgram(direction: .maximize)
        let x1 = lp.addVariable("x1", objective: 5)
        let x2 = lp.addVariable("x2", objective: 4)
        let x3 = lp.addVariable("x3", objective: 3)
        lp.addRow("r1", terms: [(x1, 2), (x2, 3), (x3, 1)], bounds: .atMost(5))
        lp.addRow("r2", terms: [(x1, 4), (x2, 1), (x3, 2)], bounds: .atMost(11))
        lp.addRow("r3", terms: [(x1, 3), (x2, 4), (x3, 2)], bounds: .atMost(8))
        let solution = try lp.solve(options: SolverOptions(iterationLimit: 1))
        #expect(solution.termination == .iterationLimit)
    }
}
