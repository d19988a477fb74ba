import History
import Testing

/// `on_missing: zero | skip` and `on_unsorted: sort` change the data and say so in `notes`.
@Suite struct NotesTests {
    static let gaps = """
        date,tv,radio,sales
        2024-01-01,1,2,10
        2024-01-02,,2,11
        2024-01-03,1,NA,
        2024-01-04,,,13
        2024-01-05,1,2,14
        """

    @Test func zeroFillListsRowsPerColumn() throws {
        let data = try parse(Self.gaps, .sample, LoadOptions(onMissing: .zero))
        #expect(data.spend == [[1, 0, 1, 0, 1], [2, 2, 0, 0, 2]])
        #expect(data.outcome == [10, 11, 0, 13, 14])
        #expect(data.notes == [
            "filled 2 missing values with 0 in tv (rows 3, 5)",
            "filled 2 missing values with 0 in radio (rows 4, 5)",
            "filled 1 missing value with 0 in sales (row 4)",
        ])
    }

    @Test func skipDropsPeriodsButNotAsGaps() throws {
        let data = try parse(Self.gaps, .sample, LoadOptions(onMissing: .skip))
        #expect(data.frequency == .daily)
        #expect(data.periods == [day("2024-01-01"), day("2024-01-05")])
        #expect(data.skipped == [day("2024-01-02"), day("2024-01-03"), day("2024-01-04")])
        #expect(data.spend == [[1, 1], [2, 2]] && data.outcome == [10, 14])
        #expect(data.notes == [
            "skipped 3 periods with missing values: 2024-01-02 (row 3: tv), 2024-01-03 (row 4: radio, sales), 2024-01-04 (row 5: tv, radio)"
        ])
    }

    @Test func everyRowSkippedIsAnError() {
        let error = parseError("date,tv,radio,sales\n2024-01-01,,1,1\n2024-01-02,,1,1\n", .sample, LoadOptions(onMissing: .skip))
        #expect(error?.message == "every row has a missing value; nothing is left after skipping them")
    }

    @Test func longListsAreShortened() throws {
        let rows = (1...14).map { "2024-01-\($0 < 10 ? "0" : "")\($0),\($0 <= 12 ? "" : "1"),1,1" }
        let data = try parse((["date,tv,radio,sales"] + rows).joined(separator: "\n"), .sample, LoadOptions(onMissing: .zero))
        #expect(data.notes == ["filled 12 missing values with 0 in tv (rows 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 2 more)"])
    }

    @Test func sortKeepsOriginalRowNumbers() throws {
        let data = try parse("date,tv,radio,sales\n2024-01-03,3,3,3\n2024-01-01,1,1,1\n2024-01-02,2,2,2\n", .sample, LoadOptions(onUnsorted: .sort))
        #expect(data.periods == [day("2024-01-01"), day("2024-01-02"), day("2024-01-03")])
        #expect(data.spend[0] == [1, 2, 3] && data.outcome == [1, 2, 3])
        #expect(data.notes == ["sorted rows by date (the first out of order was row 3: 2024-01-01 after 2024-01-03 on row 2)"])

        // After sorting, a gap still names the rows where the dates are in the file.
        let error = parseError("date,tv,radio,sales\n2024-01-05,1,1,1\n2024-01-01,1,1,1\n2024-01-02,1,1,1\n", .sample, LoadOptions(onUnsorted: .sort))
        #expect(error?.description == "data.csv: row 2, column date: gap between 2024-01-02 (row 4) and 2024-01-05 (row 2): 2 missing days")
    }
}
