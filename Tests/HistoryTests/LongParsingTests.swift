import History
import Testing

@Suite struct LongParsingTests {
    /// Channel-major order (all tv rows, then all radio rows); `sales` is the date's total.
    static let total = """
        date,channel,spend,sales,price
        2024-01-01,tv,100,1000,9.5
        2024-01-08,tv,110,1100,9.0
        2024-01-01,radio,50,1000,9.5
        2024-01-08,radio,55,1100,9.0
        """
    static let totalMapping = ColumnMapping.long(
        date: "date", outcome: "sales", channel: "channel", spend: "spend", controls: ["price"])

    @Test func totalOutcomeRepeatedPerRow() throws {
        let data = try parse(Self.total, Self.totalMapping)
        #expect(data.frequency == .weekly)
        #expect(data.periods == [day("2024-01-01"), day("2024-01-08")])
        #expect(data.channels == ["tv", "radio"])  // order of first appearance
        #expect(data.spend == [[100, 110], [50, 55]])
        #expect(data.outcome == [1000, 1100])
        #expect(data.control("price") == [9.5, 9.0])
        #expect(data.attributed == nil && data.notes.isEmpty)
    }

    @Test func attributedOutcomeIsSummedPerDate() throws {
        let csv = """
            date,channel,spend,sales
            2024-01-01,tv,100,300
            2024-01-01,radio,50,120
            2024-01-02,tv,100,310
            2024-01-02,radio,50,130
            """
        let mapping = ColumnMapping.long(date: "date", outcome: "sales", channel: "channel", spend: "spend", attributed: "sales")
        let data = try parse(csv, mapping)
        #expect(data.frequency == .daily)
        #expect(data.attributed == [[300, 310], [120, 130]])
        #expect(data.outcome == [420, 440])  // 300 + 120, 310 + 130
        // Without `attributed`, the same file is an error: the outcome differs between rows of a date.
        let error = parseError(csv, .long(date: "date", outcome: "sales", channel: "channel", spend: "spend"))
        #expect(error?.row == 3 && error?.column == "sales")
        #expect(error?.message.hasPrefix("120.0 differs from 300.0 on row 2 for the same date 2024-01-01") == true)
    }

    @Test func separateAttributedColumn() throws {
        let csv = "date,channel,spend,sales,attr\n2024-01-01,tv,100,1000,300\n2024-01-01,radio,50,1000,120\n"
        let mapping = ColumnMapping.long(date: "date", outcome: "sales", channel: "channel", spend: "spend", attributed: "attr")
        let data = try parse(csv, mapping, LoadOptions(frequency: .daily))
        #expect(data.outcome == [1000] && data.attributed == [[300], [120]])
    }

    @Test func totalMayBeGivenOnOneRowOfTheDate() throws {
        let csv = Self.total.replacingOccurrences(of: "2024-01-01,radio,50,1000,9.5", with: "2024-01-01,radio,50,NA,")
        let data = try parse(csv, Self.totalMapping)
        #expect(data.outcome == [1000, 1100] && data.control("price") == [9.5, 9.0])
    }

    @Test func perDateValuesMustAgree() {
        let outcome = parseError(Self.total.replacingOccurrences(of: "radio,50,1000", with: "radio,50,1001"), Self.totalMapping)
        #expect(outcome?.row == 4 && outcome?.column == "sales")
        let control = parseError(Self.total.replacingOccurrences(of: "radio,50,1000,9.5", with: "radio,50,1000,9.4"), Self.totalMapping)
        #expect(control?.row == 4 && control?.column == "price")
        #expect(control?.message.contains("a control has one value per date") == true)
    }

    @Test func missingChannelRow() throws {
        let csv = Self.total.replacingOccurrences(of: "\n2024-01-08,radio,55,1100,9.0", with: "")
        let error = parseError(csv, Self.totalMapping)
        // The date's first row is row 3 (tv, 2024-01-08).
        #expect(error?.row == 3 && error?.column == "channel")
        #expect(error?.message.hasPrefix("no row for channel 'radio' on 2024-01-08") == true)

        let zero = try parse(csv, Self.totalMapping, LoadOptions(onMissing: .zero))
        #expect(zero.spend == [[100, 110], [50, 0]])
        #expect(zero.notes == ["filled 1 missing value with 0 in spend for channel radio (no row for 2024-01-08)"])

        let skip = try parse(csv, Self.totalMapping, LoadOptions(onMissing: .skip))
        #expect(skip.periods == [day("2024-01-01")] && skip.skipped == [day("2024-01-08")])
        #expect(skip.frequency == .weekly)  // detected from both dates, skipped or not
        #expect(skip.notes == ["skipped 1 period with missing values: 2024-01-08 (row 3: spend for channel radio)"])
    }

    @Test func duplicateAndUnsortedRowsAreCheckedPerChannel() throws {
        let duplicate = parseError(Self.total + "\n2024-01-01,tv,1,1000,9.5", Self.totalMapping)
        #expect(duplicate?.description == "data.csv: row 6, column date: duplicate date 2024-01-01 for channel tv (also on row 2)")

        let unsorted = "date,channel,spend,sales\n2024-01-08,tv,1,5\n2024-01-08,radio,2,5\n2024-01-01,tv,3,4\n2024-01-01,radio,4,4\n"
        let mapping = ColumnMapping.long(date: "date", outcome: "sales", channel: "channel", spend: "spend")
        let error = parseError(unsorted, mapping)
        #expect(error?.row == 4 && error?.column == "date")
        #expect(error?.message.hasPrefix("2024-01-01 comes after 2024-01-08 on row 2 for channel tv") == true)
        let sorted = try parse(unsorted, mapping, LoadOptions(onUnsorted: .sort))
        #expect(sorted.spend == [[3, 1], [4, 2]] && sorted.outcome == [4, 5])
        #expect(sorted.notes == ["sorted rows by date (the first out of order was row 4: 2024-01-01 after 2024-01-08 on row 2 for channel tv)"])
    }

    @Test func emptyChannelName() {
        let error = parseError("date,channel,spend,sales\n2024-01-01,,1,5\n", .long(date: "date", outcome: "sales", channel: "channel", spend: "spend"))
        #expect(error?.description == "data.csv: row 2, column channel: missing channel name")
    }
}
