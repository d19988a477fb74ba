import BudgetModel
import Foundation
import Optimizer
import Testing
import TestSupport

/// Answers do not depend on the currency unit (issue 11, point 1): the bundled examples with
/// every amount multiplied by factors from 10⁻³ to 10¹² give the same plan, scaled, with a
/// valid bound; and the cases from the issue that used to fail.
@Suite struct UnitIndependenceTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = ["b2c-consumer-brand", "b2b-information-service", "small-business", "textbook-advertising-mix"]

    /// A handful of factors per example here; `Tests/scale-property.sh` runs many more.
    @Test(arguments: examples)
    func sameplanAtEveryScale(name: String) throws {
        let base = try Scenario.load(path: Self.root.appendingPathComponent("Scenarios/\(name).yaml").path)
        try Self.expectSamePlan(base, factors: [1e-3, 2e4, 5e9 / 1e5, 1e12], label: name)
    }

    /// `base` with money and outcome × each factor: the same objective and plan (÷ factor, each
    /// channel within `planTolerance` of the budget) as `base` as written, proven, with a valid
    /// bound and every rule kept.
    static func expectSamePlan(_ base: Scenario, factors: [Double], label name: String, planTolerance: Double = 1e-3) throws {
        let reference = try Optimizer().optimize(base)
        for factor in factors {
            let result = try Optimizer().optimize(Scaling.scaled(base, money: factor, outcome: factor))
            let objective = result.objective / factor
            #expect(isClose(objective, reference.objective, relative: 2e-4), "\(name) × \(factor): \(objective) vs \(reference.objective)")
            #expect(result.bound >= result.objective * (1 - 1e-9), "\(name) × \(factor): bound below plan")
            #expect(result.isProven, "\(name) × \(factor): gap \(result.gap)")
            for (i, spend) in result.spend.enumerated() {
                #expect(abs(spend / factor - reference.spend[i]) <= planTolerance * reference.totalSpend,
                        "\(name) × \(factor): \(base.channels[i].name) \(spend / factor) vs \(reference.spend[i])")
            }
            #expect(result.scenario.violations(of: result.spend, tolerance: 1e-6).isEmpty)
        }
    }

    /// Revenue in one unit, spend in another (outcome scaled alone).
    @Test func outcomeUnitAlone() throws {
        let base = try Scenario.load(path: Self.root.appendingPathComponent("Scenarios/b2b-information-service.yaml").path)
        let reference = try Optimizer().optimize(base)
        let result = try Optimizer().optimize(Scaling.scaled(base, money: 1, outcome: 1e-6))
        #expect(isClose(result.objective, reference.objective, relative: 2e-4))
        #expect(isClose(result.totalSpend, reference.totalSpend, relative: 1e-3))
    }

    /// S-curves alone at amounts of 5·10¹²: checked against a brute-force grid on the same scenario at 1×.
    @Test func sCurvesAtFiveTrillion() throws {
        let curves: [Curve] = [
            .hill(beta: 900, halfSaturation: 300, shape: 2.5), .hill(beta: 600, halfSaturation: 150, shape: 2),
            .hill(beta: 400, halfSaturation: 100, shape: 3),
        ]
        let base = Scenario(name: "S", budget: .total(500), channels: curves.enumerated().map { Channel(name: "c\($0)", curve: $1) })
        // Brute force: every split on a 1-unit grid.
        var best = 0.0
        for a in 0...500 {
            for b in 0...(500 - a) {
                best = max(best, curves[0].outcome(Double(a)) + curves[1].outcome(Double(b)) + curves[2].outcome(Double(500 - a - b)))
            }
        }
        let factor = 1e10  // budget 5·10¹²
        let result = try Optimizer().optimize(Scaling.scaled(base, money: factor, outcome: factor))
        #expect(result.objective / factor >= best * (1 - 1e-4))
        #expect(result.bound / factor >= best)
        #expect(result.bound >= result.objective * (1 - 1e-12))
    }

    /// Budget 10¹⁶ with half-saturations 10¹⁷ and 4·10⁴: the bound is not below the plan, and
    /// the plan is the equal-marginal-return optimum.
    @Test func budgetOfTenToTheSixteen() throws {
        let curves: [Curve] = [.hill(beta: 1e16, halfSaturation: 1e17, shape: 1), .hill(beta: 1e6, halfSaturation: 4e4, shape: 1)]
        let scenario = Scenario(name: "wide", budget: .total(1e16), channels: curves.enumerated().map { Channel(name: "c\($0)", curve: $1) })
        let exact = equalMarginalAllocation(
            marginals: curves.map { c in { c.marginal($0) } }, bounds: [(0, 1e16), (0, 1e16)], budget: 1e16)
        let best = zip(curves, exact.x).reduce(0) { $0 + $1.0.outcome($1.1) }
        let result = try Optimizer().optimize(scenario)
        #expect(result.bound >= result.objective * (1 - 1e-12))
        #expect(result.bound >= best * (1 - 1e-12))
        #expect(result.objective >= best * (1 - 1e-4))
    }

    /// Minimise spend with a channel `max` far above anything useful: the cheapest plan, and
    /// `target_outcome` binding at the target.
    @Test(arguments: [1e9, 1e14, 1e20])
    func minimiseSpendWithHugeCap(cap: Double) throws {
        let curves: [Curve] = [.hill(beta: 1_000_000, halfSaturation: 200_000, shape: 1), .exponential(beta: 400_000, scale: 100_000)]
        let scenario = Scenario(
            name: "min", budget: nil, objective: .minimizeSpend(targetOutcome: 500_000),
            channels: [Channel(name: "a", max: cap, curve: curves[0]), Channel(name: "b", max: 500_000, curve: curves[1])])
        // The cheapest spend reaching the target: bisection on the budget of the max-outcome problem.
        var (low, high) = (0.0, 2_000_000.0)
        for _ in 0..<100 {
            let budget = (low + high) / 2
            let x = equalMarginalAllocation(marginals: curves.map { c in { c.marginal($0) } }, bounds: [(0, budget), (0, 500_000)], budget: budget).x
            if zip(curves, x).reduce(0, { $0 + $1.0.outcome($1.1) }) >= 500_000 { high = budget } else { low = budget }
        }
        let result = try Optimizer().optimize(scenario)
        #expect(isClose(result.objective, high, relative: 2e-4), "spend \(result.objective) vs cheapest \(high)")
        #expect(result.bound <= result.objective * (1 + 1e-12))
        #expect(result.totalOutcome >= 500_000 * (1 - 1e-6) && result.totalOutcome <= 500_000 * 1.001)
        #expect(result.rules.first { $0.rule == .targetOutcome }?.binding == true)
    }
}

