/// The text of `message` in the current language (``OutputLocale/current``), with each
/// `{name}` placeholder replaced by `arguments["name"]`.
///
/// A placeholder without an argument is left as written, so a missing argument shows up in
/// the text instead of vanishing; `Catalogue` tests check that every template's placeholders
/// are the same in every language.
public func tr(_ message: Message, _ arguments: [String: String] = [:]) -> String {
    tr(message, arguments, in: OutputLocale.current.language)
}

/// The text of `message` in `language`.
public func tr(_ message: Message, _ arguments: [String: String] = [:], in language: Language) -> String {
    let template = Catalogue.template(message, language)
    guard template.contains("{") else { return template }
    var result = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
        result += rest[..<open]
        guard let close = rest[open...].firstIndex(of: "}") else { break }
        let name = String(rest[rest.index(after: open)..<close])
        result += arguments[name] ?? String(rest[open...close])
        rest = rest[rest.index(after: close)...]
    }
    return result + rest
}

/// Every language's text of `message` (for reading back a file written in any language).
public func allTranslations(_ message: Message) -> [String] {
    Language.allCases.map { tr(message, in: $0) }
}
