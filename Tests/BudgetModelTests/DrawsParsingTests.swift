import BudgetModel
import TestSupport
import Testing

/// `draws:` on channels and `objective.risk`: read, checked with the field named, written back.
@Suite struct DrawsParsingTests {
    static let valid = """
        name: Draws
        budget: { total: 1000 }
        objective: { maximize: outcome, risk: { measure: cvar, level: 0.2 } }
        channels:
          - name: a
            current: 500
            curve: { type: hill, beta: 900, half_saturation: 200, shape: 1 }
            draws:
              - { type: hill, beta: 800, half_saturation: 200, shape: 1 }
              - { type: exponential, beta: 700, scale: 300 }
              - { type: linear, roi: 0 }
          - name: b
            current: 500
            curve: { type: log, beta: 200, scale: 50 }
        """

    @Test func readsDrawsAndRisk() throws {
        let scenario = try Scenario.parse(yaml: Self.valid)
        #expect(scenario.drawCount == 3)
        #expect(scenario.channels[0].draws[1] == .exponential(beta: 700, scale: 300))
        #expect(scenario.channels[1].draws.isEmpty)
        #expect(scenario.risk == .cvar(level: 0.2))
        // A channel without draws keeps its point curve in every draw.
        #expect(scenario.curve(channel: 1, draw: 2) == .log(beta: 200, scale: 50))
        // Draw 1's outcome at (100, 100): 700·(1 − e^(−1/3)) + 200·ln 3.
        let expected = 700 * (1 - exp(-1.0 / 3)) + 200 * log(3.0)
        #expect(isClose(scenario.totalOutcome([100, 100], draw: 1), expected, relative: 1e-12))
        #expect(try Scenario.parse(yaml: scenario.yaml()) == scenario)
    }

    @Test(arguments: [
        ("risk: mean", Risk.mean), ("risk: { measure: chance, probability: 0.8 }", .chance(probability: 0.8)),
        ("risk: { measure: cvar, level: 1 }", .cvar(level: 1)),
    ])
    func readsEveryRiskForm(line: String, expected: Risk) throws {
        let text = Self.valid.replacingOccurrences(of: "risk: { measure: cvar, level: 0.2 }", with: line.replacingOccurrences(of: "risk: ", with: "risk: "))
        let scenario = try Scenario.parse(yaml: text)
        #expect(scenario.risk == expected)
        #expect(try Scenario.parse(yaml: scenario.yaml()).risk == expected)
    }

    /// A two-channel scenario with the given risk, channel a's draws and channel b's extra lines.
    static func variant(risk: String = "{ measure: cvar, level: 0.2 }", aDraws: String = "[{ type: linear, roi: 1 }, { type: linear, roi: 2 }]",
                        b: String = "current: 5, ") -> String {
        """
        budget: { total: 10 }
        objective: { maximize: outcome, risk: \(risk) }
        channels:
          - { name: a, current: 5, curve: { type: linear, roi: 1 }, draws: \(aDraws) }
          - { name: b, \(b)curve: { type: linear, roi: 1 } }
        """
    }

    @Test(arguments: [
        (variant(b: "current: 5, draws: [{ type: linear, roi: 1 }, { type: linear, roi: 1 }, { type: linear, roi: 3 }], "),
         "channels[1].draws", "has 3 draws but channels[0].draws has 2"),
        (variant(risk: "{ measure: cvar, level: 1.5 }"), "objective.risk.level", "must be in (0, 1]"),
        (variant(risk: "{ measure: var, level: 0.2 }"), "objective.risk.measure", "expected 'mean', 'cvar' or 'chance'"),
        (variant(risk: "{ measure: chance, level: 0.2 }"), "objective.risk.level", "does not go with measure 'chance'"),
        (variant(risk: "{ measure: chance, probability: 1 }"), "objective.risk.probability", "must be in (0, 1)"),
        (variant(risk: "cvar"), "objective.risk", "needs settings"),
        (variant(aDraws: "[{ type: hill, beta: 5, half_saturation: -2, shape: 1 }, { type: linear, roi: 2 }]"),
         "channels[0].draws[0].half_saturation", "greater than 0"),
        (variant(aDraws: "[{ type: linear, roi: 2 }]"), "channels[0].draws", "at least 2 draws"),
        (variant(risk: "{ measure: chance, probability: 0.7 }", b: ""), "channels[1].current", "needs 'current'"),
    ])
    func namesTheField(text: String, path: String, message: String) throws {
        do {
            _ = try Scenario.parse(yaml: text)
            Issue.record("expected an error at \(path)")
        } catch {
            #expect(error.path == path, "\(error)")
            #expect(error.message.contains(message), "\(error)")
        }
    }

    @Test func riskNeedsDrawsAndMaximize() throws {
        let noDraws = """
            budget: { total: 10 }
            objective: { maximize: outcome, risk: mean }
            channels: [{ name: a, curve: { type: linear, roi: 1 } }]
            """
        #expect(throws: ScenarioError.self) { try Scenario.parse(yaml: noDraws) }
        do { _ = try Scenario.parse(yaml: noDraws) } catch { #expect(error.path == "objective.risk" && error.message.contains("needs curve draws")) }
        let minimize = """
            objective: { minimize: spend, target_outcome: 5, risk: mean }
            channels: [{ name: a, max: 10, curve: { type: linear, roi: 1 }, draws: [{ type: linear, roi: 1 }, { type: linear, roi: 2 }] }]
            """
        do { _ = try Scenario.parse(yaml: minimize); Issue.record("expected an error") } catch {
            #expect(error.path == "objective.risk" && error.message.contains("maximize"))
        }
    }

    @Test func commandLineRiskForms() {
        #expect(Risk(argument: "mean") == .mean)
        #expect(Risk(argument: "cvar:0.1") == .cvar(level: 0.1))
        #expect(Risk(argument: "chance:0.9") == .chance(probability: 0.9))
        for bad in ["cvar", "cvar:0", "cvar:1.2", "chance:1", "mean:0.5", "median", "chance:x"] { #expect(Risk(argument: bad) == nil, "\(bad)") }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
