import Localization

/// One sentence on how a tool's numbers were mapped (units, carryover, period): a catalogue
/// message and its arguments, rendered in the output language with ``text``.
public struct ImportNote: Sendable, Equatable {
    public var message: Message
    public var arguments: [String: String]

    public init(_ message: Message, _ arguments: [String: String] = [:]) {
        self.message = message
        self.arguments = arguments
    }

    /// The sentence in the current language; a `{period}` argument names a ``Period``.
    public var text: String {
        var arguments = arguments
        if let raw = arguments["period"], let period = Period(rawValue: raw) { arguments["period"] = period.name }
        return tr(message, arguments)
    }
}

extension Period {
    /// "week", "周": the period's name in the current language.
    public var name: String {
        switch self {
        case .day: tr(.periodDay)
        case .week: tr(.periodWeek)
        case .month: tr(.periodMonth)
        }
    }
}
