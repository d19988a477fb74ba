import BudgetModel
import Foundation
import Optimizer
@testable import Reports
import TestSupport
import Testing

/// `evaluate`, `whatif` and `sweep` output.
@Suite struct OtherReportTests {
    @Test func evaluationJSON() throws {
        let scenario = Fixtures.scenario()
        let evaluation = PlanEvaluation(scenario: scenario, spend: [500_000, 300_000, 200_000])
        let json = try Fixtures.object(EvaluationReport.render(evaluation, planName: "plan, v2.csv", format: .json))
        #expect(json["plan"] as? String == "plan, v2.csv")
        #expect(same(json["objective"], evaluation.objective))
        #expect(same(json["total_spend"], 1_000_000))
        #expect(json["feasible"] as? Bool == false)  // core holds 80% against a 70% cap
        #expect((json["violations"] as? [String])?.count == evaluation.violations.count)
        #expect(same(json["optimum_objective"], evaluation.optimum?.objective))
        #expect(same(json["gap_to_optimum"], evaluation.gapToOptimum))
        let channels = try #require(json["channels"] as? [[String: Any]])
        #expect(same(channels[2]["optimal_spend"], evaluation.optimum?.channels[2].spend))

        let text = EvaluationReport.render(evaluation, planName: "plan.csv", format: .table)
        #expect(text.contains("Broken rules"))
        #expect(text.contains(evaluation.violations[0].message))
        #expect(text.contains("Optimal spend"))
    }

    @Test func evaluationWithoutOptimum() throws {
        let scenario = Fixtures.scenario(coreCap: 0.05)  // wechat's minimum alone is 10% of spend
        let evaluation = PlanEvaluation(scenario: scenario, spend: [0, 100_000, 900_000])
        #expect(evaluation.optimum == nil)
        let json = try Fixtures.object(EvaluationReport.render(evaluation, planName: "p", format: .json))
        #expect(json["optimum_objective"] is NSNull)
        #expect(json["gap_to_optimum"] is NSNull)
        #expect(EvaluationReport.render(evaluation, planName: "p", format: .table).contains("no feasible plan"))

        let obeying = PlanEvaluation(scenario: Fixtures.scenario(), spend: [400_000, 300_000, 300_000])
        #expect(EvaluationReport.render(obeying, planName: "p", format: .table).contains("obeys every rule"))
    }

    @Test func whatIfDeltasAreChangedMinusBase() throws {
        let changes: [ScenarioChange] = [.scaleBudget(1.2), .setChannelField(channel: "wechat", field: "max", value: 500_000)]
        let base = try Fixtures.result()
        let changed = try Fixtures.result(Fixtures.scenario().applying(changes))
        let json = try Fixtures.object(WhatIfReport.render(base: base, changed: changed, changes: changes, format: .json))
        #expect(json["changes"] as? [String] == changes.map(\.description))
        let delta = try #require(json["delta"] as? [String: Any])
        #expect(same(delta["objective"], changed.objective - base.objective))
        #expect(same(delta["total_spend"], changed.totalSpend - base.totalSpend))
        #expect(same(delta["total_outcome"], changed.totalOutcome - base.totalOutcome))
        let baseObject = try #require(json["base"] as? [String: Any])
        let changedObject = try #require(json["changed"] as? [String: Any])
        #expect(same(baseObject["objective"], base.objective))
        #expect(same(changedObject["total_spend"], changed.totalSpend))

        let text = WhatIfReport.render(base: base, changed: changed, changes: changes, format: .table)
        #expect(text.contains("budget × 1.2"))
        #expect(text.contains("+200,000 (+20.0%)"))
        #expect(text.contains("Binding rules after the changes"))
        let csv = WhatIfReport.render(base: base, changed: changed, changes: changes, format: .csv)
        #expect(csv.contains("wechat.max = 500000"))
    }

    /// A sweep whose first level is below wechat's minimum, so infeasible.
    private func sweep() -> (points: [SweepPoint], scenario: Scenario) {
        let scenario = Fixtures.scenario()
        return (Optimizer().sweep(scenario, from: 50_000, to: 1_550_000, steps: 6), scenario)
    }

    @Test func sweepTableAndJSON() throws {
        let (points, scenario) = sweep()
        #expect(points.first?.result == nil)
        let feasible = points.filter { $0.result != nil }
        #expect(feasible.count == points.count - 1)

        let text = SweepReport.render(points, scenario: scenario, format: .table)
        #expect(text.contains("infeasible"))
        #expect(text.contains("douyin") && text.contains("Step marginal ROI"))

        let json = try Fixtures.object(SweepReport.render(points, scenario: scenario, format: .json))
        let objects = try #require(json["points"] as? [[String: Any]])
        #expect(objects.count == points.count)
        #expect(objects[0]["feasible"] as? Bool == false)
        #expect(objects[0]["objective"] is NSNull)
        for (object, point) in zip(objects, points) where point.result != nil {
            #expect(same(object["budget"], point.budget))
            #expect(same(object["objective"], point.result?.objective))
            #expect(same(object["step_marginal_roi"], point.stepMarginalROI))
            #expect(same(object["budget_shadow_price"], point.budgetShadowPrice))
            let spend = try #require(object["spend"] as? [String: Any])
            #expect(same(spend["baidu"], point.result?.channels[2].spend))
        }

        let csv = SweepReport.render(points, scenario: scenario, format: .csv)
        let rows = csv.split(separator: "\n").drop { !$0.hasPrefix("Budget") }
        #expect(rows.first?.hasSuffix(",douyin,wechat,baidu") == true)
        #expect(rows.dropFirst().first?.hasPrefix("50000,no,,") == true)
    }

    @Test func sweepSVGIsXMLWithOneMarkerPerFeasiblePoint() throws {
        let (points, scenario) = sweep()
        let svg = SweepReport.svg(points, scenario: scenario)
        #expect(svg.hasSuffix("</svg>\n"))
        let collector = ElementCollector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        #expect(collector.root == "svg")
        #expect(collector.attributes["svg"]?["viewBox"] == "0 0 800 500")
        #expect(collector.classes["point"] == points.filter { $0.result != nil }.count)
        #expect(collector.classes["infeasible"] == 1)
        #expect(collector.classes["reference"] == 1)  // ROI 1.0 for an outcome objective
        #expect(collector.texts.contains("Budget sweep: \(scenario.name)"))  // escaped and read back
        #expect(collector.texts.contains("Budget (CNY)"))
        #expect(!svg.contains("<script") && !svg.contains("href"))
    }
}

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Records element names, `class` counts and text from an XML document.
final class ElementCollector: NSObject, XMLParserDelegate {
    var root: String?
    var attributes: [String: [String: String]] = [:]
    var classes: [String: Int] = [:]
    var texts: [String] = []
    private var text = ""

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if root == nil { root = name }
        self.attributes[name] = self.attributes[name] ?? attributes
        if let kind = attributes["class"] { classes[kind, default: 0] += 1 }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" { texts.append(text) }
        text = ""
    }
}
