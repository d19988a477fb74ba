import BudgetModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Localization
import Optimizer
@testable import Reports
import Testing

/// Reports in Chinese (`--lang zh`), amounts in 万 (`--units wan`), Chinese names in tables,
/// JSON and charts.
@Suite struct ChineseReportTests {
    /// ASCII words of three letters or more in `text` that are neither identifiers nor allowed
    /// abbreviations: any such word in a Chinese report is an English message that escaped the
    /// catalogue.
    static func englishWords(_ text: String, identifiers: [String]) -> Set<String> {
        let allowed = Set(
            ["ROI", "MILP", "CNY", "MAPE", "GLPK", "LP", "svg", "xml", "html", "regret"]
                + identifiers.flatMap { $0.split(whereSeparator: { !$0.isLetter }).map(String.init) }
                // Contract names of rules, which stay as written: `douyin max_change up`, `group core min_share`.
                + ["min", "max", "change", "down", "locked", "buy", "unit", "group", "share", "linear", "roi", "target",
                   "outcome", "budget"])
        let visible = text.replacingOccurrences(of: "&[a-z]+;", with: " ", options: .regularExpression)
        let words = visible.split(whereSeparator: { !($0.isASCII && $0.isLetter) }).map(String.init)
        return Set(words.filter { $0.count >= 3 && !allowed.contains($0) })
    }

    /// The fixture with Chinese names and a label.
    static func chineseScenario() -> Scenario {
        Scenario(
            name: "第三季度", currency: "CNY", budget: .total(1_000_000),
            channels: [
                Channel(name: "抖音", groups: ["核心"], current: 250_000,
                        curve: .hill(beta: 2_000_000, halfSaturation: 300_000, shape: 1.0), label: "抖音<千川>&直播"),
                Channel(name: "微信", groups: ["核心"], min: 100_000, max: 400_000, curve: .linear(roi: 1.2)),
                Channel(name: "百度SEM", curve: .hill(beta: 900_000, halfSaturation: 150_000, shape: 0.8)),
            ],
            groupRules: [GroupRule(group: "核心", maxShare: 0.7)])
    }

    @Test func optimizeReportIsChineseThroughout() throws {
        let result = try Optimizer().optimize(Fixtures.scenario())
        let identifiers = ["douyin", "wechat", "baidu", "core", result.scenario.name]
        for format in [OutputFormat.table, .markdown] {
            let text = OutputLocale.using(.zh) { OptimizeReport.render(result, format: format) }
            #expect(text.contains("预算方案"))
            #expect(text.contains("影子价格"))
            #expect(Self.englishWords(text, identifiers: identifiers).isEmpty, "\(format): \(Self.englishWords(text, identifiers: identifiers))")
        }
        // The same report in English has none of it, and JSON keys stay English in Chinese.
        #expect(!OptimizeReport.render(result, format: .table).contains("影子价格"))
        let json = try Fixtures.object(OutputLocale.using(.zh) { OptimizeReport.render(result, format: .json) })
        #expect(json["total_spend"] != nil && json["constraints"] != nil)
    }

