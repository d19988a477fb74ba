import Foundation
import History
import Testing

@Suite struct WideParsingTests {
    @Test func readsSpendOutcomeControlsAndAttributed() throws {
        let csv = """
            date,tv,radio,sales,price,tv_attr,radio_attr
            2024-01-01,100,50,1000,9.5,80,20
            2024-01-08,0,60.5,1100,9.0,0,25
            2024-01-15,120,0,1200,,90,0
            """
        let mapping = ColumnMapping.wide(
            date: "date", outcome: "sales", spend: ["tv", "radio"], controls: ["price"],
            attributed: ["tv": "tv_attr", "radio": "radio_attr"])
        let error = parseError(csv, mapping)
        #expect(error?.row == 4 && error?.column == "price")  // the empty control cell
        let data = try parse(csv.replacingOccurrences(of: "1200,,90", with: "1200,8.5,90"), mapping)
        #expect(data.frequency == .weekly && data.weekAnchor == .start)
        #expect(data.periods == [day("2024-01-01"), day("2024-01-08"), day("2024-01-15")])
        #expect(data.channels == ["tv", "radio"])
        #expect(data.spend == [[100, 0, 120], [50, 60.5, 0]])
        #expect(data.spend(of: "radio") == [50, 60.5, 0])
        #expect(data.outcome == [1000, 1100, 1200])
        #expect(data.controlNames == ["price"] && data.control("price") == [9.5, 9.0, 8.5])
        #expect(data.attributed == [[80, 0, 90], [20, 25, 0]])
        #expect(data.notes.isEmpty && data.skipped.isEmpty)
    }

    @Test func toleratesQuotesSpacesCRLFBlankLinesBOMAndTrailingEmptyFields() throws {
        let csv = "\u{FEFF}date, tv ,radio,sales,notes\r\n"
            + "2024/01/01,\"1,0\",2,3,\"a, b\"\r\n"
            + "\r\n"
            + " 2024/01/02 , 10 ,\"20\",30,,\r\n"
        // "1,0" is quoted text with a comma: not a number.
        let error = parseError(csv, .wide(date: "date", outcome: "sales", spend: ["tv", "radio"]))
        #expect(error?.description == "data.csv: row 2, column tv: not a number: '1,0'")
        let data = try parse(csv.replacingOccurrences(of: "\"1,0\"", with: "\"1.0\""))
        #expect(data.frequency == .daily)
        #expect(data.spend == [[1, 10], [2, 20]] && data.outcome == [3, 30])
    }

    @Test func rowNumbersCountBlankLines() {
        // Header row 1, data rows 2 and 3, blank row 4, bad row 5.
        let error = parseError("date,tv,radio,sales\n2024-01-01,1,1,1\n2024-01-02,1,1,1\n\n2024-01-03,1,x,1\n")
        #expect(error?.row == 5 && error?.column == "radio")
    }

    @Test func monthlyDatesAsYearMonth() throws {
        let data = try parse("date,tv,radio,sales\n2023-11,1,2,3\n2023-12,4,5,6\n2024-01,7,8,9\n")
        #expect(data.frequency == .monthly)
        #expect(data.periods == [day("2023-11-01"), day("2023-12-01"), day("2024-01-01")])
    }

    @Test func numbersInScientificNotationAndSigns() throws {
        let data = try parse("date,tv,radio,sales\n2024-01-01,1e3,+2.5,-4\n2024-01-02,0.0,-0,1E-2\n")
        #expect(data.spend == [[1000, 0], [2.5, 0]])
        #expect(data.outcome == [-4, 0.01])  // outcome may be negative; only spend is checked for sign
        #expect(data.spend[1][1].sign == .plus)  // "-0" spend is stored as +0
    }

    @Test func loadsFromAFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("history-wide-\(UUID()).csv").path
        try "date,tv,radio,sales\n2024-01-01,1,2,3\n2024-01-02,4,5,6\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let data = try Dataset.load(path: path, mapping: .sample)
        #expect(data.spend == [[1, 4], [2, 5]])
        #expect(throws: HistoryError(file: path + ".missing", message: "cannot read the file (no such file)")) {
            try Dataset.load(path: path + ".missing", mapping: .sample)
        }
    }
}
