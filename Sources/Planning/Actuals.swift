import BudgetModel
import Foundation
import Localization

/// What was actually spent (and, optionally, achieved) in the first months of a horizon.
///
/// Read from CSV with the header `month,channel,spend` or `month,channel,spend,outcome`;
/// `month` is `YYYY-MM` (with `horizon.start`) or the 1-based month number. The months given
/// must be the first months of the horizon, each with one row per channel.
public struct Actuals: Sendable, Equatable {
    /// `spend[t][i]` for the months already spent.
    public let spend: [[Double]]
    /// `outcome[t][i]` when the file gives outcomes (a missing cell is `nil`).
    public let outcome: [[Double?]]

    public init(spend: [[Double]], outcome: [[Double?]]) {
        self.spend = spend
        self.outcome = outcome
    }

    /// Parses actuals for a horizon scenario.
    ///
    /// - Parameters:
    ///   - text: The CSV text (a UTF-8 byte-order mark is allowed).
    ///   - file: The name used in messages.
    /// - Throws: ``PlanningError/invalid(_:)`` naming the file, line and field.
    public static func parse(_ text: String, file: String, scenario: Scenario, horizon: Horizon) throws(PlanningError) -> Actuals {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0].removeFirst() }
        func fail(_ line: Int, _ message: String) -> PlanningError { .invalid("\(file):\(line): \(message)") }
        guard let header = lines.first.map(fields) else { throw .invalid("\(file): " + tr(.errEmptyFile)) }
        guard header == ["month", "channel", "spend"] || header == ["month", "channel", "spend", "outcome"] else {
            throw fail(1, tr(.acHeader))
        }
        var spend: [Int: [Int: Double]] = [:]
        var outcome: [Int: [Int: Double]] = [:]
        let channelIndices = scenario.channelIndices  // one table, not a search per line
        for (offset, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let number = offset + 1
            let cells = fields(line)
            guard cells.count == header.count || (cells.count == 3 && header.count == 4) else {
                throw fail(number, tr(.acFields, ["expected": "\(header.count)", "count": "\(cells.count)"]))
            }
            let t = try month(cells[0], horizon: horizon) { fail(number, $0) }
            guard let i = channelIndices[Scenario.normalizedName(cells[1])] else { throw fail(number, tr(.errUnknownChannel, ["name": cells[1]])) }
            guard let x = Double(cells[2]), x.isFinite, x >= 0 else { throw fail(number, tr(.acNonNegative, ["field": "spend", "value": cells[2]])) }
            guard spend[t]?[i] == nil else { throw fail(number, tr(.acSecondRow, ["channel": cells[1], "month": horizon.label(t)])) }
            spend[t, default: [:]][i] = x
            if cells.count == 4, !cells[3].isEmpty {
                guard let y = Double(cells[3]), y.isFinite, y >= 0 else { throw fail(number, tr(.acNonNegative, ["field": "outcome", "value": cells[3]])) }
                outcome[t, default: [:]][i] = y
            }
        }
        let count = spend.count
        guard count > 0 else { throw .invalid("\(file): " + tr(.acNoRows)) }
        var table: [[Double]] = []
        for t in 0..<count {
            guard let row = spend[t] else {
                throw .invalid("\(file): " + tr(.acGap, ["month": horizon.label(t)]))
            }
            for (i, channel) in scenario.channels.enumerated() where row[i] == nil {
                throw .invalid("\(file): " + tr(.acNoChannelRow, ["month": horizon.label(t), "channel": channel.name]))
            }
            table.append(scenario.channels.indices.map { row[$0]! })
        }
        guard count < horizon.months else { throw .invalid("\(file): " + tr(.acAllSpent)) }
        let outcomes = (0..<count).map { t in scenario.channels.indices.map { outcome[t]?[$0] } }
        return Actuals(spend: table, outcome: outcomes)
    }

    /// Reads actuals from a file.
    public static func load(path: String, scenario: Scenario, horizon: Horizon) throws(PlanningError) -> Actuals {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw .invalid("\(path): " + tr(.acCannotRead))
        }
        return try parse(text, file: path, scenario: scenario, horizon: horizon)
    }

    private static func month(_ text: String, horizon: Horizon, fail: (String) -> PlanningError) throws(PlanningError) -> Int {
        if let number = Int(text) {
            guard (1...horizon.months).contains(number) else { throw fail(tr(.hzMonthOutside, ["number": "\(number)", "months": "\(horizon.months)"])) }
            return number - 1
        }
        guard let label = MonthLabel(text) else { throw fail(tr(.hzExpectedMonthOrNumber, ["value": text])) }
        guard let start = horizon.start else { throw fail(tr(.acNeedsStart)) }
        let t = start.distance(to: label)
        guard (0..<horizon.months).contains(t) else { throw fail(tr(.acOutside, ["month": text])) }
        return t
    }

    /// Comma-separated fields, trimmed, with surrounding double quotes removed.
    private static func fields(_ line: String) -> [String] {
        line.split(separator: ",", omittingEmptySubsequences: false).map { field in
            var text = field.trimmingCharacters(in: .whitespaces)
            if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") { text = String(text.dropFirst().dropLast()) }
            return text
        }
    }
}