/// An independent rescaling for the tests: money × `money`, outcome × `outcome`.
enum Scaling {
    static func scaled(_ scenario: Scenario, money f: Double, outcome g: Double) -> Scenario {
        var s = scenario
        s.budget = scenario.budget.map {
            switch $0 {
            case let .total(a): .total(a * f)
            case let .atMost(a): .atMost(a * f)
            }
        }
        s.objective = switch scenario.objective {
        case let .maximizeOutcome(r): .maximizeOutcome(minROI: r.map { $0 * g / f })
        case let .maximizeProfit(v, r): .maximizeProfit(valuePerOutcome: v * f / g, minROI: r.map { $0 * g / f })
        case let .minimizeSpend(t): .minimizeSpend(targetOutcome: t * g)
        }
        for i in s.channels.indices {
            let c = scenario.channels[i]
            s.channels[i].current = c.current.map { $0 * f }
            s.channels[i].min = c.min.map { $0 * f }
            s.channels[i].max = c.max.map { $0 * f }
            s.channels[i].minBuy = c.minBuy.map { $0 * f }
            s.channels[i].buyUnit = c.buyUnit.map { $0 * f }
            s.channels[i].curve = curve(c.curve, money: f, outcome: g)
            s.channels[i].draws = c.draws.map { curve($0, money: f, outcome: g) }
        }
        for i in s.groupRules.indices {
            s.groupRules[i].min = scenario.groupRules[i].min.map { $0 * f }
            s.groupRules[i].max = scenario.groupRules[i].max.map { $0 * f }
        }
        for i in s.linearRules.indices {
            s.linearRules[i].min = scenario.linearRules[i].min.map { $0 * f }
            s.linearRules[i].max = scenario.linearRules[i].max.map { $0 * f }
        }
        return s
    }

    static func curve(_ curve: Curve, money f: Double, outcome g: Double) -> Curve {
        switch curve {
        case let .hill(b, k, sh): .hill(beta: b * g, halfSaturation: k * f, shape: sh)
        case let .exponential(b, sc): .exponential(beta: b * g, scale: sc * f)
        case let .log(b, sc): .log(beta: b * g, scale: sc * f)
        case let .power(b, e): .power(beta: b * g / pow(f, e), exponent: e)
        case let .linear(roi): .linear(roi: roi * g / f)
        case let .points(p): .points(p.map { CurvePoint(x: $0.x * f, y: $0.y * g) })
        }
    }
}
