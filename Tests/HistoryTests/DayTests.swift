import History
import Testing

@Suite struct DayTests {
    @Test func epochAndKnownDays() {
        #expect(day("1970-01-01").daysSinceEpoch == 0)
        #expect(day("1969-12-31").daysSinceEpoch == -1)
        // 2000-03-01: 30 years of 365 days + 7 leap days (72, 76, …, 96) + Jan 31 + Feb 29 = 11017.
        #expect(day("2000-03-01").daysSinceEpoch == 30 * 365 + 7 + 31 + 29)
        #expect(Day(daysSinceEpoch: 19_751) == day("2024-01-29"))  // 54 years, 13 leap days: 54·365 + 13 + 28 = 19751
    }

    @Test func roundTripsEveryDayOfFourCenturies() {
        // 1559-05-… to 2380-08-…: every day maps back to its count and sorts after the day before.
        var previous = Day(daysSinceEpoch: -150_000)
        var failures: [Int] = []
        for offset in -149_999...150_000 {
            let current = Day(daysSinceEpoch: offset)
            if current.daysSinceEpoch != offset || !(previous < current) || Day(parsing: current.description) != current {
                failures.append(offset)
            }
            previous = current
        }
        #expect(failures.isEmpty)
    }

    @Test func arithmeticAndLeapYears() {
        #expect(day("2024-02-28").advanced(by: 1) == day("2024-02-29"))
        #expect(day("2023-02-28").advanced(by: 1) == day("2023-03-01"))
        #expect(day("2024-12-31").advanced(by: 1) == day("2025-01-01"))
        #expect(day("2024-01-29").distance(to: day("2024-02-05")) == 7)
        #expect(Day.isLeap(2000) && Day.isLeap(2024) && !Day.isLeap(1900) && !Day.isLeap(2023))
        #expect(day("2024-02-29").isLastOfMonth && !day("2024-02-28").isLastOfMonth)
    }

    @Test func parsingFormats() {
        #expect(Day(parsing: "2024-01-05") == Day(year: 2024, month: 1, day: 5))
        #expect(Day(parsing: "2024/1/5") == Day(year: 2024, month: 1, day: 5))
        #expect(Day(parsing: " 2024-03 ") == Day(year: 2024, month: 3, day: 1))
        for bad in ["2023-02-29", "2024-13-01", "2024-00-10", "24-01-01", "01/05/2024", "2024/03", "2024-01-05T00:00", ""] {
            #expect(Day(parsing: bad) == nil, "\(bad)")
        }
        #expect(day("0999-01-02").description == "0999-01-02")
    }

    @Test func yearMonths() {
        let january = day("2024-01-17").yearMonth
        #expect(january.description == "2024-01" && january.dayCount == 31)
        #expect(january.next.dayCount == 29 && YearMonth(year: 2024, month: 12)!.next == YearMonth(year: 2025, month: 1))
        #expect(january.firstDay == day("2024-01-01"))
    }
}
