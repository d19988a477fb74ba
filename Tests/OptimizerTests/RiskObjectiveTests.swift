import BudgetModel
import Foundation
import Optimizer
import TestSupport
import Testing

/// `objective.risk` against independent references: the exact equal-marginal solution of the
/// averaged curves (mean), and brute-force grids of the risk measure computed by hand (CVaR,
/// chance rule).
@Suite struct RiskObjectiveTests {
    /// Draws of three concave channels: channel c's draw b scales its β by a fixed factor.
    static let factors: [[Double]] = [
        [0.6, 1.0, 1.4, 0.9, 1.1],
        [1.3, 0.7, 1.0, 1.2, 0.8],
        [1.0, 1.1, 0.5, 1.5, 0.9],
    ]
    static let base: [Curve] = [
        .hill(beta: 900_000, halfSaturation: 200_000, shape: 1.0),
        .exponential(beta: 400_000, scale: 150_000),
        .log(beta: 120_000, scale: 30_000),
    ]

    private func concaveScenario(budget: Double, risk: Risk) -> Scenario {
        var scenario = Scenario(
            name: "risk", budget: .total(budget),
            channels: Self.base.indices.map { c in
                Channel(name: "c\(c)", max: 900_000, curve: Self.base[c], draws: Self.factors[c].map { Self.base[c].scaled(by: $0) })
            })
        scenario.risk = risk
        return scenario
    }

    /// For concave draws the mean over draws is the curve (1/B)Σ_b f_iᵇ, also concave: its
    /// optimum is the equal-marginal (Lagrange) solution of the averaged marginals.
    @Test(arguments: [300_000.0, 1_200_000])
    func meanMatchesLagrangeOfAveragedCurves(budget: Double) throws {
        let scenario = concaveScenario(budget: budget, risk: .mean)
        let result = try Optimizer().optimize(scenario)
        let averaged: [(Double) -> Double] = Self.base.indices.map { c in
            let draws = scenario.channels[c].draws
            return { x in draws.reduce(0) { $0 + $1.marginal(x) } / Double(draws.count) }
        }
        let reference = equalMarginalAllocation(marginals: averaged, bounds: Array(repeating: (0, 900_000), count: 3), budget: budget)
        let best = (0..<5).reduce(0.0) { $0 + scenario.totalOutcome(reference.x, draw: $1) } / 5
        #expect(result.gap <= 1e-4)
        #expect(relativeGap(achieved: result.objective, best: best) <= 1e-4)
        #expect(result.objective <= best * (1 + 1e-9))
        #expect(result.bound >= best * (1 - 1e-9))
        let budgetRule = try #require(result.rules.first { $0.rule == .budget })
        #expect(isClose(budgetRule.shadowPrice, reference.lambda, relative: 0.02))
    }

    /// Linear draws: the CVaR of Σᵢ roiᵢᵇ·xᵢ over a budget split, by brute force over a grid of
    /// splits, with the CVaR computed by sorting (mean of the worst α·B draws).
    @Test(arguments: [0.2, 0.5])
    func cvarOfLinearDrawsMatchesGrid(level: Double) throws {
        let rois: [[Double]] = [[1.0, 3.0, 2.0, 0.5, 2.5], [2.0, 1.2, 1.5, 2.2, 1.0], [1.6, 1.6, 1.6, 1.6, 1.6]]
        let caps = [60.0, 70.0, 100.0]
        var scenario = Scenario(
            name: "cvar", budget: .total(100),
            channels: rois.indices.map { c in
                Channel(name: "c\(c)", max: caps[c], curve: .linear(roi: rois[c].reduce(0, +) / 5), draws: rois[c].map { .linear(roi: $0) })
            })
        scenario.risk = .cvar(level: level)
        let result = try Optimizer().optimize(scenario)

        func cvar(_ x: [Double]) -> Double {
            let outcomes = (0..<5).map { b in (0..<3).reduce(0.0) { $0 + rois[$1][b] * x[$1] } }.sorted()
            let worst = Int((level * 5).rounded())  // α·B is a whole number here
            return outcomes.prefix(worst).reduce(0, +) / Double(worst)
        }
        var best = -Double.infinity
        let step = 0.5
        for a in stride(from: 0.0, through: caps[0], by: step) {
            for b in stride(from: 0.0, through: min(caps[1], 100 - a), by: step) where 100 - a - b <= caps[2] {
                best = max(best, cvar([a, b, 100 - a - b]))
            }
        }
        #expect(result.objective >= best - 1e-6)                // no grid plan beats it
        #expect(result.objective <= best + 3 * 3 * step)        // within the grid's resolution (Lipschitz ≤ 3)
        #expect(isClose(result.objective, cvar(result.spend), relative: 1e-9))
        #expect(result.gap <= 1e-4)
    }

