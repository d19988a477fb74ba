import ArgumentParser

@main
struct BudgetLab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budgetlab",
        abstract: "Split a marketing budget across channels: provably best, with reasons.",
        discussion: """
            A scenario file (YAML or JSON) describes channels with response curves and the rules a plan must obey; see docs/scenario-format.md. Examples are in Scenarios/.

            Exit status: 0 success; 1 solver failure or output not written; 2 scenario, plan or data file unreadable or invalid; 3 no feasible plan (the conflicting rules are named); 64 command-line usage error.
            """,
        version: "0.2.0",
        subcommands: [Optimize.self, Evaluate.self, WhatIf.self, Sweep.self, Validate.self, Fit.self, Recommend.self, Simulate.self, Compare.self, Plan.self, ImportModel.self]
    )
}
