import ArgumentParser
import BudgetModel
import Foundation
import Simulation
import Recommendation
import Fitting
import History
import Localization
import Optimizer
import ModelImport
import Planning

/// Every failure the CLI reports, with its documented exit status.
enum Failure: Error, CustomStringConvertible {
    /// A scenario or plan file that cannot be read or is invalid: exit 2.
    case invalidInput(String)
    /// A valid scenario with no feasible plan: exit 3.
    case infeasible(String)
    /// The solver failed, or an output file could not be written: exit 1.
    case runtime(String)

    var exitCode: Int32 {
        switch self {
        case .runtime: 1
        case .invalidInput: 2
        case .infeasible: 3
        }
    }

    var description: String {
        switch self {
        case let .invalidInput(message), let .infeasible(message), let .runtime(message): message
        }
    }

}

extension Failure {
    /// The failure an error from any module stands for: unreadable or invalid input (scenario,
    /// history, world, data that cannot be fitted) is exit 2, no feasible plan exit 3, a solver
    /// or output failure exit 1. The one place where module errors meet exit codes.
    init(_ error: Error) {
        switch error {
        case let failure as Failure: self = failure
        case let error as ScenarioError: self = .invalidInput(error.description)
        case let error as HistoryError: self = .invalidInput(error.description)
        case let error as FittingError: self = .invalidInput(tr(.errCannotFit, ["message": "\(error)"]))
        case let error as RecommendationError: self = .invalidInput(error.description)
        case let error as ImportError: self = .invalidInput(error.description)
        case let error as OptimizerError:
            switch error {
            case .infeasible: self = .infeasible(error.description)
            case .solverFailed: self = .runtime(error.description)
            }
        case let error as PlanningError:
            switch error {
            case .invalid: self = .invalidInput(error.description)
            case .infeasible: self = .infeasible(error.description)
            case .solverFailed: self = .runtime(error.description)
            }
        case let error as SimulationError:
            switch error {
            case .invalidWorld, .invalidOptions: self = .invalidInput(error.description)
            case .infeasible: self = .infeasible(error.description)
            case .solverFailed: self = .runtime(error.description)
            }
        default: self = .runtime("\(error)")
        }
    }
}

/// Runs a command body in `locale` (its language and units apply to every report and message
/// made inside), turning failures into a message on standard error and the exit status.
/// Standard output stays empty on failure. Usage errors (`ValidationError`) and exit codes
/// pass through to ArgumentParser.
/// Without `locale`, the environment decides (`LC_ALL`, `LC_MESSAGES`, `LANG`), amounts plain.
func runReportingFailures(_ locale: LocaleOptions? = nil, _ body: () throws -> Void) throws {
    let settings = locale?.locale ?? OutputLocale(language: Language.from(environment: ProcessInfo.processInfo.environment))
    try OutputLocale.$current.withValue(settings) {
        do {
            try body()
        } catch let error as ValidationError {
            throw error
        } catch let error as ExitCode {
            throw error
        } catch {
            let failure = Failure(error)
            Streams.writeError(tr(.errorPrefix, ["message": failure.description]) + "\n")
            throw ExitCode(failure.exitCode)
        }
    }
}
