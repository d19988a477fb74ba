import LinearProgramming
import TestSupport
import Testing

/// Small MIPs whose optimum the test finds by enumerating every integer point.
@Suite struct MIPTests {
    static let values: [Double] = [10, 13, 7, 8, 9, 4]
    static let weights: [Double] = [5, 7, 3, 4, 6, 2]
    static let capacity = 15.0

    /// 0/1 knapsack plus a continuous filler worth 1.2 per unit of leftover capacity (at most 10):
    /// maximise Σ vᵢbᵢ + 1.2c s.t. Σ wᵢbᵢ + c ≤ 15, 0 ≤ c ≤ 10.
    @Test func knapsackWithFillerMatchesEnumeration() throws {
        var best = -Double.infinity
        var bestFiller = 0.0
        for subset in allSubsets(of: Self.values.count) {
            let weight = zip(subset, Self.weights).reduce(0) { $0 + ($1.0 ? $1.1 : 0) }
            guard weight <= Self.capacity else { continue }
            let filler = min(10, Self.capacity - weight)
            let value = zip(subset, Self.values).reduce(0) { $0 + ($1.0 ? $1.1 : 0) } + 1.2 * filler
            if value > best { (best, bestFiller) = (value, filler) }
        }

        var lp = LinearProgram(direction: .maximize)
        let items = Self.values.indices.map { lp.addVariable("item\($0)", kind: .binary, objective: Self.values[$0]) }
        let filler = lp.addVariable("filler", bounds: .between(0, 10), objective: 1.2)
        let capacity = lp.addRow(
            "capacity", terms: zip(items, Self.weights).map { ($0, $1) } + [(filler, 1)],
            bounds: .atMost(Self.capacity))
        let solution = try lp.solve()
        #expect(solution.termination == .optimal)
        #expect(solution.isMIP)
        #expect(isClose(solution.objective, best))
        #expect(isClose(solution.value(filler), bestFiller))
        for item in items {
            let value = try #require(solution.value(item))
            #expect(value == 0 || value == 1)
        }
        // With the items fixed, the filler is strictly between its bounds, so one more unit of
        // capacity buys 1.2 more: the fixed-integer LP's dual.
        #expect(bestFiller > 0 && bestFiller < 10)
        #expect(isClose(solution.dual(capacity), 1.2))
    }

    /// General integers: max 5x + 4y s.t. 6x + 4y ≤ 24, x + 2y ≤ 6, x, y ∈ ℤ₊ (its LP optimum,
    /// x = 3, y = 1.5, is fractional), checked against every point of the grid.
    @Test func integerProgramMatchesGrid() throws {
        var best = -Double.infinity
        for x in 0...6 {
            for y in 0...6 where 6 * x + 4 * y <= 24 && x + 2 * y <= 6 {
                best = max(best, Double(5 * x + 4 * y))
            }
        }
        var lp = LinearProgram(direction: .maximize)
        let x = lp.addVariable("x", bounds: .between(0, 100), kind: .integer, objective: 5)
        let y = lp.addVariable("y", kind: .integer, objective: 4)
        lp.addRow("r1", terms: [(x, 6), (y, 4)], bounds: .atMost(24))
        lp.addRow("r2", terms: [(x, 1), (y, 2)], bounds: .atMost(6))
        let solution = try lp.solve(options: SolverOptions(mipGap: 0))
        #expect(solution.termination == .optimal)
        #expect(isClose(solution.objective, best))
    }

    @Test func noIntegerSolution() throws {
        var lp = LinearProgram(direction: .maximize)
        let x = lp.addVariable("x", bounds: .between(0, 10), kind: .integer, objective: 1)
        lp.addRow("between", terms: [(x, 2)], bounds: .between(3, 3.5))
        let solution = try lp.solve()
        #expect(solution.termination == .noIntegerSolution)
        #expect(solution.primal == nil)
    }

    @Test func infeasibleRelaxation() throws {
        var lp = LinearProgram(direction: .minimize)
        let x = lp.addVariable("x", kind: .binary, objective: 1)
        lp.addRow("impossible", terms: [(x, 1)], bounds: .atLeast(2))
        #expect(try lp.solve().termination == .infeasible)
    }
}