    /// The chance rule (CVaR form): the plan's improvement over the current split has a
    /// non-negative mean over its worst (1 − p) share of draws, so it beats (or ties) the
    /// current split in at least a share p of draws; among grid plans that meet the same rule,
    /// none has a higher mean.
    @Test func chanceRuleHoldsAndIsBestOnGrid() throws {
        let rois: [[Double]] = [[1.0, 3.0, 2.0, 0.5, 2.5], [2.0, 1.2, 1.5, 2.2, 1.0]]
        var scenario = Scenario(
            name: "chance", budget: .total(100),
            channels: rois.indices.map { c in
                Channel(name: "c\(c)", current: 50, curve: .linear(roi: 1), draws: rois[c].map { .linear(roi: $0) })
            })
        scenario.risk = .chance(probability: 0.8)
        let result = try Optimizer().optimize(scenario)
        func improvements(_ x: [Double]) -> [Double] {
            (0..<5).map { b in rois[0][b] * (x[0] - 50) + rois[1][b] * (x[1] - 50) }
        }
        func mean(_ x: [Double]) -> Double { (0..<5).reduce(0.0) { $0 + rois[0][$1] * x[0] + rois[1][$1] * x[1] } / 5 }
        let worst = improvements(result.spend).sorted().first!  // (1 − p)·B = 1 draw
        #expect(worst >= -1e-6)
        var best = -Double.infinity
        for a in stride(from: 0.0, through: 100, by: 0.25) where improvements([a, 100 - a]).min()! >= 0 {
            best = max(best, mean([a, 100 - a]))
        }
        #expect(result.objective >= best - 1e-6)
        #expect(result.objective <= best + 3 * 0.25)
        let uncertainty = try #require(result.uncertainty)
        #expect(uncertainty.draws == 5)
        #expect(improvements(result.spend).filter { $0 >= -1e-6 }.count >= 4)
        #expect(isClose(uncertainty.meanOutcome, result.objective, relative: 1e-9))
    }

    /// An S-shaped draw: the bound still holds against a grid optimum of the mean.
    @Test func meanWithSShapedDrawsIsBoundedAndNearGrid() throws {
        let draws: [[Curve]] = [
            [.hill(beta: 500, halfSaturation: 40, shape: 3), .hill(beta: 700, halfSaturation: 60, shape: 2.5)],
            [.exponential(beta: 300, scale: 30), .exponential(beta: 200, scale: 50)],
        ]
        var scenario = Scenario(
            name: "s", budget: .total(100),
            channels: draws.indices.map { Channel(name: "c\($0)", curve: draws[$0][0], draws: draws[$0]) })
        scenario.risk = .mean
        let result = try Optimizer().optimize(scenario)
        let grid = gridOptimum(
            outcomes: draws.map { list in { x in list.reduce(0) { $0 + $1.outcome(x) } / 2 } }, caps: [100, 100], budget: 100, steps: 2000)
        #expect(result.bound >= grid.value * (1 - 1e-9))
        #expect(result.objective <= result.bound * (1 + 1e-9))
        #expect(result.objective >= grid.value * (1 - 1e-3))
    }
}
