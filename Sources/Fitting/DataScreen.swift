import Foundation

/// Checks a media-mix input before fitting: extreme cells are errors (unless allowed);
/// controls and channels that no training window can inform are dropped with a note.
///
/// "Training windows" are the periods the hold-out fit learns from (all but the hold-out)
/// and all periods. In either window:
/// - a control that is all zero or constant cannot be told from the intercept, and one that
///   equals (or is proportional to, plus a constant) an earlier control or the trend cannot
///   be told from it: both are dropped;
/// - a channel with no spend, or the same spend every period, cannot be told from the
///   baseline, and one whose spend is proportional to an earlier channel's cannot be told
///   from it: it is left out (its effect, if any, goes to the baseline or to that channel).
///
/// **Extreme cells.** A non-zero value of a spend, outcome or control column is extreme when
/// `|x| > 10⁴·m` or `|x| < 10⁻⁸·m`, m the median of the column's non-zero absolute values: a
/// typo (a spend entered in cents in one row), an overflow, or a unit mix-up, which would
/// otherwise set a channel's scale silently. Fits stop with the row and column unless
/// ``MMMOptions/allowExtremeValues`` is set.
struct DataScreen {
    /// The input without the dropped columns (experiments on dropped channels removed too).
    let input: MMMInput
    /// For each channel of the original input, its index in ``input`` (nil: left out).
    let channelIndex: [Int?]
    /// One note per dropped column, naming it and saying why.
    let notes: [String]

    static let extremeRatio = 1e4
    static let tinyRatio = 1e-8

    init(_ original: MMMInput, training: Int, allowExtreme: Bool) throws {
        if !allowExtreme { try Self.checkExtremes(original) }
        let windows = [training, original.periods].filter { $0 > 0 }
        let y = original.outcome.prefix(training)
        guard let first = y.first, y.contains(where: { $0 != first }) else {
            throw FittingError.invalidInput(
                "the outcome is the same in every fitted period (\(original.outcome.first ?? 0)): no channel's effect can be measured")
        }
        var notes: [String] = []
        let trend = (0..<original.periods).map(Double.init)
        var keptControls: [Int] = []
        for (j, name) in original.controlNames.enumerated() {
            let others = [("the trend", trend)] + keptControls.map { (original.controlNames[$0], original.controls[$0]) }
            if let reason = Self.problem(original.controls[j], windows: windows, others: others) {
                notes.append("control '\(name)' dropped: \(reason)")
            } else {
                keptControls.append(j)
            }
        }
        var keptChannels: [Int] = []
        for (i, name) in original.channels.enumerated() {
            let others = keptChannels.map { (original.channels[$0], original.spend[$0]) }
            if let reason = Self.problem(original.spend[i], windows: windows, others: others) {
                notes.append("channel '\(name)' left out: \(reason); its effect cannot be measured from this data")
            } else {
                keptChannels.append(i)
            }
        }
        guard !keptChannels.isEmpty else {
            throw FittingError.invalidInput("no channel's spend varies in the fitted periods: " + notes.joined(separator: "; "))
        }
        let kept = keptChannels.map { original.channels[$0] }
        for test in original.experiments where !kept.contains(test.channel) {
            notes.append("the experiment on '\(test.channel)' is not used: the channel is left out")
        }
        var input = try MMMInput(
            channels: kept, spend: keptChannels.map { original.spend[$0] }, outcome: original.outcome,
            controlNames: keptControls.map { original.controlNames[$0] }, controls: keptControls.map { original.controls[$0] },
            periodsPerYear: original.periodsPerYear)
        input.experiments = original.experiments.filter { kept.contains($0.channel) }
        self.input = input
        self.channelIndex = original.channels.indices.map { keptChannels.firstIndex(of: $0) }
        self.notes = notes
    }

    /// Why a column cannot be used in some window, or nil.
    static func problem(_ column: [Double], windows: [Int], others: [(String, [Double])]) -> String? {
        for rows in windows {
            let part = column.prefix(rows)
            let scope = rows == column.count ? "" : " in the first \(rows) periods (before the hold-out)"
            if part.allSatisfy({ $0 == 0 }) { return "all zero\(scope)" }
            if let first = part.first, part.allSatisfy({ $0 == first }) { return "the same value in every period\(scope)" }
            for (name, other) in others where abs(correlation(part, other.prefix(rows))) > 1 - 1e-10 {
                return "it moves exactly with \(name)\(scope)"
            }
        }
        return nil
    }

    static func correlation(_ a: ArraySlice<Double>, _ b: ArraySlice<Double>) -> Double {
        let n = Double(a.count)
        let ma = a.reduce(0, +) / n
        let mb = b.reduce(0, +) / n
        var (ab, aa, bb) = (0.0, 0.0, 0.0)
        for (x, y) in zip(a, b) {
            ab += (x - ma) * (y - mb)
            aa += (x - ma) * (x - ma)
            bb += (y - mb) * (y - mb)
        }
        return aa > 0 && bb > 0 ? ab / (aa * bb).squareRoot() : 0
    }

    /// Throws ``FittingError/extremeValue(column:period:value:median:)`` for the first extreme cell.
    static func checkExtremes(_ input: MMMInput) throws {
        let columns = zip(input.channels, input.spend).map { ("spend of '\($0)'", $1) }
            + [("outcome", input.outcome)] + zip(input.controlNames, input.controls).map { ("control '\($0)'", $1) }
        for (name, column) in columns {
            let magnitudes = column.map(abs).filter { $0 > 0 }.sorted()
            guard !magnitudes.isEmpty else { continue }
            let median = magnitudes[magnitudes.count / 2]
            for (t, x) in column.enumerated() where x != 0 && (abs(x) > extremeRatio * median || abs(x) < tinyRatio * median) {
                throw FittingError.extremeValue(column: name, period: t, value: x, median: median)
            }
        }
    }
}
