/// Detects the frequency of a date series and checks the series against it.
///
/// A step between consecutive dates is *regular* for:
/// - daily: 1 day;
/// - weekly: 7 days;
/// - monthly: the next calendar month, both dates on the same day of the month (the *anchor*,
///   the day most dates are on; months too short for it use their last day, so month ends work).
///
/// Detection picks the frequency with the most regular steps (ties go to the finer one).
/// Then every step must be a whole number of periods: a step of several periods is a gap,
/// anything else is an odd row.
struct FrequencyCheck {
    let file: String
    let column: String

    /// The frequency of `observations` (in date order, no duplicates).
    ///
    /// - Parameter expected: The user's override, checked against the data; `nil` to detect.
    /// - Throws: ``HistoryError`` on the date column naming the first odd row, the two dates
    ///   around the first gap, or a `YYYY-MM` date in data that is not monthly.
    func resolve(_ observations: [Observation], expected: Frequency?) throws(HistoryError) -> Frequency {
        let anchor = monthlyAnchor(observations.map(\.date))
        let frequency: Frequency
        if let expected { frequency = expected } else { frequency = try detect(observations, anchor: anchor) }
        let how = expected == nil ? "detected from most steps" : "as set"
        if frequency != .monthly, let odd = observations.first(where: \.monthOnly) {
            throw error(odd, "\(odd.date.yearMonth) names a month, but the data is \(frequency) (\(how))")
        }
        if frequency == .monthly, let odd = observations.first(where: { !onAnchor($0.date, anchor) }) {
            let rule = anchor <= 28 ? "day \(anchor)" : "day \(anchor) (or the last day of shorter months)"
            throw error(odd, "\(odd.date) is on day \(odd.date.day) of its month, but most monthly rows are on \(rule) (monthly \(how))")
        }
        if frequency == .weekly {
            for (previous, next) in zip(observations, observations.dropFirst()) where previous.date.distance(to: next.date) % 7 != 0 {
                throw error(
                    next, "\(next.date) is \(days(previous.date.distance(to: next.date))) after \(previous.date) "
                        + "(row \(previous.row)); weekly data has steps of 7 days (weekly \(how))")
            }
        }
        for (previous, next) in zip(observations, observations.dropFirst()) {
            let missing = periods(from: previous.date, to: next.date, frequency) - 1
            if missing > 0 {
                throw error(
                    next, "gap between \(previous.date) (row \(previous.row)) and \(next.date) (row \(next.row)): "
                        + "\(missing) missing \(frequency.unit)\(missing == 1 ? "" : "s")")
            }
        }
        return frequency
    }

    /// The frequency with the most regular steps; a single `YYYY-MM` row is monthly.
    ///
    /// - Throws: ``HistoryError`` when no step is regular, or for a single row with a full date.
    private func detect(_ observations: [Observation], anchor: Int) throws(HistoryError) -> Frequency {
        let dates = observations.map(\.date)
        if let frequency = mostRegular(dates, anchor: anchor) { return frequency }
        guard observations.count > 1 else {
            guard observations[0].monthOnly else {
                throw error(observations[0], "cannot detect the frequency from a single row; set frequency")
            }
            return .monthly
        }
        throw error(
            observations[1],
            "cannot detect the frequency: \(dates[1]) is \(days(dates[0].distance(to: dates[1]))) after \(dates[0]) "
                + "(row \(observations[0].row)), and no spacing of 1 day (daily), 7 days (weekly) or one calendar month "
                + "(monthly) is common; set frequency")
    }

    /// The frequency with the most regular steps, or `nil` when no step is regular.
    private func mostRegular(_ dates: [Day], anchor: Int) -> Frequency? {
        var counts: [Frequency: Int] = [:]
        for (a, b) in zip(dates, dates.dropFirst()) {
            let step = a.distance(to: b)
            if step == 1 {
                counts[.daily, default: 0] += 1
            } else if step == 7 {
                counts[.weekly, default: 0] += 1
            } else if b.yearMonth.index - a.yearMonth.index == 1, onAnchor(a, anchor), onAnchor(b, anchor) {
                counts[.monthly, default: 0] += 1
            }
        }
        guard let most = counts.values.max() else { return nil }
        return Frequency.allCases.first { counts[$0] == most }
    }

    /// Whole periods from `a` to `b` (1 for consecutive periods).
    private func periods(from a: Day, to b: Day, _ frequency: Frequency) -> Int {
        switch frequency {
        case .daily: a.distance(to: b)
        case .weekly: a.distance(to: b) / 7
        case .monthly: b.yearMonth.index - a.yearMonth.index
        }
    }

    /// The day of the month most dates are on, counting a month's last day as on every later
    /// day (2024-02-29 is on day 30 and 31 too); ties go to the earlier day.
    private func monthlyAnchor(_ dates: [Day]) -> Int {
        let counts = (1...31).map { anchor in dates.count(where: { onAnchor($0, anchor) }) }
        return counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }! + 1
    }

    private func onAnchor(_ date: Day, _ anchor: Int) -> Bool {
        date.day == min(anchor, date.yearMonth.dayCount)
    }

    private func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }

    private func error(_ observation: Observation, _ message: String) -> HistoryError {
        HistoryError(file: file, row: observation.row, column: column, message: message)
    }
}
