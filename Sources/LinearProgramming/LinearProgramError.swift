/// Everything that can be wrong with a program or the options before GLPK is called.
///
/// GLPK calls `abort()` on invalid arguments, which would end the whole process; this module
/// checks every argument in Swift first and throws one of these instead.
public enum LinearProgramError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The program has no variables.
    case emptyModel
    /// A variable or row name is empty or longer than GLPK's 255 bytes.
    case invalidName(kind: String, name: String)
    /// Two variables, or two rows, share a name.
    case duplicateName(kind: String, name: String)
    /// A bound, coefficient or option is NaN or infinite; `field` says which.
    case nonFinite(field: String)
    /// A bound or coefficient is larger in magnitude than ``LinearProgram/largestMagnitude``.
    case outOfRange(field: String, value: Double)
    /// A lower bound is above the upper bound.
    case invertedBounds(kind: String, name: String, lower: Double, upper: Double)
    /// An integer variable has a bound that is not a whole number (or a binary one outside [0, 1]).
    case nonIntegralBounds(variable: String)
    /// A row refers to a variable index that is not in the program.
    case unknownVariable(row: String, index: Int)
    /// More variables, rows or coefficients than GLPK's `int` indices can address.
    case tooLarge(what: String)
    /// A solver option is out of its range.
    case invalidOption(name: String, reason: String)

    public var description: String {
        switch self {
        case .emptyModel:
            return "the program has no variables"
        case let .invalidName(kind, name):
            return "\(kind) name '\(name)' must be 1 to 255 bytes long"
        case let .duplicateName(kind, name):
            return "two \(kind)s are named '\(name)'"
        case let .nonFinite(field):
            return "\(field) is not a finite number"
        case let .outOfRange(field, value):
            return "\(field) is \(value), beyond the ±\(LinearProgram.largestMagnitude) GLPK can take"
        case let .invertedBounds(kind, name, lower, upper):
            return "\(kind) '\(name)' has lower bound \(lower) above upper bound \(upper)"
        case let .nonIntegralBounds(variable):
            return "integer variable '\(variable)' needs whole-number bounds (binary: within [0, 1])"
        case let .unknownVariable(row, index):
            return "row '\(row)' refers to variable #\(index), which is not in the program"
        case let .tooLarge(what):
            return "too many \(what) for GLPK"
        case let .invalidOption(name, reason):
            return "solver option \(name): \(reason)"
        }
    }
}
