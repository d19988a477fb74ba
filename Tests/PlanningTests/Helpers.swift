import BudgetModel
import Optimizer
@testable import Planning

/// Parses a scenario and plans it.
func plan(_ yaml: String, tolerance: Double = 1e-6) throws -> AnnualPlan {
    try Planner(options: OptimizerOptions(tolerance: tolerance)).plan(Scenario.parse(yaml: yaml))
}

extension AnnualPlan {
    /// `spend[t][i]`.
    var spend: [[Double]] { months.map { $0.channels.map(\.spend) } }
}
