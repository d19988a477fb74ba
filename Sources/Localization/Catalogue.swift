/// Every human-facing text BudgetLab writes, in every language: one entry per ``Message``,
/// an English and a Simplified Chinese template with `{name}` placeholders.
///
/// The entries are grouped by area in `Catalogue+*.swift` files (plans, learning, errors, usage,
/// simulation, datasets, horizon, imports, import errors, charts, uncertainty).
/// To add a message: add a case to ``Message`` (in its area's section), add its entry with
/// both templates to the area's table, and call `tr(.yourMessage, ["name": value])`.
/// `LocalizationTests` fails when a case has no entry, an entry has an empty or missing
/// Chinese template, or the two templates' placeholders differ.
public enum Catalogue {
    /// An English and a Chinese template.
    typealias Entry = (en: String, zh: String)

    /// All areas' entries in one table (a key in two areas is reported by ``duplicates``).
    static let entries: [Message: Entry] = [plans, learning, errors, imports, charts, uncertainty, usage, simulation, datasets, importErrors, horizon].reduce(into: [:]) { table, area in
        table.merge(area) { first, _ in first }
    }

    /// Keys present in more than one area's table.
    public static var duplicates: [Message] {
        let all = [plans, learning, errors, imports, charts, uncertainty, usage, simulation, datasets, importErrors, horizon].flatMap(\.keys)
        return Message.allCases.filter { key in all.filter { $0 == key }.count > 1 }
    }

    /// The template of `message` in `language`; the English one (then the key itself) when
    /// an entry is missing, so output never loses a message.
    static func template(_ message: Message, _ language: Language) -> String {
        guard let entry = entries[message] else { return message.rawValue }
        switch language {
        case .en: return entry.en
        case .zh: return entry.zh.isEmpty ? entry.en : entry.zh
        }
    }

    /// The raw template of `message` in `language`, or `nil` when the catalogue has none
    /// (for tests and tools that check the catalogue).
    public static func rawTemplate(_ message: Message, _ language: Language) -> String? {
        guard let entry = entries[message] else { return nil }
        let text = language == .en ? entry.en : entry.zh
        return text.isEmpty ? nil : text
    }

    /// The `{name}` placeholders of a template, sorted.
    public static func placeholders(_ template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names.sorted()
    }
}
