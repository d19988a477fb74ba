import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Reports
import Simulation
import Testing

/// The comparison report: one self-contained HTML file whose charts and table are all there
/// and whose numbers are the JSON's.
@Suite struct CompareReportTests {
    static let html = CompareReport.html(SimulationFixture.summary)

    /// No network: no URL, no external script, stylesheet, image or font.
    @Test func htmlIsSelfContained() {
        for needle in ["http://", "https://", "src=", "<script", "<link", "url(", "@import", "<img"] {
            #expect(!Self.html.contains(needle), "found \(needle)")
        }
        #expect(Self.html.hasPrefix("<!DOCTYPE html>"))
        #expect(Self.html.contains("<meta charset=\"utf-8\">") && Self.html.contains("</html>"))
        // The world's name is escaped everywhere it appears.
        #expect(Self.html.contains("Report &quot;test&quot; &lt;world&gt; &amp; co") && !Self.html.contains("<world>"))
    }

    /// Every chart, with every strategy in it, and the ranking table.
    @Test func everyChartIsPresent() {
        let summary = SimulationFixture.summary
        for id in ["chart-cumulative", "chart-allocation", "chart-roi", "chart-regret", "chart-regret-time", "ranking-table"] {
            #expect(Self.html.contains("id=\"\(id)\""), "missing \(id)")
        }
        for strategy in summary.strategies {
            let name = "data-strategy=\"\(strategy.name)\""
            // A band and a line in the cumulative chart, a line in ROI and regret-over-time,
            // a bar in the regret chart, a panel in the allocation chart.
            #expect(Self.html.components(separatedBy: "class=\"band\" \(name)").count == 2)
            #expect(Self.html.components(separatedBy: "class=\"series\" \(name)").count == 4)
            #expect(Self.html.components(separatedBy: "class=\"regret-bar\" \(name)").count == 2)
            #expect(Self.html.components(separatedBy: "class=\"allocation-panel\" \(name)").count == 2)
        }
        // Allocation: one bar segment per strategy, month and channel with spend.
        let segments = summary.strategies.reduce(0) { $0 + $1.monthly.spend.reduce(0) { $0 + $1.filter { $0 > 0 }.count } }
        #expect(Self.html.components(separatedBy: "class=\"alloc\"").count - 1 == segments)
    }

    /// Each chart is well-formed XML (an SVG viewer could open it on its own).
    @Test func chartsAreWellFormed() throws {
        var rest = Substring(Self.html)
        var charts = 0
        while let start = rest.range(of: "<svg "), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            let svg = String(rest[start.lowerBound..<end.upperBound])
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse(), "chart \(charts): \(parser.parserError.map { "\($0)" } ?? "")")
            charts += 1
            rest = rest[end.upperBound...]
        }
        #expect(charts == 5)
    }

    /// The ranking table's numbers are the JSON's numbers, exactly. (The JSON is read with
    /// JSONDecoder into the plain record below: Foundation's JSONSerialization on Linux does
    /// not round every number to the nearest double.)
    @Test func rankingNumbersMatchTheJSON() throws {
        struct Record: Decodable {
            let name: String
            let values: [String: Double]
            init(from decoder: Decoder) throws {
                let container = try decoder.container(keyedBy: Key.self)
                name = try container.decode(String.self, forKey: Key("name"))
                var values: [String: Double] = [:]
                for key in ["rank", "total_outcome", "expected_outcome", "total_spend", "roi", "regret", "violations", "repaired_months"] {
                    values[key] = try container.decode(Double.self, forKey: Key(key))
                }
                self.values = values
            }
        }
        struct Key: CodingKey {
            let stringValue: String
            init(_ string: String) { stringValue = string }
            init?(stringValue: String) { self.stringValue = stringValue }
            var intValue: Int? { nil }
            init?(intValue: Int) { nil }
        }
        struct Document: Decodable { let strategies: [Record] }
        let text = SimulationReport.render(SimulationFixture.summary, format: .json)
        let strategies = try JSONDecoder().decode(Document.self, from: Data(text.utf8)).strategies
        let table = try #require(Self.html.components(separatedBy: "<tbody>").last?.components(separatedBy: "</tbody>").first)
        let rows = table.components(separatedBy: "<tr>").dropFirst()
        #expect(rows.count == strategies.count)
        for row in rows {
            let cells = row.components(separatedBy: "<td").dropFirst()
            let name = try #require(cells.dropFirst().first?.components(separatedBy: ">").dropFirst().first?.components(separatedBy: "<").first)
            let strategy = try #require(strategies.first { $0.name == name })
            var checked = 0
            for cell in cells where cell.contains("data-key=") {
                let key = try #require(cell.components(separatedBy: "data-key=\"").last?.components(separatedBy: "\"").first)
                let value = try #require(cell.components(separatedBy: "data-value=\"").last?.components(separatedBy: "\"").first)
                let expected = try #require(strategy.values[key], "no \(key) in the JSON")
                #expect(Double(value) == expected, "\(name) \(key): \(value) vs \(expected)")
                checked += 1
            }
            #expect(checked == 8)
        }
    }

    /// The chart lines end where the JSON says: the cumulative chart's last tooltip quotes the
    /// JSON's final mean.
    @Test func chartsQuoteTheJSON() throws {
        for strategy in SimulationFixture.summary.strategies {
            let final = Format.amount(strategy.monthly.cumulativeOutcome.mean.last ?? 0)
            #expect(Self.html.contains("<title>\(strategy.name): \(final) after 6 months"))
            #expect(abs((strategy.monthly.cumulativeOutcome.mean.last ?? 0) - strategy.totalOutcome) < 1e-6 * strategy.totalOutcome)
        }
    }

    @Test func markdownHasTheRankingAndTables() {
        let summary = SimulationFixture.summary
        let markdown = CompareReport.markdown(summary)
        #expect(markdown.hasPrefix("# Strategy comparison: "))
        for heading in ["## Ranking", "## Allocation in the last month", "## ROI by month", "## Regret by month"] {
            #expect(markdown.contains(heading), "missing \(heading)")
        }
        for strategy in summary.strategies { #expect(markdown.contains("| \(strategy.name) |")) }
    }
}
