/// Historical marketing data as read from one file: per period, the spend per channel, the
/// outcome, controls and (optionally) the outcome attributed to each channel.
///
/// Units are the file's own: spend in its currency per period, outcome in its units (revenue,
/// conversions…) per period, controls as levels (not per-period sums). Periods are in
/// ascending date order without duplicates; with ``MissingValuePolicy/skip`` some may be
/// absent (see ``skipped``).
public struct Dataset: Sendable, Equatable {
    /// The spacing of the rows.
    public let frequency: Frequency
    /// Which day of its week a weekly period's date names.
    public let weekAnchor: WeekAnchor
    /// The date of each period, as written in the file (`YYYY-MM` is the month's first day).
    public let periods: [Day]
    /// Channel names: the spend column names (wide) or the channel values in order of first
    /// appearance (long).
    public let channels: [String]
    /// Spend, `[channel][period]`, currency per period, ≥ 0.
    public let spend: [[Double]]
    /// Total outcome per period (revenue, conversions…).
    public let outcome: [Double]
    /// Control column names, in mapping order.
    public let controlNames: [String]
    /// Control values, `[control][period]`, as in the file.
    public let controls: [[Double]]
    /// Outcome attributed to each channel, `[channel][period]`, when the mapping names it.
    public let attributed: [[Double]]?
    /// Periods dropped for missing values (``MissingValuePolicy/skip``), in date order.
    public let skipped: [Day]
    /// What was changed while reading: missing values filled or skipped, rows sorted.
    public let notes: [String]

    /// A dataset from arrays; shapes must agree (a programming error otherwise).
    public init(
        frequency: Frequency, weekAnchor: WeekAnchor = .start, periods: [Day], channels: [String],
        spend: [[Double]], outcome: [Double], controlNames: [String] = [], controls: [[Double]] = [],
        attributed: [[Double]]? = nil, skipped: [Day] = [], notes: [String] = []
    ) {
        let count = periods.count
        precondition(spend.count == channels.count && spend.allSatisfy { $0.count == count }, "spend is [channel][period]")
        precondition(outcome.count == count, "one outcome per period")
        precondition(controls.count == controlNames.count && controls.allSatisfy { $0.count == count }, "controls is [control][period]")
        precondition(attributed.map { $0.count == channels.count && $0.allSatisfy { $0.count == count } } ?? true,
                     "attributed is [channel][period]")
        self.frequency = frequency
        self.weekAnchor = weekAnchor
        self.periods = periods
        self.channels = channels
        self.spend = spend
        self.outcome = outcome
        self.controlNames = controlNames
        self.controls = controls
        self.attributed = attributed
        self.skipped = skipped
        self.notes = notes
    }

    /// The values of the control called `name`, per period.
    public func control(_ name: String) -> [Double]? {
        controlNames.firstIndex(of: name).map { controls[$0] }
    }

    /// The spend of the channel called `name`, per period.
    public func spend(of name: String) -> [Double]? {
        channels.firstIndex(of: name).map { spend[$0] }
    }

    /// The calendar days period `index` covers: its first day and how many days.
    ///
    /// Daily: the day itself. Weekly: 7 days starting at the date, or ending at it with
    /// ``WeekAnchor/end``. Monthly: the whole calendar month the date falls in.
    public func span(ofPeriod index: Int) -> (first: Day, days: Int) {
        let date = periods[index]
        switch frequency {
        case .daily: return (date, 1)
        case .weekly: return (weekAnchor == .start ? date : date.advanced(by: -6), 7)
        case .monthly: return (date.yearMonth.firstDay, date.yearMonth.dayCount)
        }
    }
}
