import BudgetModel
import Optimizer
import TestSupport
import Testing

/// S-shaped curves and lumpy buys: the MILP's plan against brute force.
@Suite struct GlobalOptimumTests {
    /// Six S-shaped hills under a budget of 600. A local method started from the even split
    /// (100 each, low on every S) climbs to a point of equal marginal return and stops there;
    /// the MILP concentrates spend and must match the dynamic programme's global optimum.
    @Test func sCurvesBeatLocalSearchAndMatchDynamicProgramme() throws {
        let curves: [Curve] = [
            .hill(beta: 1000, halfSaturation: 180, shape: 3),
            .hill(beta: 900, halfSaturation: 160, shape: 2.5),
            .hill(beta: 800, halfSaturation: 150, shape: 3),
            .hill(beta: 1100, halfSaturation: 220, shape: 2),
            .hill(beta: 700, halfSaturation: 120, shape: 2.2),
            .hill(beta: 600, halfSaturation: 140, shape: 1.8),
        ]
        let budget = 600.0
        let caps = [Double](repeating: 600, count: curves.count)
        let scenario = Scenario(
            name: "s-curves", budget: .total(budget),
            channels: curves.indices.map { Channel(name: "s\($0)", max: caps[$0], curve: curves[$0]) })
        let result = try Optimizer().optimize(scenario)

        let outcomes = curves.map { c in { (x: Double) in c.outcome(x) } }
        let grid = gridOptimum(outcomes: outcomes, caps: caps, budget: budget, steps: 3000)
        let local = localAscentFromEvenSplit(
            outcomes: outcomes, marginals: curves.map { c in { c.marginal($0) } }, caps: caps, budget: budget)

        #expect(result.method == .milp)
        #expect(result.gap <= 1e-4)
        // The grid optimum is a feasible plan, so the proven bound must cover it, and the plan
        // must be at least as good up to the tolerance.
        #expect(result.bound >= grid.value * (1 - 1e-12))
        #expect(result.totalOutcome >= grid.value * (1 - 1e-4))
        // The local method is trapped well below.
        #expect(local < result.totalOutcome * 0.97)
        #expect(scenario.violations(of: result.spend).isEmpty)
    }

    /// Whole-unit buys and a minimum commitment, checked against every combination of units.
    @Test func wholeUnitBuysMatchEnumeration() throws {
        let curves: [Curve] = [
            .hill(beta: 300_000, halfSaturation: 90_000, shape: 0.9),
            .exponential(beta: 250_000, scale: 60_000),
            .log(beta: 60_000, scale: 20_000),
        ]
        let units = [25_000.0, 40_000, 10_000]
        let budget = 200_000.0
        let minBuy = 50_000.0  // channel 2: 0 or ≥ 50,000, in units of 10,000
        let scenario = Scenario(
            name: "units", budget: .atMost(budget),
            channels: [
                Channel(name: "kol", buyUnit: units[0], curve: curves[0]),
                Channel(name: "tv", buyUnit: units[1], curve: curves[1]),
                Channel(name: "show", minBuy: minBuy, buyUnit: units[2], curve: curves[2]),
            ])
        var best = -Double.infinity
        for a in 0...8 {
            for b in 0...5 {
                for c in 0...20 {
                    let x = [Double(a) * units[0], Double(b) * units[1], Double(c) * units[2]]
                    guard x.reduce(0, +) <= budget, x[2] == 0 || x[2] >= minBuy else { continue }
                    best = max(best, zip(curves, x).reduce(0) { $0 + $1.0.outcome($1.1) })
                }
            }
        }
        let result = try Optimizer().optimize(scenario)
        #expect(result.method == .milp)
        #expect(isClose(result.totalOutcome, best, relative: 1e-4))
        #expect(result.totalOutcome <= best * (1 + 1e-12))
        #expect(scenario.violations(of: result.spend).isEmpty)
    }

    /// Hillier & Lieberman's Super Grain advertising mix, in spend units. Hand solution: with
    /// the ad budget (4,000,000) and planning budget (0.3·tv + 0.2·mag + 0.4·sun ≤ 1,000,000)
    /// binding and tv = 0: mag + sun = 4e6, 0.2 mag + 0.4 sun = 1e6 → sun = 1e6, mag = 3e6,
    /// exposure 4·3e6 + 5·1e6 = 17e6. Duals from y_b + 0.2 y_p = 4 and y_b + 0.4 y_p = 5:
    /// y_p = 5, y_b = 3; TV's reduced cost 4.333 − (3 + 0.3·5) = −0.167 < 0, so tv stays at 0.
    @Test func textbookAdvertisingMix() throws {
        let scenario = Scenario(
            name: "Super Grain", budget: .atMost(4_000_000),
            channels: [
                Channel(name: "tv", max: 1_500_000, curve: .linear(roi: 1_300_000.0 / 300_000)),
                Channel(name: "magazine", curve: .linear(roi: 4)),
                Channel(name: "sunday", curve: .linear(roi: 5)),
            ],
            linearRules: [LinearRule(name: "planning_budget", terms: [(0, 0.3), (1, 0.2), (2, 0.4)], min: nil, max: 1_000_000)])
        let result = try Optimizer().optimize(scenario)
        #expect(result.method == .lp)
        #expect(isClose(result.totalOutcome, 17_000_000))
        #expect(result.gap == 0)
        #expect(isClose(result.spend[0], 0, absolute: 1e-6))
        #expect(isClose(result.spend[1], 3_000_000))
        #expect(isClose(result.spend[2], 1_000_000))
        let prices = Dictionary(uniqueKeysWithValues: result.rules.map { ($0.name, $0.shadowPrice) })
        #expect(isClose(prices["budget"], 3))
        #expect(isClose(prices["linear planning_budget"], 5))
    }
}