    @Test func otherPlanReportsAreChineseThroughout() throws {
        let scenario = Fixtures.scenario()
        let base = try Optimizer().optimize(scenario)
        let changed = try Optimizer().optimize(scenario.applying([.scaleBudget(1.2), .scaleCurve(channel: "baidu", factor: 0.8)]))
        let points = Optimizer().sweep(scenario, from: 500_000, to: 1_500_000, steps: 4)
        let identifiers = ["douyin", "wechat", "baidu", "core", scenario.name, "plan.yaml"]
        OutputLocale.using(.zh) {
            // Violations are worded when the plan is judged, so judge it in Chinese too.
            let evaluation = PlanEvaluation(scenario: scenario, spend: [600_000, 50_000, 350_000])
            let texts = [
                WhatIfReport.render(
                    base: base, changed: changed, changes: [.scaleBudget(1.2), .scaleCurve(channel: "baidu", factor: 0.8)], format: .table),
                EvaluationReport.render(evaluation, planName: "plan.yaml", format: .table),
                SweepReport.render(points, scenario: scenario, format: .markdown),
                SweepReport.svg(points, scenario: scenario),
            ]
            for text in texts {
                #expect(Self.englishWords(text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression), identifiers: identifiers).isEmpty,
                        "\(Self.englishWords(text, identifiers: identifiers))")
            }
            #expect(texts[1].contains("违反"))  // the evaluated plan breaks the core cap
        }
    }

    @Test func simulationAndComparisonReportsAreChineseThroughout() {
        let summary = SimulationFixture.summary
        let identifiers = ["douyin", "baidu", "xhs", "core", summary.world.name, "report", "html", "lognormal", "saturation"]
            + summary.strategies.map(\.name) + [summary.world.oracleMethod, summary.world.noise]
        OutputLocale.using(.zh) {
            let html = CompareReport.html(summary)
            #expect(html.contains("<html lang=\"zh-CN\">"))
            let visible = html.replacingOccurrences(of: "<style>[\\s\\S]*</style>", with: " ", options: .regularExpression)
                .replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
            for text in [SimulationReport.render(summary, format: .table), CompareReport.markdown(summary), visible] {
                #expect(Self.englishWords(text, identifiers: identifiers).isEmpty, "\(Self.englishWords(text, identifiers: identifiers))")
            }
        }
    }

    @Test func tablesAlignByDisplayWidth() throws {
        let result = try Optimizer().optimize(Self.chineseScenario())
        let lines = OutputLocale.using(.zh) { OptimizeReport.channelTable(result).text() }
        // The header, the rule and the channel rows end at the same display column (the last
        // column is right-aligned; the total row has no marginal ROI).
        #expect(Set(lines.prefix(5).map(\.displayWidth)).count == 1, "\(lines.joined(separator: "\n"))")
        #expect(lines[0].hasPrefix("渠道"))
        #expect(lines[2].hasPrefix("抖音<千川>&直播"))  // the label, not the name
        // Columns start at the same display offset in every row: the spend column's right edge.
        let edges = lines.filter { !$0.hasPrefix("-") }.map { line -> Int in
            let prefix = line.prefix { $0 != "%" }
            return String(prefix).displayWidth
        }
        #expect(Set(edges.dropFirst()).count == 1)
        #expect("抖音".displayWidth == 4 && "ＬＩＮＥ".displayWidth == 8 && "Cafe\u{301}".displayWidth == 4)
    }

    @Test func chineseNamesInJSONAndCSVAreUTF8AndCSVKeepsNames() throws {
        let result = try Optimizer().optimize(Self.chineseScenario())
        let json = OptimizeReport.render(result, format: .json)
        #expect(json.contains("\"name\": \"抖音\""))
        #expect(json.contains("\"label\": \"抖音<千川>&直播\""))
        let object = try Fixtures.object(json)
        let channels = try #require(object["channels"] as? [[String: Any]])
        #expect(channels.map { $0["name"] as? String } == ["抖音", "微信", "百度SEM"])
        // CSV keeps the channel's name (to read back), tables show the label.
        let csv = OptimizeReport.render(result, format: .csv)
        #expect(csv.contains("\n抖音,"))
        #expect(!csv.contains("千川"))
    }

    @Test func chartsEscapeLabelsAndNames() throws {
        var scenario = Self.chineseScenario()
        scenario.name = "Q3 <大促> & \"双十一\""
        let points = Optimizer().sweep(scenario, from: 500_000, to: 1_500_000, steps: 3)
        let svg = OutputLocale.using(.zh) { SweepReport.svg(points, scenario: scenario) }
        #expect(svg.contains("预算扫描：Q3 &lt;大促&gt; &amp; &quot;双十一&quot;"))
        #expect(svg.contains("Noto Sans CJK SC"))
        // Well-formed XML.
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    }

    @Test func amountsInWan() {
        OutputLocale.$current.withValue(OutputLocale(language: .zh, units: .wan)) {
            #expect(Format.amount(500_000) == "50万")
            #expect(Format.amount(1_234_567) == "123.46万")
            #expect(Format.amount(120_000_000) == "1.2亿")
            #expect(Format.amount(-35_000) == "\u{2212}3.5万")
            #expect(Format.amount(9_999) == "9,999")
            #expect(Format.money(2_000_000, currency: "CNY") == "CNY 200万")
            #expect(Format.compact(150_000_000) == "1.5亿")
            #expect(Format.raw(1_234_567) == "1234567")  // machine-readable text never changes
        }
        #expect(Format.amount(1_234_567) == "1,234,567")
    }

    @Test func chineseParagraphsWrapBetweenCharacters() {
        let text = String(repeating: "预算影子价格，", count: 30)
        let lines = wrap(text, width: 40)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.displayWidth <= 40 })
        #expect(lines.allSatisfy { !$0.hasPrefix("，") })
        #expect(lines.joined() == text)
    }
}
