import BudgetModel
import Foundation
import Optimizer
import TestSupport
import Testing

/// The large-problem path (master LP over cells of alike line items) against independent answers.
@Suite struct AggregatedSolverTests {
    /// A seeded list of concave items.
    private func items(_ count: Int, seed: UInt64) -> [(Curve, Double, Double)] {
        var state = seed
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        return (0..<count).map { _ in
            let scale = 1000 * (1 + 9 * next())
            let curve: Curve = switch Int(next() * 4) {
            case 0: .hill(beta: scale * (2 + 4 * next()), halfSaturation: scale, shape: 0.5 + 0.5 * next())
            case 1: .exponential(beta: scale * 3, scale: scale)
            case 2: .log(beta: scale, scale: scale * 0.5)
            default: .hill(beta: scale * 3, halfSaturation: scale * 0.7, shape: 1)
            }
            return (curve, next() < 0.3 ? 0.2 * scale : 0, scale * (1 + 3 * next()))
        }
    }

    /// Budget and per-item bounds only: the exact equal-marginal solution is the reference.
    @Test func matchesEqualMarginalSolution() throws {
        let list = items(400, seed: 5)
        let budget = list.reduce(0) { $0 + $1.2 } * 0.4
        let scenario = Scenario(
            name: "items", budget: .total(budget),
            channels: list.enumerated().map { Channel(name: "i\($0)", min: $1.1, max: $1.2, curve: $1.0) })
        let result = try Optimizer().optimize(scenario)
        let reference = equalMarginalAllocation(
            marginals: list.map { item in { item.0.marginal($0) } }, bounds: list.map { ($0.1, $0.2) }, budget: budget)
        let best = zip(list, reference.x).reduce(0) { $0 + $1.0.0.outcome($1.1) }
        #expect(result.gap <= 1e-4)
        #expect(relativeGap(achieved: result.totalOutcome, best: best) <= 1e-4)
        #expect(result.bound >= best * (1 - 1e-9))
        #expect(scenario.violations(of: result.spend).isEmpty)
        let budgetRule = try #require(result.rules.first { $0.rule == .budget })
        #expect(isClose(budgetRule.shadowPrice, reference.lambda, relative: 0.01))
    }

    /// With overlapping group-share rules the aggregated path and the one-column-per-channel
    /// path (an independent formulation) agree, and both are proven within 0.01%.
    @Test func agreesWithDirectFormulationUnderGroupShares() throws {
        let list = items(240, seed: 9)
        let budget = list.reduce(0) { $0 + $1.2 } * 0.35
        let scenario = Scenario(
            name: "items", budget: .total(budget),
            channels: list.enumerated().map { i, item in
                Channel(name: "i\(i)", groups: (i % 3 == 0 ? ["core"] : []) + (i % 2 == 0 ? ["social"] : []),
                        min: item.1, max: item.2, curve: item.0)
            },
            groupRules: [GroupRule(group: "core", minShare: 0.45, maxShare: 0.6), GroupRule(group: "social", maxShare: 0.4)])
        let aggregated = try Optimizer().optimize(scenario)
        var options = OptimizerOptions()
        options.allowAggregation = false
        let direct = try Optimizer(options: options).optimize(scenario)
        #expect(aggregated.gap <= 1e-4 && direct.gap <= 1e-4)
        #expect(isClose(aggregated.totalOutcome, direct.totalOutcome, relative: 2e-4))
        #expect(aggregated.bound >= direct.totalOutcome * (1 - 1e-9))
        #expect(direct.bound >= aggregated.totalOutcome * (1 - 1e-9))
        #expect(scenario.violations(of: aggregated.spend).isEmpty)
        for name in ["budget", "group core min_share", "group social max_share"] {
            let a = try #require(aggregated.rules.first { $0.name == name })
            let d = try #require(direct.rules.first { $0.name == name })
            #expect(a.binding == d.binding, "\(name)")
            #expect(isClose(a.perUnitOfSpend, d.perUnitOfSpend ?? 0, relative: 0.02, absolute: 1e-3), "\(name): \(String(describing: a.perUnitOfSpend)) vs \(String(describing: d.perUnitOfSpend))")
        }
    }
}
