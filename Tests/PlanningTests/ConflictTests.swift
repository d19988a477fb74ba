import BudgetModel
import Optimizer
import Testing
@testable import Planning

/// A horizon with no feasible plan: the message names the conflicting rules and the month.
@Suite struct ConflictTests {
    @Test func conflictNamesTheMonth() throws {
        let yaml = """
            name: too little in March
            channels:
              - { name: a, min: 30, curve: { type: log, beta: 100, scale: 50 } }
              - { name: b, min: 30, curve: { type: log, beta: 100, scale: 50 } }
            horizon:
              start: 2027-01
              months: 3
              budget: { per_month: [100, 100, 50] }
            """
        do {
            _ = try plan(yaml)
            Issue.record("expected no feasible plan")
        } catch let error as PlanningError {
            guard case let .infeasible(message) = error else { Issue.record("\(error)"); return }
            #expect(message.contains("budget in 2027-03"), "\(message)")
            #expect(message.contains("a in 2027-03 min"), "\(message)")
            #expect(!message.contains("2027-01"), "\(message)")
        }
    }
}
