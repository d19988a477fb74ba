import BudgetModel
import CSV
import Foundation
import Localization
import Yams

/// Reads a plan (spend per channel, aligned with the scenario's channels) from YAML or JSON,
/// or from a CSV exported by `--format csv` and possibly edited in a spreadsheet.
enum PlanFile {
    static func read(_ path: String, for scenario: Scenario) throws -> [Double] {
        guard let data = FileManager.default.contents(atPath: path), var text = String(data: data, encoding: .utf8) else {
            throw Failure.invalidInput(tr(.errCannotReadPlan, ["file": path]))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let amounts = path.lowercased().hasSuffix(".csv")
            ? try csvAmounts(text, path: path, scenario: scenario) : try yamlAmounts(text, path: path)
        var byChannel: [String: Double] = [:]
        // A channel by name (NFC), else by its `label` (a spreadsheet may show labels).
        let names = scenario.channelIndices
        var labels: [String: Int] = [:]
        for (i, channel) in scenario.channels.enumerated() where channel.label != nil && labels[channel.label!] == nil {
            labels[channel.label!] = i
        }
        for (name, spend) in amounts {
            guard let index = names[Scenario.normalizedName(name)] ?? labels[name] else {
                throw Failure.invalidInput(tr(.errPlanUnknownChannel, ["file": path, "name": name]))
            }
            let channel = scenario.channels[index].name
            guard byChannel.updateValue(spend, forKey: channel) == nil else {
                throw Failure.invalidInput(tr(.errPlanDuplicate, ["file": path, "name": channel]))
            }
        }
        return try scenario.channels.map { channel in
            guard let spend = byChannel[channel.name] else {
                throw Failure.invalidInput(tr(.errPlanMissingChannel, ["file": path, "name": channel.name]))
            }
            guard spend.isFinite, spend >= 0 else {
                throw Failure.invalidInput(tr(.errPlanNegative, ["file": path, "name": channel.name]))
            }
            return spend
        }
    }

    /// `channel: spend` pairs from a mapping, or from an object with a `channels` list.
    private static func yamlAmounts(_ text: String, path: String) throws -> [(String, Double)] {
        let document: Any?
        do { document = try Yams.load(yaml: text) } catch {
            throw Failure.invalidInput(tr(.errPlanNotYAML, ["file": path, "detail": "\(error)"]))
        }
        if let object = document as? [String: Any], let channels = object["channels"] as? [[String: Any]] {
            return try channels.enumerated().map { index, entry in
                guard let name = entry["name"] as? String, let spend = number(entry["spend"]) else {
                    throw Failure.invalidInput(tr(.errPlanEntry, ["file": path, "index": "\(index)"]))
                }
                return (name, spend)
            }
        }
        guard let object = document as? [String: Any] else {
            throw Failure.invalidInput(tr(.errPlanShape, ["file": path]))
        }
        return try object.keys.sorted().map { name in
            guard let spend = number(object[name]) else {
                throw Failure.invalidInput(tr(.errPlanNumber, ["file": path, "name": name, "value": "\(object[name] ?? "")"]))
            }
            return (name, spend)
        }
    }

    /// The rows of the first CSV table that has a channel column and a spend column (headings
    /// in any language BudgetLab writes; `Spend (CNY)` matches `Spend`); the total row and
    /// empty rows are skipped.
    private static func csvAmounts(_ text: String, path: String, scenario: Scenario) throws -> [(String, Double)] {
        let rows: [[String]]
        do {
            rows = Array(try CSVReader(string: text)).map { $0.map { $0.trimmingCharacters(in: .whitespaces) } }
        } catch {
            throw Failure.invalidInput(tr(.errPlanNotYAML, ["file": path, "detail": "\(error)"]))
        }
        let channelTitles = Set(allTranslations(.columnChannel))
        let totals = Set(allTranslations(.total))
        var index = 0
        while index < rows.count {
            let header = rows[index]
            index += 1
            guard let channelColumn = header.firstIndex(where: channelTitles.contains),
                let spendColumn = spendColumn(header)
            else { continue }
            var amounts: [(String, Double)] = []
            while index < rows.count, rows[index].contains(where: { !$0.isEmpty }) {
                let row = rows[index]
                index += 1
                let name = row.indices.contains(channelColumn) ? row[channelColumn] : ""
                guard !name.isEmpty, !totals.contains(name) else { continue }
                let cell = row.indices.contains(spendColumn) ? row[spendColumn] : ""
                guard let spend = number(cell) else {
                    throw Failure.invalidInput(tr(.errPlanNumber, ["file": path, "name": name, "value": cell]))
                }
                amounts.append((name, spend))
            }
            return amounts
        }
        throw Failure.invalidInput(tr(.errPlanCSVColumns, [
            "file": path, "channel": allTranslations(.columnChannel).joined(separator: "/"),
            "spend": allTranslations(.columnSpend).joined(separator: "/"),
            "recommended": allTranslations(.columnRecommended).joined(separator: "/"),
        ]))
    }

    /// The spend column: `Spend`, else `Recommended` (a recommendation's export), with or
    /// without a currency suffix such as ` (CNY)`.
    private static func spendColumn(_ header: [String]) -> Int? {
        for message in [Message.columnSpend, .columnRecommended] {
            let titles = allTranslations(message)
            if let column = header.firstIndex(where: { title in
                titles.contains { title == $0 || title.hasPrefix($0 + " (") }
            }) {
                return column
            }
        }
        return nil
    }

    /// A number from YAML, JSON or a spreadsheet cell: `300000`, `300,000`, `3e5`, `30万`.
    static func number(_ value: Any?) -> Double? {
        switch value {
        case let value as Double: return value
        case let value as Int: return Double(value)
        case let text as String:
            let plain = text.replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespaces)
            guard !plain.isEmpty else { return nil }
            return ChineseAmount.parse(plain) ?? Double(plain)
        default: return nil
        }
    }
}
