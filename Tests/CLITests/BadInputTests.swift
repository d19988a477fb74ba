import Foundation
import Testing

/// Bad scenarios exit 2 naming the file and field; infeasible ones exit 3 naming the rules.
/// Either way nothing reaches standard output and no output file is left behind.
@Suite struct BadInputTests {
    static let valid = """
        name: test
        budget: { total: 1000 }
        channels:
          - { name: a, group: core, curve: { type: hill, beta: 900, half_saturation: 300, shape: 1 } }
          - { name: b, curve: { type: log, beta: 300, scale: 100 } }
        constraints:
          groups:
            core: { min_share: 0.2, max_share: 0.7 }
        """

    /// (scenario text, what the message must contain).
    static let invalid: [(String, [String])] = [
        (valid.replacingOccurrences(of: "half_saturation", with: "half_saturaton"),
         ["channels[0].curve.half_saturaton", "unknown key", ":4"]),
        (valid.replacingOccurrences(of: "total: 1000", with: "total: lots"), ["budget.total", "expected a number"]),
        (valid.replacingOccurrences(of: "total: 1000", with: "total: .nan"), ["budget.total", "finite"]),
        (valid.replacingOccurrences(of: "total: 1000", with: "total: -5"), ["budget.total", "greater than 0"]),
        (valid.replacingOccurrences(of: "name: b", with: "name: a"), ["channels[1].name", "duplicate channel name 'a'"]),
        (valid.replacingOccurrences(of: "core: {", with: "cor: {"), ["constraints.groups.cor", "unknown group"]),
        (valid.replacingOccurrences(of: "max_share: 0.7", with: "max_share: 1.7"), ["constraints.groups.core.max_share", "between 0 and 1"]),
        (valid.replacingOccurrences(of: "name: a, group", with: "name: a, min: 500, max: 100, group"), ["channels[0].min", "above max"]),
        (valid.replacingOccurrences(of: "type: log", with: "type: logarithm"), ["channels[1].curve.type", "unknown curve type"]),
        (valid.replacingOccurrences(of: "shape: 1", with: "shape: 0"), ["channels[0].curve.shape", "greater than 0"]),
        (valid + "\nbudgett: 3\n", ["budgett", "unknown key"]),
        ("channels: [", ["not valid YAML"]),
        (valid.replacingOccurrences(of: "beta: 300", with: "beta: '300'"), ["channels[1].curve.beta", "expected a number"]),
    ]

    @Test func invalidScenariosExitTwo() throws {
        for (text, fragments) in Self.invalid {
            let file = try CLI.temporaryFile(text)
            let output = try CLI.freshPath("plan.json")
            let run = try CLI.run(["optimize", file, "--format", "json", "--output", output])
            #expect(run.status == 2, "\(fragments): \(run.stderr)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains(file))
            for fragment in fragments { #expect(run.stderr.contains(fragment), "\(fragment) not in: \(run.stderr)") }
            #expect(!FileManager.default.fileExists(atPath: output))
        }
    }

    /// `--draws` (old name `--bootstrap`) is bounded in `recommend` as in `fit`: a usage error (exit 64) before any file is read.
    @Test func tooManyDrawsIsAUsageError() throws {
        for flag in ["--draws", "--bootstrap"] {
            let run = try CLI.run(["recommend", "--dataset", "/nonexistent.yaml", "--rules", "/nonexistent.yaml",
                                   "--month", "2023-10", flag, "5000"])
            #expect(run.status == 64 && run.stdout.isEmpty)
            #expect(run.stderr.contains("--draws must be between 0 and 2000"), "\(run.stderr)")
        }
    }

    @Test func missingFileExitsTwo() throws {
        let run = try CLI.run(["optimize", "/nonexistent/scenario.yaml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("/nonexistent/scenario.yaml") && run.stderr.contains("no such file"))
        #expect(run.stdout.isEmpty)
    }

    @Test func infeasibleExitsThreeNamingTheRules() throws {
        let text = Self.valid.replacingOccurrences(of: "name: b,", with: "name: b, min: 900,")
        let file = try CLI.temporaryFile(text)
        let output = try CLI.freshPath("plan.json")
        let run = try CLI.run(["optimize", file, "--output", output])
        #expect(run.status == 3)
        #expect(run.stdout.isEmpty)
        // b ≥ 900 of 1000 leaves core (a) at most 10%, below its 20% floor.
        #expect(run.stderr.contains("budget (total = 1000)"))
        #expect(run.stderr.contains("b min (≥ 900)"))
        #expect(run.stderr.contains("group core min_share (≥ 0.2)"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func bundledErrorExamples() throws {
        let unknown = try CLI.run(["validate", "Scenarios/errors/unknown-key.yaml"])
        #expect(unknown.status == 2 && unknown.stdout.isEmpty)
        let infeasible = try CLI.run(["optimize", "Scenarios/errors/infeasible-minimums.yaml"])
        #expect(infeasible.status == 3 && infeasible.stdout.isEmpty)
    }

    @Test func usageErrors() throws {
        let run = try CLI.run(["optimize", "Scenarios/small-business.yaml", "--format", "xml"])
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
    }
}
