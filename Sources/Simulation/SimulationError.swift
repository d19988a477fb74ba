import Localization

/// Why a simulation could not run. The CLI maps ``invalidWorld(_:)`` and
/// ``invalidOptions(_:)`` to exit status 2, ``infeasible(month:reason:)`` to 3 and
/// ``solverFailed(_:)`` to 1.
public enum SimulationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The world cannot be built: a world file, a history that cannot be fitted, a setting that
    /// does not fit the world (an unknown channel in `drift`, a non-positive multiplier). The
    /// message names the file or the setting.
    case invalidWorld(String)
    /// The simulation settings are wrong: unknown strategy, no seeds, a strategy that needs
    /// data the world does not have.
    case invalidOptions(String)
    /// A month's rules admit no plan at all (found while planning the oracle); `month` is its
    /// label, `reason` names the conflicting rules.
    case infeasible(month: String, reason: String)
    /// The optimiser failed (GLPK error or time limit) on a plan the simulation needs.
    case solverFailed(String)

    public var description: String {
        switch self {
        case let .invalidWorld(message), let .invalidOptions(message): message
        case let .infeasible(month, reason): tr(.simMonthPrefix, ["month": month, "reason": reason])
        case let .solverFailed(message): tr(.simSolverFailed, ["message": message])
        }
    }
}
