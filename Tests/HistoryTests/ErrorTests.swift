import History
import Testing

/// Every check names the row (header = 1) and the column.
@Suite struct ErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// Data rows below the header `date,tv,radio,sales`.
        var rows: [String]
        var row: Int?
        var column: String?
        var message: String
        var testDescription: String { name }
    }

    static let good = ["2024-01-01,1,2,3", "2024-01-02,1,2,3"]

    static let cases: [Case] = [
        Case(name: "not a number", rows: good + ["2024-01-03,abc,2,3"], row: 4, column: "tv", message: "not a number: 'abc'"),
        Case(
            name: "empty cell", rows: good + ["2024-01-03,1,2,"], row: 4, column: "sales",
            message: "missing value (set on_missing: zero or skip to accept missing values)"),
        Case(
            name: "NA cell", rows: ["2024-01-01,1,NA,3"] + good.dropFirst(), row: 2, column: "radio",
            message: "missing value (set on_missing: zero or skip to accept missing values)"),
        Case(name: "negative spend", rows: good + ["2024-01-03,1,-3,3"], row: 4, column: "radio", message: "negative spend -3.0"),
        Case(
            name: "NaN", rows: good + ["2024-01-03,NaN,2,3"], row: 4, column: "tv",
            message: "not a finite number: 'NaN' (leave the cell empty or write NA for a missing value)"),
        Case(
            name: "infinity", rows: good + ["2024-01-03,1,2,-inf"], row: 4, column: "sales",
            message: "not a finite number: '-inf' (leave the cell empty or write NA for a missing value)"),
        Case(name: "overflow", rows: good + ["2024-01-03,1e999,2,3"], row: 4, column: "tv", message: "not a finite number: '1e999'"),
        Case(
            name: "bad date", rows: good + ["2024-13-01,1,2,3"], row: 4, column: "date",
            message: "cannot read the date '2024-13-01'; expected YYYY-MM-DD, YYYY/MM/DD or YYYY-MM"),
        Case(name: "no date", rows: good + [",1,2,3"], row: 4, column: "date", message: "missing date"),
        Case(
            name: "duplicate date", rows: good + ["2024-01-02,1,2,3"], row: 4, column: "date",
            message: "duplicate date 2024-01-02 (also on row 3)"),
        Case(
            name: "unsorted", rows: ["2024-01-08,1,2,3", "2024-01-01,1,2,3"], row: 3, column: "date",
            message: "2024-01-01 comes after 2024-01-08 on row 2; rows must be in date order (set on_unsorted: sort to sort them)"),
        Case(
            name: "gap", rows: ["2024-01-01,1,2,3", "2024-01-08,1,2,3", "2024-01-22,1,2,3"], row: 4, column: "date",
            message: "gap between 2024-01-08 (row 3) and 2024-01-22 (row 4): 1 missing week"),
        Case(
            name: "odd step", rows: ["2024-01-01,1,2,3", "2024-01-08,1,2,3", "2024-01-15,1,2,3", "2024-01-18,1,2,3"],
            row: 5, column: "date",
            message: "2024-01-18 is 3 days after 2024-01-15 (row 4); weekly data has steps of 7 days (weekly detected from most steps)"),
        Case(name: "short row", rows: good + ["2024-01-03,1,2"], row: 4, column: nil, message: "has 3 fields but the header has 4 columns"),
        Case(
            name: "extra field", rows: good + ["2024-01-03,1,2,3,4"], row: 4, column: nil,
            message: "has 5 fields but the header has 4 columns"),
    ]

    @Test(arguments: cases) func namesRowAndColumn(_ test: Case) {
        let error = parseError((["date,tv,radio,sales"] + test.rows).joined(separator: "\n"))
        #expect(error == HistoryError(file: "data.csv", row: test.row, column: test.column, message: test.message))
    }

    @Test func descriptionReadsLikeTheExample() {
        let error = parseError("date,tv,radio,sales\n2024-01-01,1,2,3\n2024-01-08,1,2,3\n2024-01-15,1,-3.0,3\n")
        #expect(error?.description == "data.csv: row 4, column radio: negative spend -3.0")
    }

    @Test func missingColumnListsTheAvailableOnes() {
        let error = parseError("date,tv,sales,price\n2024-01-01,1,2,3\n")
        #expect(error?.description == "data.csv: row 1, column radio: no such column; available columns: date, tv, sales, price")
        let twice = parseError("date,tv,radio,tv,sales\n2024-01-01,1,2,3,4\n")
        #expect(twice?.column == "tv" && twice?.message == "appears 2 times in the header (positions 2, 4)")
    }

    @Test func wholeFileProblems() {
        #expect(parseError("")?.description == "data.csv: row 1: the file is empty; expected a header row")
        #expect(parseError("date,tv,radio,sales\n\n")?.description == "data.csv: no data rows below the header")
    }

    @Test func mappingProblems() {
        let csv = "date,tv,radio,sales\n2024-01-01,1,2,3\n"
        #expect(parseError(csv, .wide(date: "date", outcome: "sales", spend: []))?.message == "give at least one spend column")
        let twice = parseError(csv, .wide(date: "date", outcome: "sales", spend: ["tv"], controls: ["tv"]))
        #expect(twice?.column == "tv" && twice?.message == "used both as spend and as control")
        let partial = parseError(csv, .wide(date: "date", outcome: "sales", spend: ["tv", "radio"], attributed: ["tv": "sales"]))
        #expect(partial?.message == "attributed columns must cover every channel or none; missing for radio")
    }
}
