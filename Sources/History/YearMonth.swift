/// A calendar month, such as 2024-02.
public struct YearMonth: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year (files give 1...9999; arithmetic on days may step just outside).
    public let year: Int
    /// The month, 1...12.
    public let month: Int

    /// A month, or `nil` when `month` is not 1...12.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Months since January of year 0: consecutive months differ by 1.
    public var index: Int { year * 12 + month - 1 }

    /// The number of days in the month (28–31).
    public var dayCount: Int { Day.daysIn(year: year, month: month) }

    /// The first day of the month.
    public var firstDay: Day { Day(daysSinceEpoch: Day.daysSinceEpoch(year: year, month: month, day: 1)) }

    /// The month after this one.
    public var next: YearMonth { month == 12 ? YearMonth(year: year + 1, month: 1)! : YearMonth(year: year, month: month + 1)! }

    /// `YYYY-MM`.
    public var description: String { "\(Day.pad(year, 4))-\(Day.pad(month, 2))" }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.index < rhs.index }
}
