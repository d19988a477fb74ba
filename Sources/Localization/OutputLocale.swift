/// The language of every human-facing text BudgetLab writes.
public enum Language: String, CaseIterable, Sendable {
    /// English (the default).
    case en
    /// Simplified Chinese.
    case zh

    /// The language a POSIX locale environment asks for: the first non-empty of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` decides (POSIX precedence); `zh`, `zh_CN.UTF-8`, `zh-Hans`
    /// and the like mean Chinese, anything else English.
    ///
    /// - Parameter environment: The process environment (`ProcessInfo.processInfo.environment`).
    public static func from(environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .zh : .en
        }
        return .en
    }
}

/// How amounts are shown to people (machine-readable output is never affected).
public enum AmountUnits: String, CaseIterable, Sendable {
    /// Plain grouped numbers: `1,234,568`.
    case plain
    /// 万 (10⁴) and 亿 (10⁸): `123.46万`, `1.2亿`.
    case wan
}

/// The language and units reports and messages are written in.
///
/// The command line sets it once, around a command's run, with
/// `OutputLocale.$current.withValue(locale) { ... }`; everything below reads ``current``.
/// It is a task-local value (scoped, inherited by child tasks), not a mutable global: code
/// run outside any such scope, tests included, sees English with plain amounts.
public struct OutputLocale: Sendable, Equatable {
    public var language: Language
    public var units: AmountUnits

    public init(language: Language = .en, units: AmountUnits = .plain) {
        self.language = language
        self.units = units
    }

    /// The locale in force for the current task.
    @TaskLocal public static var current = OutputLocale()

    /// Runs `body` with `language` in force (units unchanged): `OutputLocale.using(.zh) { ... }`.
    public static func using<T>(_ language: Language, _ body: () throws -> T) rethrows -> T {
        var locale = current
        locale.language = language
        return try $current.withValue(locale, operation: body)
    }
}
