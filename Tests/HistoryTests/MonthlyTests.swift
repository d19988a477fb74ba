import History
import TestSupport
import Testing

@Suite struct MonthlyTests {
    /// Three weeks; the one starting Monday 2024-01-29 has 3 days in January (29, 30, 31) and
    /// 4 in February (1–4).
    static let weeks = """
        date,tv,radio,sales,price,tv_a,radio_a
        2024-01-22,70,7,700,1,7,0
        2024-01-29,700,14,1400,2,70,7
        2024-02-05,140,21,2100,3,14,0
        """
    static let mapping = ColumnMapping.wide(
        date: "date", outcome: "sales", spend: ["tv", "radio"], controls: ["price"],
        attributed: ["tv": "tv_a", "radio": "radio_a"])

    @Test func weekStraddlingMonthsIsSplitByDays() throws {
        let monthly = try parse(Self.weeks, Self.mapping).monthly()
        #expect(monthly.months == [YearMonth(year: 2024, month: 1)!, YearMonth(year: 2024, month: 2)!])
        // tv: January 70 + 700·3/7 = 70 + 300 = 370; February 700·4/7 + 140 = 400 + 140 = 540.
        #expect(monthly.spend[0] == [370, 540])
        // radio: January 7 + 14·3/7 = 7 + 6 = 13; February 14·4/7 + 21 = 8 + 21 = 29.
        #expect(monthly.spend[1] == [13, 29])
        // sales: January 700 + 1400·3/7 = 700 + 600 = 1300; February 800 + 2100 = 2900.
        #expect(monthly.outcome == [1300, 2900])
        // attributed tv: January 7 + 70·3/7 = 37; February 40 + 14 = 54. radio: 7·3/7 = 3, 7·4/7 = 4.
        #expect(monthly.attributed == [[37, 54], [3, 4]])
        // price is averaged over covered days, not summed:
        // January: 7 days at 1 (22–28) and 3 at 2 → (7 + 6)/10 = 1.3; February: 4 at 2, 7 at 3 → 29/11.
        #expect(isClose(monthly.controls[0][0], 1.3) && isClose(monthly.controls[0][1], 29.0 / 11))
        // Covered: January 22–31 = 10 of 31 days; February 1–11 = 11 of 29.
        #expect(monthly.coverage == [10.0 / 31, 11.0 / 29])
        #expect(monthly.partialMonths == monthly.months)
        #expect(monthly.notes == ["partial months (days covered): 2024-01 (10 of 31 days), 2024-02 (11 of 29 days)"])
    }

    @Test func weekEndingDates() throws {
        let data = try parse(Self.weeks, Self.mapping, LoadOptions(weekAnchor: .end))
        #expect(data.span(ofPeriod: 2) == (first: day("2024-01-30"), days: 7))
        let monthly = data.monthly()
        // Weeks end on the date: Jan 16–22, Jan 23–29, Jan 30–Feb 5.
        // tv: January 70 + 700 + 140·2/7 = 810; February 140·5/7 = 100.
        #expect(monthly.spend[0] == [810, 100])
        // Covered: January 16–31 = 16 of 31 days; February 1–5 = 5 of 29.
        #expect(monthly.coverage == [16.0 / 31, 5.0 / 29])
    }

    @Test func dailyRowsMapDirectlyAndPartialEndsCanBeDropped() throws {
        // 2024-01-01 … 2024-02-10, spend = day of month.
        let rows = (0..<41).map { offset -> String in
            let date = day("2024-01-01").advanced(by: offset)
            return "\(date),\(date.day),0,1"
        }
        let monthly = try parse((["date,tv,radio,sales"] + rows).joined(separator: "\n")).monthly()
        // January: 1 + 2 + … + 31 = 496; February: 1 + … + 10 = 55.
        #expect(monthly.spend[0] == [496, 55] && monthly.outcome == [31, 10])
        #expect(monthly.coverage == [1, 10.0 / 29])
        let full = monthly.droppingPartialEnds()
        #expect(full.months == [YearMonth(year: 2024, month: 1)!] && full.spend == [[496], [0]] && full.coverage == [1])
        #expect(full.notes.last == "dropped 1 partial month at the ends")
    }

    @Test func monthlyRowsCoverTheirWholeMonth() throws {
        let monthly = try parse("date,tv,radio,sales\n2024-01-15,10,1,100\n2024-02-15,20,2,200\n").monthly()
        #expect(monthly.months.map(\.description) == ["2024-01", "2024-02"])
        #expect(monthly.spend == [[10, 20], [1, 2]] && monthly.coverage == [1, 1] && monthly.notes.isEmpty)
    }

    @Test func skippedPeriodsLowerCoverage() throws {
        let csv = "date,tv,radio,sales\n2024-01,1,1,1\n2024-02,,1,1\n2024-03,3,1,1\n"
        let monthly = try parse(csv, .sample, LoadOptions(onMissing: .skip)).monthly()
        #expect(monthly.months.map(\.description) == ["2024-01", "2024-03"])
        #expect(monthly.notes.last == "no data for months (all their periods were skipped): 2024-02")

        // A skipped day inside February: 28 of 29 days, kept by droppingPartialEnds (it is not an end).
        let rows = (0..<91).map { offset -> String in
            let date = day("2024-01-01").advanced(by: offset)
            return "\(date),\(date == day("2024-02-10") ? "" : "1"),0,1"
        }
        let daily = try parse((["date,tv,radio,sales"] + rows).joined(separator: "\n"), .sample, LoadOptions(onMissing: .skip))
        let months = daily.monthly().droppingPartialEnds()
        #expect(months.coverage == [1, 28.0 / 29, 1] && months.spend[0] == [31, 28, 31])
    }

    @Test func weekAcrossTheYearEnd() {
        let data = Dataset(
            frequency: .weekly, periods: [day("2023-12-28")], channels: ["tv"], spend: [[700]], outcome: [7])
        // 2023-12-28 … 2024-01-03: 4 days in December (28–31), 3 in January.
        let monthly = data.monthly()
        #expect(monthly.months.map(\.description) == ["2023-12", "2024-01"] && monthly.spend == [[400, 300]])
        #expect(monthly.outcome == [4, 3])
    }
}
