import ArgumentParser
import BudgetModel
import Foundation
import Optimizer

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

    init(_ error: OptimizerError) {
        switch error {
        case .infeasible: self = .infeasible(error.description)
        case .solverFailed: self = .runtime(error.description)
        }
    }
}

/// Runs a command body, turning failures into a message on standard error and the exit status.
/// Standard output stays empty on failure.
func runReportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as Failure {
        FileHandle.standardError.write(Data("budgetlab: error: \(failure)\n".utf8))
        throw ExitCode(failure.exitCode)
    } catch let error as ScenarioError {
        FileHandle.standardError.write(Data("budgetlab: error: \(error)\n".utf8))
        throw ExitCode(2)
    } catch let error as OptimizerError {
        let failure = Failure(error)
        FileHandle.standardError.write(Data("budgetlab: error: \(failure)\n".utf8))
        throw ExitCode(failure.exitCode)
    }
}
