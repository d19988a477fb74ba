import Foundation
import Testing

/// Inputs that used to be silently ignored, overridden or answered wrongly (issue 11, points 3
/// and 4): each is now an error with a message, or works as documented.
@Suite struct NeverSilentTests {
    static let scenario = """
        budget: { total: 1000 }
        channels:
          - { name: a, curve: { type: log, beta: 900, scale: 300 } }
          - { name: b, curve: { type: log, beta: 300, scale: 100 } }
        """

    @Test func signedBudgetNeedsPercent() throws {
        let file = try CLI.temporaryFile(Self.scenario)
        let run = try CLI.run(["whatif", file, "--budget", "+20"])
        #expect(run.status == 64)
        #expect(try CLI.run(["whatif", file, "--budget", "+20%", "--format", "json"]).status == 0)
    }

    @Test func datasetWithADataFileOrColumnFlags() throws {
        let run = try CLI.run(["fit", "Scenarios/data/robyn_weekly.csv", "--dataset", "Scenarios/data/robyn.yaml"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("not both"), "\(run.stderr)")
        let flags = try CLI.run(["fit", "--dataset", "Scenarios/data/robyn.yaml", "--date", "DATE"])
        #expect(flags.status == 64)
        #expect(flags.stderr.contains("--date"), "\(flags.stderr)")
    }

    /// A return floor no plan that spends anything reaches is a conflict, not "spend 0, optimal".
    @Test func unattainableMinROI() throws {
        let text = Self.scenario.replacingOccurrences(of: "total: 1000", with: "max: 1000") + "\nobjective: { maximize: outcome, min_roi: 50 }\n"
        let run = try CLI.run(["optimize", try CLI.temporaryFile(text)])
        #expect(run.status == 3)
        #expect(run.stderr.contains("min_roi"))
        #expect(run.stdout.isEmpty)
    }

    /// Linear-rule coefficients of 10²⁰⁰ (the docs allow any finite number) solve; a `max` of
    /// 10³⁰⁰ is named as out of range. Neither aborts, and GLPK prints nothing.
    @Test func numbersGLPKCouldNotTake() throws {
        let huge = Self.scenario + "\nconstraints:\n  linear:\n    - { name: huge, terms: { a: 1.0e200, b: 1.0e-200 }, max: 5.0e202 }\n"
        let run = try CLI.run(["optimize", try CLI.temporaryFile(huge), "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let spend = try #require((json["channels"] as? [[String: Any]])?.first?["spend"] as? Double)
        #expect(spend <= 500 * (1 + 1e-6) && spend >= 499)  // the rule binds: 1e200·a ≤ 5e202
        let minSpend = """
            objective: { minimize: spend, target_outcome: 500 }
            channels:
              - { name: a, max: 1.0e300, curve: { type: hill, beta: 900, half_saturation: 300, shape: 1 } }
              - { name: b, max: 1.0e300, curve: { type: exponential, beta: 300, scale: 100 } }
            """
        let refused = try CLI.run(["optimize", try CLI.temporaryFile(minSpend)])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("channels[0].max") && refused.stderr.contains("supported range"))
        #expect(!refused.stderr.contains("glp_"))
        #expect(refused.stdout.isEmpty)
    }

    @Test func extremeSeedDoesNotTrap() throws {
        let run = try CLI.run([
            "simulate", "--world", "Scenarios/world-poor-start.yaml", "--seeds", "2", "--months", "4",
            "--strategies", "frozen,oracle", "--seed", "18446744073709551615",
        ])
        #expect(run.status == 0, "\(run.stderr)")
    }

    /// Found by Benchmarks/fuzz/fuzz.py: each used to hang or fail the certificate check.
    @Test func fuzzFindings() throws {
        let months = try CLI.run(["simulate", "--world", "Scenarios/world-poor-start.yaml", "--seeds", "1", "--months", "9223372036854775807"])
        #expect(months.status == 64)
        let huge = try CLI.run(["whatif", "Scenarios/small-business.yaml", "--set", "douyin_local.max=1e22"])
        #expect(huge.status == 2)
        #expect(huge.stderr.contains("supported range"))
        let capped = Self.scenario.replacingOccurrences(of: "name: a,", with: "name: a, max: 1.0e21,")
        let loose = try CLI.run(["optimize", try CLI.temporaryFile(capped), "--format", "json"])
        let plain = try CLI.run(["optimize", try CLI.temporaryFile(Self.scenario), "--format", "json"])
        #expect(loose.status == 0, "\(loose.stderr)")
        let a = try JSONSerialization.jsonObject(with: Data(loose.stdout.utf8)) as? [String: Any]
        let b = try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [String: Any]
        let x = try #require(a?["objective"] as? Double)
        let y = try #require(b?["objective"] as? Double)
        #expect(abs(x - y) <= 1e-4 * y)
    }
}
