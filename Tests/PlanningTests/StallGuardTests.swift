import BudgetModel
@testable import LinearProgramming
import Optimizer
import Testing
@testable import Planning

/// The small plan of ``ChangeLimitTests`` on the envelope model (column by column, 10⁻⁶):
/// its polishing step used to pin breakpoints 4·10⁻⁸ apart, below GLPK's primal feasibility
/// tolerance, and GLPK's simplex then looped until the stall guard gave up after 5 s. No solve
/// may go through the stall guard now (counted, not timed).
@Suite struct StallGuardTests {
    @Test func smallPlanNeverStalls() throws {
        let scenario = try Scenario.parse(yaml: ChangeLimitTests.yaml)
        let expansion = HorizonExpansion(scenario: scenario, horizon: try #require(scenario.horizon))
        var options = OptimizerOptions(tolerance: 1e-6)
        options.allowAggregation = false
        let counter = GLPKAdapter.StallCounter()
        let result = try GLPKAdapter.$stalls.withValue(counter) { try Optimizer(options: options).optimize(expansion.flat) }
        #expect(counter.value == 0)
        #expect(result.isProven)
    }
}
