import History
import Testing

@Suite struct FrequencyTests {
    /// A wide file with these dates and constant values.
    static func csv(_ dates: [String]) -> String {
        (["date,tv,radio,sales"] + dates.map { "\($0),1,1,1" }).joined(separator: "\n")
    }

    static func frequency(_ dates: [String], _ expected: Frequency? = nil) throws(HistoryError) -> Frequency {
        try parse(csv(dates), .sample, LoadOptions(frequency: expected)).frequency
    }

    static func error(_ dates: [String], _ expected: Frequency? = nil) -> String? {
        parseError(csv(dates), .sample, LoadOptions(frequency: expected))?.description
    }

    @Test func detectsFromSpacing() throws {
        #expect(try Self.frequency(["2024-01-30", "2024-01-31", "2024-02-01"]) == .daily)
        #expect(try Self.frequency(["2024-01-29", "2024-02-05", "2024-02-12"]) == .weekly)
        #expect(try Self.frequency(["2023-12-01", "2024-01-01", "2024-02-01"]) == .monthly)
        #expect(try Self.frequency(["2024-01-15", "2024-02-15"]) == .monthly)
        // Month ends: Feb 29 stands for day 31 in a short month.
        #expect(try Self.frequency(["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"]) == .monthly)
        #expect(try Self.frequency(["2024-01-30", "2024-02-29", "2024-03-30"]) == .monthly)
    }

    @Test func gapsNameTheDatesAroundThem() {
        #expect(Self.error(["2024-01-01", "2024-01-02", "2024-01-05"])
            == "data.csv: row 4, column date: gap between 2024-01-02 (row 3) and 2024-01-05 (row 4): 2 missing days")
        #expect(Self.error(["2024-01-01", "2024-01-08", "2024-01-15", "2024-02-12"])
            == "data.csv: row 5, column date: gap between 2024-01-15 (row 4) and 2024-02-12 (row 5): 3 missing weeks")
        #expect(Self.error(["2024-01-01", "2024-02-01", "2024-04-01"])
            == "data.csv: row 4, column date: gap between 2024-02-01 (row 3) and 2024-04-01 (row 4): 1 missing month")
    }

    @Test func mixedSpacingNamesTheFirstOddRow() {
        #expect(Self.error(["2024-01-01", "2024-02-01", "2024-03-15", "2024-04-01"])
            == "data.csv: row 4, column date: 2024-03-15 is on day 15 of its month, but most monthly rows are on day 1 (monthly detected from most steps)")
        #expect(Self.error(["2024-01-01", "2024-01-15", "2024-01-29"])
            == "data.csv: row 3, column date: cannot detect the frequency: 2024-01-15 is 14 days after 2024-01-01 (row 2), and no spacing of 1 day (daily), 7 days (weekly) or one calendar month (monthly) is common; set frequency")
    }

    @Test func overrideIsCheckedAgainstTheData() throws {
        #expect(Self.error(["2024-01-01", "2024-01-02"], .weekly)
            == "data.csv: row 3, column date: 2024-01-02 is 1 day after 2024-01-01 (row 2); weekly data has steps of 7 days (weekly as set)")
        #expect(Self.error(["2024-01-01", "2024-01-08"], .monthly)
            == "data.csv: row 3, column date: 2024-01-08 is on day 8 of its month, but most monthly rows are on day 1 (monthly as set)")
        #expect(Self.error(["2024-01-01", "2024-01-08"], .daily)
            == "data.csv: row 3, column date: gap between 2024-01-01 (row 2) and 2024-01-08 (row 3): 6 missing days")
        #expect(Self.error(["2024-01", "2024-02"], .daily)
            == "data.csv: row 2, column date: 2024-01 names a month, but the data is daily (as set)")
        #expect(try Self.frequency(["2024-01-01", "2024-01-08"], .weekly) == .weekly)
    }

    @Test func singleRowNeedsAnOverrideUnlessItNamesAMonth() throws {
        #expect(Self.error(["2024-01-01"])
            == "data.csv: row 2, column date: cannot detect the frequency from a single row; set frequency")
        #expect(try Self.frequency(["2024-01-01"], .weekly) == .weekly)
        #expect(try Self.frequency(["2024-01"]) == .monthly)
    }
}
