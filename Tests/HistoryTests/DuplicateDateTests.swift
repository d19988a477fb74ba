import History
import Testing

/// Several rows per date (geo data) summed, and an outcome multiplier applied per row first.
@Suite struct DuplicateDateTests {
    static let csv = """
        geo,week,conversions,value,tv,control
        A,2024-01-01,10,2.0,100,1.0
        A,2024-01-08,20,2.0,200,3.0
        B,2024-01-01,5,4.0,50,2.0
        B,2024-01-08,1,4.0,10,5.0
        """

    @Test func sumsRowsPerDateAfterMultiplying() throws {
        var mapping = ColumnMapping.wide(date: "week", outcome: "conversions", spend: ["tv"], controls: ["control"])
        mapping.outcomeMultiplier = "value"
        let data = try Dataset.parse(csv: Self.csv, mapping: mapping, options: LoadOptions(duplicateDates: .sum))
        #expect(data.periods.count == 2)
        // 2024-01-01: revenue 10·2 + 5·4 = 40, spend 100 + 50 = 150, control mean (1 + 2)/2 = 1.5.
        // 2024-01-08: revenue 20·2 + 1·4 = 44, spend 200 + 10 = 210, control mean (3 + 5)/2 = 4.
        #expect(data.outcome == [40, 44])
        #expect(data.spend == [[150, 210]])
        #expect(data.controls == [[1.5, 4]])
        #expect(data.notes.contains { $0.contains("summed rows") })
    }

    @Test func duplicatesAreAnErrorByDefault() {
        let mapping = ColumnMapping.wide(date: "week", outcome: "conversions", spend: ["tv"])
        #expect(throws: HistoryError.self) { try Dataset.parse(csv: Self.csv, mapping: mapping) }
    }
}
