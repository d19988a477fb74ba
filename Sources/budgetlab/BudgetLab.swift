import ArgumentParser

@main
struct BudgetLab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budgetlab",
        abstract: "Split a marketing budget across channels: provably best, with reasons.",
        version: "0.1.0",
        subcommands: []
    )
}
