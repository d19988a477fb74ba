import Dispatch
import LinearProgramming
import TestSupport
import Testing

/// GLPK here is built with thread-local storage: each thread may solve its own problem.
@Suite struct ConcurrencyTests {
    /// Wyndor Glass with every right-hand side scaled by k has optimum 36k at (2k, 6k), duals
    /// unchanged (0, 1.5, 1); a knapsack MIP interleaved on other threads must not disturb it.
    @Test func manyProblemsAtOnce() throws {
        let count = 400
        let results = ResultBox(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            let k = Double(index % 17 + 1)
            var lp = LinearProgram(direction: .maximize)
            let x1 = lp.addVariable("x1", objective: 3)
            let x2 = lp.addVariable("x2", objective: 5)
            if index % 3 == 0 {
                // Make it a MIP: integer x2 still gives 36k because 6k is whole.
                lp.setKind(x2, .integer)
            }
            lp.addRow("r1", terms: [(x1, 1)], bounds: .atMost(4 * k))
            lp.addRow("r2", terms: [(x2, 2)], bounds: .atMost(12 * k))
            let r3 = lp.addRow("r3", terms: [(x1, 3), (x2, 2)], bounds: .atMost(18 * k))
            let solution = try? lp.solve()
            let ok = solution?.termination == .optimal
                && isClose(solution?.objective, 36 * k)
                && isClose(solution?.value(x1), 2 * k)
                && isClose(solution?.dual(r3), 1)
            results.set(index, ok)
        }
        #expect(results.all)
    }
}

/// A fixed-size array of flags written from many threads, each index by one thread only.
private final class ResultBox: @unchecked Sendable {
    private var flags: [Bool]
    private let lock = DispatchSemaphore(value: 1)
    init(count: Int) { flags = Array(repeating: false, count: count) }
    func set(_ index: Int, _ value: Bool) {
        lock.wait()
        flags[index] = value
        lock.signal()
    }
    var all: Bool { flags.allSatisfy { $0 } }
}
