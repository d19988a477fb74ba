import BudgetModel
import Optimizer
import TestSupport
import Testing
@testable import Planning

/// Month-to-month change limits: the plan obeys them, and it is at least as good as the best
/// plan that keeps one split in every month, found by enumerating 20,001 splits.
@Suite struct ChangeLimitTests {
    static let yaml = """
        name: seasons pull two channels apart
        budget: { total: 100000 }
        channels:
          - { name: search, current: 50000, curve: { type: log, beta: 200000, scale: 40000 } }
          - { name: social, current: 50000, curve: { type: exponential, beta: 250000, scale: 60000 } }
        constraints:
          max_change: 0.2
        horizon:
          months: 6
          seasonality:
            search: [1.6, 1.4, 1.0, 0.7, 0.6, 1.5]
            social: [0.6, 0.8, 1.1, 1.5, 1.6, 0.7]
        """

    @Test func obeysTheLimitsAndBeatsEveryFixedSplit() throws {
        let scenario = try Scenario.parse(yaml: Self.yaml)
        let result = try Planner(options: OptimizerOptions(tolerance: 1e-6)).plan(scenario)
        var previous = [50000.0, 50000.0]
        for month in result.months {
            #expect(isClose(month.spend, 100_000, relative: 1e-9))
            for i in 0..<2 {
                let x = month.channels[i].spend
                #expect(x <= previous[i] * 1.2 * (1 + 1e-7) && x >= previous[i] * 0.8 * (1 - 1e-7), "\(month.label) channel \(i)")
            }
            previous = month.channels.map(\.spend)
        }
        // Fixed splits: search gets s·100,000 every month; month 1 against current allows s ∈ [0.4, 0.6].
        let seasons: [[Double]] = [[1.6, 1.4, 1.0, 0.7, 0.6, 1.5], [0.6, 0.8, 1.1, 1.5, 1.6, 0.7]]
        let curves = scenario.channels.map(\.curve)
        var bestFixed = -Double.infinity
        for k in 0...20000 {
            let s = 0.4 + 0.2 * Double(k) / 20000
            let x = [s * 100_000, (1 - s) * 100_000]
            let value = (0..<6).reduce(0) { sum, t in sum + (0..<2).reduce(0) { $0 + seasons[$1][t] * curves[$1].outcome(x[$1]) } }
            bestFixed = max(bestFixed, value)
        }
        #expect(result.totalOutcome >= bestFixed * (1 - 1e-9))
        // The seasons differ enough that following them pays: strictly better than any fixed split.
        #expect(result.totalOutcome > bestFixed * 1.01)
        // And its total is within the proven gap of its bound.
        #expect(result.bound >= result.totalOutcome * (1 - 1e-9))
    }
}
