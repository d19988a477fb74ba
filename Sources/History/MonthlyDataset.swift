/// Historical data summed per calendar month (see ``Dataset/monthly()``).
///
/// Spend, outcome and attributed outcome are totals per month, in the file's units per month;
/// controls are day-weighted means of the file's levels. ``coverage`` tells how much of each
/// month the data covers: a partial first or last month (the data starts or ends mid-month)
/// has coverage below 1 and totals for only part of the month, so callers fitting monthly
/// response curves usually drop it (``droppingPartialEnds()``).
public struct MonthlyDataset: Sendable, Equatable {
    /// The months with data, ascending. Consecutive unless whole months were skipped.
    public let months: [YearMonth]
    /// Channel names, as in the dataset.
    public let channels: [String]
    /// Spend, `[channel][month]`, currency per month.
    public let spend: [[Double]]
    /// Total outcome per month.
    public let outcome: [Double]
    /// Control names, as in the dataset.
    public let controlNames: [String]
    /// Controls, `[control][month]`: the mean over the month's covered days.
    public let controls: [[Double]]
    /// Attributed outcome, `[channel][month]`, when the dataset has it.
    public let attributed: [[Double]]?
    /// Covered days ÷ days in the month, in (0, 1].
    public let coverage: [Double]
    /// The dataset's notes, then notes about partial or absent months.
    public let notes: [String]

    /// A monthly dataset from arrays; shapes must agree (a programming error otherwise).
    public init(
        months: [YearMonth], channels: [String], spend: [[Double]], outcome: [Double], controlNames: [String] = [],
        controls: [[Double]] = [], attributed: [[Double]]? = nil, coverage: [Double], notes: [String] = []
    ) {
        let count = months.count
        precondition(spend.count == channels.count && spend.allSatisfy { $0.count == count }, "spend is [channel][month]")
        precondition(outcome.count == count && coverage.count == count, "one outcome and coverage per month")
        precondition(controls.count == controlNames.count && controls.allSatisfy { $0.count == count }, "controls is [control][month]")
        precondition(attributed.map { $0.count == channels.count && $0.allSatisfy { $0.count == count } } ?? true,
                     "attributed is [channel][month]")
        self.months = months
        self.channels = channels
        self.spend = spend
        self.outcome = outcome
        self.controlNames = controlNames
        self.controls = controls
        self.attributed = attributed
        self.coverage = coverage
        self.notes = notes
    }

    /// Months not fully covered (coverage < 1), in order.
    public var partialMonths: [YearMonth] {
        months.indices.filter { coverage[$0] < 1 }.map { months[$0] }
    }

    /// The same data without partial months at the start and at the end (partial months in the
    /// middle, from skipped periods, stay).
    public func droppingPartialEnds() -> MonthlyDataset {
        var range = months.indices
        while let first = range.first, coverage[first] < 1 { range = range.dropFirst() }
        while let last = range.last, coverage[last] < 1 { range = range.dropLast() }
        let dropped = months.count - range.count
        let pick: ([Double]) -> [Double] = { Array($0[range]) }
        return MonthlyDataset(
            months: Array(months[range]), channels: channels, spend: spend.map(pick), outcome: pick(outcome),
            controlNames: controlNames, controls: controls.map(pick), attributed: attributed?.map(pick),
            coverage: pick(coverage),
            notes: dropped == 0 ? notes : notes + ["dropped \(dropped) partial \(dropped == 1 ? "month" : "months") at the ends"])
    }
}
