/// A calendar day (proleptic Gregorian), with no time of day and no time zone.
///
/// Arithmetic goes through ``daysSinceEpoch``, the number of days since 1970-01-01, so
/// `Day` is `Strideable`: `day.advanced(by: 7)` is a week later and `a.distance(to: b)` is the
/// number of days from `a` to `b`. Foundation's `Date` is never used for calendar logic.
public struct Day: Hashable, Sendable, Strideable, CustomStringConvertible {
    /// The year: 1...9999 when parsed or built from components; ``init(daysSinceEpoch:)`` may
    /// step outside.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...28–31.
    public let day: Int

    /// A valid calendar day, or `nil` (for example for 2023-02-29 or month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Day.daysIn(year: year, month: month)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `daysSinceEpoch` days after 1970-01-01 (negative: before it).
    ///
    /// Uses Howard Hinnant's `civil_from_days`, exact for the whole proleptic Gregorian calendar.
    public init(daysSinceEpoch: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153  // 0 = March
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Parses `YYYY-MM-DD`, `YYYY/MM/DD` (month and day may have one digit) or `YYYY-MM`
    /// (the first day of that month). Surrounding spaces are ignored.
    public init?(parsing text: String) {
        guard let parsed = DateText.parse(text) else { return nil }
        self = parsed.day
    }

    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int { Day.daysSinceEpoch(year: year, month: month, day: day) }

    /// Howard Hinnant's `days_from_civil`, for any year.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The calendar month this day falls in.
    public var yearMonth: YearMonth { YearMonth(year: year, month: month)! }

    /// Whether this is the last day of its month.
    public var isLastOfMonth: Bool { day == Day.daysIn(year: year, month: month) }

    /// ISO 8601: `YYYY-MM-DD`.
    public var description: String {
        "\(Day.pad(year, 4))-\(Day.pad(month, 2))-\(Day.pad(day, 2))"
    }

    public func advanced(by days: Int) -> Day { Day(daysSinceEpoch: daysSinceEpoch + days) }

    public func distance(to other: Day) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The number of days in a month of the Gregorian calendar (28–31).
    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Gregorian leap years: divisible by 4, except centuries not divisible by 400.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// Reading dates from CSV cells.
enum DateText {
    /// The day, and whether the text named only a month (`YYYY-MM`).
    static func parse(_ text: String) -> (day: Day, monthOnly: Bool)? {
        let trimmed = text.trimmingSpaces
        for separator: Character in ["-", "/"] {
            let parts = trimmed.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 2 || parts.count == 3, parts[0].count == 4,
                parts.dropFirst().allSatisfy({ (1...2).contains($0.count) }),
                parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
            else { continue }
            if parts.count == 2 && separator == "/" { return nil }
            let numbers = parts.compactMap { Int($0) }
            guard numbers.count == parts.count, let day = Day(year: numbers[0], month: numbers[1], day: parts.count == 3 ? numbers[2] : 1) else {
                return nil
            }
            return (day, parts.count == 2)
        }
        return nil
    }
}

extension Character {
    /// 0–9 alone. (Not `("0"..."9").contains(self)`: that also holds for a digit followed by a
    /// combining mark, "0\u{301}", which `Int` then rejects — a crash the fuzzer found.)
    var isASCIIDigit: Bool { asciiValue.map { (48...57).contains($0) } ?? false }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and a UTF-8 byte-order mark.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
