import BudgetModel
import Optimizer
import Testing

/// The risk solver's time budget and its S-curve fast paths, against a brute-force grid of the
/// CVaR computed by sorting. No timing is asserted: whether the budget runs out or not, the
/// answer must be a plan that spends the budget, whose reported value is its true CVaR, with a
/// bound that no plan beats.
@Suite struct RiskTimeBudgetTests {
    /// Two channels, four draws each; the first channel's draws are S-shaped.
    static let draws: [[Curve]] = [
        [.hill(beta: 500, halfSaturation: 40, shape: 3), .hill(beta: 650, halfSaturation: 55, shape: 2.5),
         .hill(beta: 420, halfSaturation: 35, shape: 2), .hill(beta: 560, halfSaturation: 50, shape: 3)],
        [.exponential(beta: 300, scale: 30), .exponential(beta: 220, scale: 45),
         .exponential(beta: 360, scale: 25), .exponential(beta: 260, scale: 40)],
    ]

    /// CVaR at level ½ of four draws: the mean of the worst two.
    static func cvar(_ x: [Double]) -> Double {
        let outcomes = (0..<4).map { b in draws[0][b].outcome(x[0]) + draws[1][b].outcome(x[1]) }.sorted()
        return (outcomes[0] + outcomes[1]) / 2
    }

    @Test(arguments: [1e-6, 60])
    func cvarOverSShapedDrawsWithinATimeBudget(seconds: Double) throws {
        var scenario = Scenario(
            name: "budget", budget: .total(100),
            channels: Self.draws.indices.map { Channel(name: "c\($0)", curve: Self.draws[$0][0], draws: Self.draws[$0]) })
        scenario.risk = .cvar(level: 0.5)
        let result = try Optimizer(options: OptimizerOptions(timeLimit: seconds)).optimize(scenario)

        var best = -Double.infinity
        for step in 0...4000 {
            let a = 100 * Double(step) / 4000
            best = max(best, Self.cvar([a, 100 - a]))
        }
        #expect(abs(result.spend.reduce(0, +) - 100) <= 1e-6)
        #expect(abs(result.objective - Self.cvar(result.spend)) <= 1e-6 * best)
        #expect(result.bound >= best * (1 - 1e-9))                 // a proven bound, even when cut short
        #expect(result.objective <= best + 15 * 100 / 4000.0)       // no plan beats the grid's best by more than its resolution
        #expect(result.gap >= (result.bound - result.objective) / result.bound - 1e-12)
        if seconds >= 60 { #expect(result.isProven) }
    }
}
