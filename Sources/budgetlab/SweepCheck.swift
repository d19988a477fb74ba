import BudgetModel
import Localization
import Optimizer

/// A sweep with no feasible level is a conflict (exit 3), not a table of blanks.
enum SweepCheck {
    static func requireSomeLevel(_ points: [SweepPoint], scenario: Scenario) throws {
        guard !points.isEmpty, points.allSatisfy({ $0.result == nil }) else { return }
        guard let first = points.first, let failure = first.failure else { throw Failure.infeasible(tr(.sweepNoFeasibleLevel)) }
        throw Failure.infeasible(tr(.sweepNoFeasibleLevelAt, ["budget": formatPlain(first.budget), "reason": failure]))
    }
}
