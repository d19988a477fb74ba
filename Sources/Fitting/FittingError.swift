import Localization

/// Everything that can stop a fit: bad input, too little data, or a numerical failure.
public enum FittingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input is malformed: series of different lengths, negative or non-finite values,
    /// an out-of-range option. `reason` names the field.
    case invalidInput(String)
    /// Fewer periods than the model needs: `needed` to fit (after the hold-out), `got` available.
    case tooFewPeriods(needed: Int, got: Int)
    /// A channel never spends in the periods being fitted, so its effect cannot be estimated.
    case noSpend(channel: String)
    /// A linear system that must be solved is singular (columns that are exact combinations of
    /// each other, such as a control that copies the trend). `what` names the system.
    case singular(String)
    /// A cell far outside its column's usual range (see ``DataScreen``): `period` is the
    /// 0-based row of the data, `median` the median of the column's non-zero magnitudes.
    case extremeValue(column: String, period: Int, value: Double, median: Double)

    public var description: String {
        switch self {
        case let .invalidInput(reason):
            return tr(.fitInvalidInput, ["reason": reason])
        case let .tooFewPeriods(needed, got):
            return tr(.fitTooFewPeriods, ["needed": "\(needed)", "got": "\(got)"])
        case let .noSpend(channel):
            return tr(.fitNoSpend, ["channel": channel])
        case let .singular(what):
            return tr(.fitSingular, ["what": what])
        case let .extremeValue(column, period, value, median):
            return tr(.fitExtremeValue, ["column": column, "period": "\(period + 1)", "value": "\(value)", "median": "\(median)"])
        }
    }
}
