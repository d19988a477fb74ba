import Foundation
import Testing

/// Draws and risk end to end: every outcome-reporting command shows the interval over the
/// draws and how often the plan beats the current one.
@Suite struct RiskCommandTests {
    static let file = "Scenarios/uncertain-curves.yaml"

    private func json(_ arguments: [String]) throws -> [String: Any] {
        let run = try CLI.run(arguments + ["--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test func optimizeWithCVaRReportsRiskAndUncertainty() throws {
        let plain = try json(["optimize", Self.file])
        let cvar = try json(["optimize", Self.file, "--risk", "cvar:0.2"])
        #expect(plain["risk"] is NSNull)
        #expect((cvar["risk"] as? [String: Any])?["measure"] as? String == "cvar")
        #expect(cvar["status"] as? String == "optimal")
        let u = try #require(cvar["uncertainty"] as? [String: Any])
        #expect(u["draws"] as? Double == 20)
        let interval = try #require(u["outcome_interval"] as? [Double])
        #expect(interval[0] <= (u["outcome_mean"] as? Double ?? -1) && (u["outcome_mean"] as? Double ?? .infinity) <= interval[1])
        let p = try #require(u["probability_beats_current"] as? Double)
        #expect(p >= 0 && p <= 1)
        // The CVaR plan's worst 20% is at least the point plan's: it optimises exactly that.
        let plainWorst = try #require((plain["uncertainty"] as? [String: Any])?["outcome_mean"] as? Double)
        #expect((cvar["objective"] as? Double ?? 0) <= plainWorst)
        let table = try CLI.run(["optimize", Self.file, "--risk", "cvar:0.2"])
        #expect(table.stdout.contains("Outcome over draws:") && table.stdout.contains("90% interval"))
        #expect(table.stdout.contains("Beats current:") && table.stdout.contains("CVaR 20% over draws"))
    }

    @Test func evaluateWhatIfAndSweepReportUncertainty() throws {
        let evaluation = try json(["evaluate", Self.file, "--plan", "current"])
        let u = try #require(evaluation["uncertainty"] as? [String: Any])
        #expect(u["probability_beats_current"] as? Double == 0)  // the current plan does not beat itself
        let whatif = try json(["whatif", Self.file, "--budget", "+10%"])
        #expect((whatif["changed"] as? [String: Any])?["uncertainty"] is [String: Any])
        let sweep = try json(["sweep", Self.file, "--budget", "80%..120%", "--steps", "3"])
        let points = try #require(sweep["points"] as? [[String: Any]])
        #expect(points.allSatisfy { $0["uncertainty"] is [String: Any] })
        let sweepTable = try CLI.run(["sweep", Self.file, "--budget", "80%..120%", "--steps", "3"])
        #expect(sweepTable.stdout.contains("Outcome 90% interval"))
    }

    @Test func badRiskIsAUsageErrorAndRiskNeedsDraws() throws {
        let bad = try CLI.run(["optimize", Self.file, "--risk", "cvar:2"])
        #expect(bad.status == 64 && bad.stderr.contains("--risk"))
        let noDraws = try CLI.run(["optimize", "Scenarios/small-business.yaml", "--risk", "mean"])
        #expect(noDraws.status == 2 && noDraws.stderr.contains("objective.risk") && noDraws.stderr.contains("draws"))
    }
}

/// `recommend --risk`: the fit's draws go into the plan, which optimises their CVaR.
@Suite struct RecommendRiskTests {
    @Test func recommendWithCVaROverTheFitsDraws() throws {
        let data = try CLI.temporaryFile(FitCommandTests.history(), name: "history.csv")
        let rules = try CLI.temporaryFile("""
            name: risk plan
            channels: [{ name: search }, { name: social }]
            constraints: { max_change: 0.3 }
            """, name: "rules.yaml")
        let run = try CLI.run([
            "recommend", "--history", data, "--date", "week", "--outcome", "revenue", "--spend", "search,social",
            "--rules", rules, "--month", "2023-10", "--bootstrap", "8", "--risk", "cvar:0.25", "--format", "json",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let plan = try #require(json["plan"] as? [String: Any])
        #expect((plan["risk"] as? [String: Any])?["measure"] as? String == "cvar")
        let u = try #require(json["uncertainty"] as? [String: Any])
        #expect((u["draws"] as? Double ?? 0) >= 2)
        let p = try #require(json["probability_beats_last_month"] as? Double)
        #expect(p >= 0 && p <= 1)
        // The CVaR objective is the mean of the worst quarter of draws: never above their mean.
        #expect((plan["objective"] as? Double ?? .infinity) <= (u["outcome_mean"] as? Double ?? 0) * (1 + 1e-9))
    }
}
