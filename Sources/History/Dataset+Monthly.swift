extension Dataset {
    /// Sums the data per calendar month.
    ///
    /// Each period covers the days given by ``span(ofPeriod:)``. A period's spend, outcome and
    /// attributed outcome are split over the months it touches pro rata by days: a week
    /// starting 2024-01-29 with spend 700 gives 700 · 3/7 = 300 to January (29–31) and
    /// 700 · 4/7 = 400 to February (1–4). Daily and monthly rows fall in one month whole.
    /// Controls are averaged over the covered days of the month (day-weighted), not summed.
    ///
    /// - Returns: One entry per month with at least one covered day; ``MonthlyDataset/coverage``
    ///   is the covered share of each month's days.
    public func monthly() -> MonthlyDataset {
        var totals: [YearMonth: MonthTotals] = [:]
        for period in periods.indices {
            let span = span(ofPeriod: period)
            for (month, days) in Self.split(first: span.first, days: span.days) {
                let share = { (value: Double) in value * Double(days) / Double(span.days) }
                var entry = totals[month] ?? MonthTotals(channels: channels.count, controls: controlNames.count)
                entry.days += days
                entry.outcome += share(outcome[period])
                for c in channels.indices {
                    entry.spend[c] += share(spend[c][period])
                    if let attributed { entry.attributed[c] += share(attributed[c][period]) }
                }
                for k in controlNames.indices { entry.controlDaySums[k] += controls[k][period] * Double(days) }
                totals[month] = entry
            }
        }
        let months = totals.keys.sorted()
        let entries = months.map { totals[$0]! }
        return MonthlyDataset(
            months: months, channels: channels,
            spend: channels.indices.map { c in entries.map { $0.spend[c] } },
            outcome: entries.map(\.outcome), controlNames: controlNames,
            controls: controlNames.indices.map { k in entries.map { $0.controlDaySums[k] / Double($0.days) } },
            attributed: attributed == nil ? nil : channels.indices.map { c in entries.map { $0.attributed[c] } },
            coverage: zip(months, entries).map { Double($1.days) / Double($0.dayCount) },
            notes: notes + Self.monthNotes(months, entries))
    }

    /// The months a run of `days` days starting at `first` touches, with the days in each.
    static func split(first: Day, days: Int) -> [(month: YearMonth, days: Int)] {
        var result: [(YearMonth, Int)] = []
        var day = first
        var remaining = days
        while remaining > 0 {
            let inMonth = min(remaining, day.yearMonth.dayCount - day.day + 1)
            result.append((day.yearMonth, inMonth))
            remaining -= inMonth
            day = day.advanced(by: inMonth)
        }
        return result
    }

    private static func monthNotes(_ months: [YearMonth], _ entries: [MonthTotals]) -> [String] {
        var notes: [String] = []
        let partial = zip(months, entries).filter { $1.days < $0.dayCount }
        if !partial.isEmpty {
            let items = partial.map { "\($0) (\($1.days) of \($0.dayCount) days)" }
            notes.append("partial months (days covered): \(Notes.list(items))")
        }
        var absent: [String] = []
        for (month, next) in zip(months, months.dropFirst()) {
            var gap = month.next
            while gap < next {
                absent.append(gap.description)
                gap = gap.next
            }
        }
        if !absent.isEmpty { notes.append("no data for months (all their periods were skipped): \(Notes.list(absent))") }
        return notes
    }
}

/// Running sums for one month.
private struct MonthTotals {
    /// Days covered.
    var days = 0
    var outcome = 0.0
    var spend: [Double]
    var attributed: [Double]
    /// Σ control value × days, divided by `days` at the end.
    var controlDaySums: [Double]

    init(channels: Int, controls: Int) {
        spend = Array(repeating: 0, count: channels)
        attributed = Array(repeating: 0, count: channels)
        controlDaySums = Array(repeating: 0, count: controls)
    }
}
