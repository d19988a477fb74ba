@testable import Reports
import Testing

/// The table helper: aligned text, markdown pipes, RFC 4180 CSV.
@Suite struct TableTests {
    let table = Table(
        title: "Sample",
        columns: [.text("Name"), .number("Amount"), .number("Share")],
        rows: [
            [.text("a"), .number(1_234_567.8, Format.amount), .number(0.5) { Format.percent($0) }],
            [.text("longer, \"quoted\""), .number(-3, Format.amount), .number(0.25) { Format.percent($0) }],
        ],
        total: [.text("Total"), .number(1_234_564.8, Format.amount), .number(0.75) { Format.percent($0) }])

    @Test func textColumnsAreAligned() {
        let lines = table.text()
        #expect(lines.count == 6)  // header, rule, 2 rows, rule, total
        #expect(Set(lines.map(\.count)).count == 1)  // right-aligned last column: equal widths
        #expect(lines[1].allSatisfy { $0 == "-" || $0 == " " })
        // Numbers end at the same column; text starts at the same column.
        let ends = lines.map { line in line.firstRange(of: "%").map { line.distance(from: line.startIndex, to: $0.lowerBound) } }
        #expect(Set(ends.compactMap { $0 }).count == 1)
        #expect(lines[2].hasPrefix("a "))
        #expect(lines[3].hasPrefix("longer"))
    }

    @Test func markdownHasAlignmentMarkers() {
        let lines = table.markdown()
        #expect(lines[0] == "| Name | Amount | Share |")
        #expect(lines[1] == "| :-- | --: | --: |")
        #expect(lines.last == "| **Total** | **1,234,565** | **75.0%** |")
    }

    @Test func csvQuotesPerRFC4180() {
        let lines = table.csv()
        #expect(lines[0] == "Name,Amount,Share")
        #expect(lines[1] == "a,1234567.8,0.5")
        #expect(lines[2] == "\"longer, \"\"quoted\"\"\",-3,0.25")
        #expect(lines[3] == "Total,1234564.8,0.75")
        #expect(csvField("two\nlines") == "\"two\nlines\"")
        #expect(csvField("plain") == "plain")
    }

    @Test func csvOnlyColumnsStayOutOfText() {
        let extra = Table(
            title: "x", columns: [.text("A"), Column(title: "B", alignment: .left, csvOnly: true)],
            rows: [[.text("1"), .text("2")]])
        #expect(extra.text()[0] == "A")
        #expect(extra.csv()[0] == "A,B")
    }

    @Test func documentSeparatesCSVTablesWithABlankLine() {
        var document = Document()
        document.append(.title("Ignored in CSV"))
        document.append(.table(table))
        document.append(.paragraph("also ignored"))
        document.append(.table(table))
        let csv = document.render(.csv)
        #expect(csv.hasSuffix("\n"))
        #expect(csv.components(separatedBy: "\n\n").count == 2)
        #expect(!csv.contains("ignored"))
    }
}
