import Foundation
import BudgetModel
import FuzzChecks
import Testing

/// The fuzz targets (issue 11, point 9) on their seed corpus and on every input the fuzzer
/// ever found (Tests/FuzzTests/regressions/): each must be rejected cleanly or answered with a
/// result that passes the independent checks (``PlanCheck``), never crash.
@Suite struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func files(_ folder: String, suffix: String? = nil) -> [URL] {
        let url = root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") && (suffix == nil || $0.hasSuffix(suffix!)) }.map { url.appendingPathComponent($0) }
    }

    @Test func scenarioSeedsAndRegressions() throws {
        let inputs = Self.files("Scenarios", suffix: ".yaml").filter { !$0.lastPathComponent.hasPrefix("world-") }
            + Self.files("Scenarios/errors") + Self.files("Tests/FuzzTests/regressions/scenario")
        #expect(inputs.count >= 10)
        for url in inputs {
            let finding = FuzzTargets.scenario(Array(try Data(contentsOf: url)))
            #expect(finding == nil, "\(url.lastPathComponent): \(finding ?? "")")
        }
    }

    @Test func historySeedsAndRegressions() throws {
        let inputs = Self.files("Tests/FuzzTests/corpus/history") + Self.files("Tests/FuzzTests/regressions/history")
        #expect(inputs.count >= 3)
        for url in inputs {
            let finding = FuzzTargets.history(Array(try Data(contentsOf: url)))
            #expect(finding == nil, "\(url.lastPathComponent): \(finding ?? "")")
        }
    }

    /// The plan checker is not vacuous: a plan over budget, under a channel minimum, off a
    /// buy unit or outside a linear rule is caught.
    @Test func planCheckCatchesBrokenRules() throws {
        let yaml = """
            name: t
            budget: { total: 1000 }
            channels:
              - { name: a, min: 100, buy_unit: 50, curve: { type: hill, beta: 900, half_saturation: 300, shape: 1 } }
              - { name: b, curve: { type: hill, beta: 900, half_saturation: 300, shape: 1 } }
            constraints:
              linear:
                - { name: r, terms: { a: 1, b: -1 }, max: 200 }
            """
        let scenario = try Scenario.parse(yaml: yaml)
        #expect(PlanCheck.brokenRule(scenario, plan: [600, 400]) == nil)
        #expect(PlanCheck.brokenRule(scenario, plan: [600, 500]) != nil)  // budget
        #expect(PlanCheck.brokenRule(scenario, plan: [50, 950]) != nil)  // min and buy unit
        #expect(PlanCheck.brokenRule(scenario, plan: [620, 380]) != nil)  // buy unit
        #expect(PlanCheck.brokenRule(scenario, plan: [700, 300]) != nil)  // linear rule 400 > 200
    }
}
