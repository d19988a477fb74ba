import BudgetModel
import LinearProgramming

/// Names the rules that cannot hold together when a scenario has no feasible plan.
///
/// A deletion filter over the scenario's rules: starting from all of them, each rule in turn
/// is left out; if the rest still has no plan, the rule is not needed for the conflict and is
/// dropped for good. What remains is irreducible: every rule in it is needed, and removing any
/// one makes the others satisfiable. Feasibility is tested on the upper (optimistic)
/// linearisation with open-ended curves, a relaxation of the true problem, so a set it calls
/// infeasible is truly infeasible.
struct ConflictFinder {
    let scenario: Scenario
    let options: OptimizerOptions

    /// The conflicting rules as statements with their limits, e.g. `"douyin min (≥ 400000)"`.
    func conflict() -> [String] {
        var rules = Rule.all(in: scenario)
        guard !isFeasible(Set(rules)) else { return [] }
        var index = 0
        while index < rules.count {
            var without = rules
            without.remove(at: index)
            if !isFeasible(Set(without)) { rules = without } else { index += 1 }
        }
        let naming = ConflictNaming.naming(scenario)
        return rules.map { $0.statement(in: naming) }
    }

    private func isFeasible(_ active: Set<Rule>) -> Bool {
        let builder = ModelBuilder(scenario: scenario, active: active)
        let curves = scenario.channels.indices.map { i in
            Linearization(curve: scenario.channels[i].curve, domain: builder.domain(i), segments: options.initialSegments)
        }
        guard let model = try? builder.build(curves: curves, side: .upper, openEnded: true),
              let solution = try? model.program.solve(options: SolverOptions(timeLimit: options.timeLimit))
        else { return false }
        switch solution.termination {
        case .optimal, .unbounded: return true
        case .timeLimit, .iterationLimit: return solution.primal != nil
        case .infeasible, .noIntegerSolution, .solverFailure: return false
        }
    }
}
