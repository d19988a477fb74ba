import BudgetModel
import Optimizer
import TestSupport
import Testing
@testable import Planning

/// Re-planning after actuals: the months spent are fixed and the rest is the best plan for
/// what is left, checked against the equal-marginal-return solution of the remaining months.
@Suite struct ReplanTests {
    static let seasons: [[Double]] = [[1.0, 1.3, 0.8, 0.9, 1.5, 1.1], [1.0, 1.3, 0.8, 0.9, 1.5 * 1.6, 1.1], [0.6, 0.7, 1.4, 1.2, 0.9, 1.0]]

    /// The Lagrange solution over months `from...5` with a budget and a factor per channel.
    static func reference(_ scenario: Scenario, from: Int, budget: Double, factors: [Double]) -> [Double] {
        var marginals: [(Double) -> Double] = []
        for t in from..<6 {
            for i in 0..<3 {
                let curve = scenario.channels[i].curve
                let m = seasons[i][t] * factors[i]
                marginals.append { m * curve.marginal($0) }
            }
        }
        return equalMarginalAllocation(marginals: marginals, bounds: Array(repeating: (0, budget), count: marginals.count), budget: budget).x
    }

    @Test func restOfTheYearIsBestForWhatIsLeft() throws {
        let scenario = try Scenario.parse(yaml: LagrangeTests.yaml)
        let spent: [[Double]] = [[250_000, 200_000, 150_000], [300_000, 150_000, 150_000]]
        let actuals = Actuals(spend: spent, outcome: [[nil, nil, nil], [nil, nil, nil]])
        let result = try Planner(options: OptimizerOptions(tolerance: 1e-6)).replan(scenario, actuals: actuals)
        #expect(result.actualMonths == 2)
        #expect(result.spend[0] == spent[0] && result.spend[1] == spent[1])
        #expect(isClose(result.totalSpend, 1_800_000, relative: 1e-9))
        let expected = Self.reference(scenario, from: 2, budget: 600_000, factors: [1, 1, 1])
        let curves = scenario.channels.map(\.curve)
        let value = { (x: [[Double]]) in (2..<6).reduce(0.0) { s, t in s + (0..<3).reduce(0.0) { $0 + Self.seasons[$1][t] * curves[$1].outcome(x[t][$1]) } } }
        let reference = (0..<6).map { t in t < 2 ? [0.0, 0, 0] : Array(expected[((t - 2) * 3)..<((t - 1) * 3)]) }
        #expect(abs(value(result.spend) - value(reference)) <= 1e-4 * value(reference))
        for t in 2..<6 {
            for i in 0..<3 { #expect(abs(result.spend[t][i] - expected[(t - 2) * 3 + i]) <= 1e-3 * 600_000, "month \(t + 1) channel \(i)") }
        }
    }

    /// Channel a reported twice what its curve predicted: its curve is doubled for the rest.
    @Test func outcomesRescaleTheCurves() throws {
        let scenario = try Scenario.parse(yaml: LagrangeTests.yaml)
        let spent: [[Double]] = [[250_000, 200_000, 150_000]]
        let a = scenario.channels[0].curve.outcome(250_000)
        let c = scenario.channels[2].curve.outcome(150_000) * 0.6
        let actuals = Actuals(spend: spent, outcome: [[2 * a, nil, 0.5 * c]])
        let result = try Planner(options: OptimizerOptions(tolerance: 1e-6)).replan(scenario, actuals: actuals)
        let expected = Self.reference(scenario, from: 1, budget: 1_200_000, factors: [2, 1, 0.5])
        for t in 1..<6 {
            for i in 0..<3 { #expect(abs(result.spend[t][i] - expected[(t - 1) * 3 + i]) <= 1e-3 * 1_200_000, "month \(t + 1) channel \(i)") }
        }
        #expect(isClose(result.months[0].outcome, 2 * a + scenario.channels[1].curve.outcome(200_000) + 0.5 * c, relative: 1e-9))
    }

    @Test func actualsFileErrorsNameTheLine() throws {
        let scenario = try Scenario.parse(yaml: LagrangeTests.yaml)
        let horizon = scenario.horizon!
        func message(_ text: String) -> String {
            do { _ = try Actuals.parse(text, file: "a.csv", scenario: scenario, horizon: horizon); return "" } catch { return error.description }
        }
        #expect(message("month,channel,spend\n1,a,10\n1,b,10\n1,x,10\n").contains("a.csv:4: unknown channel 'x'"))
        #expect(message("month,channel,spend\n1,a,10\n1,b,10\n").contains("month 1 has no row for channel 'c'"))
        #expect(message("month,channel,spend\n2,a,10\n2,b,10\n2,c,1\n").contains("month 1 is missing"))
        #expect(message("month,channel,spend\n2027-01,a,10\n").contains("needs 'horizon.start'"))
        #expect(message("month,channel,spend\n1,a,-5\n").contains("a.csv:2: spend must be a number ≥ 0"))
        #expect(message("when,channel,spend\n").contains("the header must be"))
    }
}
