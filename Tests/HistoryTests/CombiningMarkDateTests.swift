import Testing

@testable import History

/// Found by the history fuzz target (issue 11, point 9): a date whose digit carries a combining
/// mark ("0\u{301}") passed the digit check as a Character but not `Int`, and the reader trapped
/// (exit 132). It is now an unreadable date like any other.
@Suite struct CombiningMarkDateTests {
    @Test func digitWithCombiningMarkIsNotADigit() {
        #expect(!Character("0\u{301}").isASCIIDigit)
        #expect(!Character("٣").isASCIIDigit)  // an Arabic-Indic digit is not 0–9 either
        #expect(Character("7").isASCIIDigit)
        #expect(Day(parsing: "2023-0\u{301}1-01") == nil)
        #expect(Day(parsing: "2023-01-01") != nil)
    }

    @Test func readerRejectsTheCellByRowAndColumn() throws {
        let csv = "date,revenue,a\n2023-0\u{301}1-01,5,1\n"
        let error = #expect(throws: HistoryError.self) {
            try Dataset.parse(csv: csv, mapping: .wide(date: "date", outcome: "revenue", spend: ["a"]))
        }
        #expect(error.map { "\($0)".contains("row 2") } == true, "\(String(describing: error))")
    }
}
