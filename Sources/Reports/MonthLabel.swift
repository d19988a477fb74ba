import Localization

/// The month label people read. A horizon without `start` names its months `month 1`,
/// `month 2`, … (``Horizon/label(_:)``); tables, sentences and charts show that in the current
/// language (`第 3 个月`), while JSON and the raw values of CSV keep the label as written.
/// A `YYYY-MM` label is shown as it is.
enum MonthLabel {
    static func shown(_ label: String) -> String {
        guard label.hasPrefix("month "), let number = Int(label.dropFirst(6)) else { return label }
        return tr(.planMonthNumber, ["number": "\(number)"])
    }
}
