import BudgetModel
import Optimizer

/// A sweep with no feasible level is a conflict (exit 3), not a table of blanks.
enum SweepCheck {
    static func requireSomeLevel(_ points: [SweepPoint], scenario: Scenario) throws {
        guard !points.isEmpty, points.allSatisfy({ $0.result == nil }) else { return }
        let why = points.first?.failure.map { ": at \(formatPlain(points[0].budget)), \($0)" } ?? ""
        throw Failure.infeasible("no budget level in the sweep has a feasible plan\(why)")
    }
}
