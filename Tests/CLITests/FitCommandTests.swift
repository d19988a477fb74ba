import Foundation
import Testing

/// `fit` and `recommend` end to end on a small synthetic history (fast in a debug build).
@Suite struct FitCommandTests {
    /// Two years of weekly data: two channels with known saturating effects, a baseline and
    /// a little deterministic wiggle.
    static func history() -> String {
        var lines = ["week,revenue,search,social,price"]
        var day = DateComponents(calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"), year: 2022, month: 1, day: 3).date!
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        for t in 0..<104 {
            let search: Double = 1000 + 600 * sin(Double(t) / 5) + Double((t * 37) % 300)
            let social: Double = 500 + 400 * cos(Double(t) / 7) + Double((t * 53) % 200)
            let price: Double = 10 + Double(t % 4)
            let season: Double = 3000 * sin(2 * .pi * Double(t) / 52.18)
            let media: Double = 8000 * search / (search + 1500) + 6000 * social / (social + 600)
            let revenue: Double = 20000 + season - 200 * price + media + Double((t * 71) % 100)
            lines.append("\(formatter.string(from: day)),\(revenue),\(search),\(social),\(price)")
            day = day.addingTimeInterval(7 * 86400)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func fitWritesJSONContractScenarioAndCharts() throws {
        let data = try CLI.temporaryFile(Self.history(), name: "history.csv")
        let scenario = try CLI.freshPath("fitted.yaml")
        let reportDirectory = try CLI.freshPath("report")
        let run = try CLI.run([
            "fit", data, "--date", "week", "--outcome", "revenue", "--spend", "search,social", "--control", "price",
            "--format", "json", "--draws", "8", "--output", scenario, "--report", reportDirectory,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let channels = try #require(json["channels"] as? [[String: Any]])
        #expect(channels.map { $0["name"] as? String } == ["search", "social"])
        for channel in channels {
            let interval = try #require(channel["roi_interval"] as? [Double])
            #expect(interval.count == 2 && interval[0] <= interval[1])
            #expect((channel["curve"] as? [String: Any])?["type"] as? String == "hill")
            #expect(channel["marginal_roi"] is Double && channel["roi"] is Double)
        }
        let metrics = try #require(json["metrics"] as? [String: Any])
        #expect((metrics["r2"] as? Double ?? 0) > 0.5)
        // The fitted scenario is a valid scenario the optimiser answers.
        let optimized = try CLI.run(["optimize", scenario, "--format", "json"])
        #expect(optimized.status == 0, "\(optimized.stderr)")
        // It carries the fit's draws, so the plan comes with an interval over them.
        #expect(try String(contentsOfFile: scenario, encoding: .utf8).contains("    draws:\n      - { type: "))
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(optimized.stdout.utf8)) as? [String: Any])
        let uncertainty = try #require(plan["uncertainty"] as? [String: Any])
        #expect((uncertainty["draws"] as? Double ?? 0) >= 2)
        for chart in ["fit.svg", "curve-search.svg", "curve-social.svg"] {
            #expect(try String(contentsOfFile: "\(reportDirectory)/\(chart)", encoding: .utf8).contains("</svg>"))
        }
    }

    @Test func recommendObeysRulesAndExplains() throws {
        let data = try CLI.temporaryFile(Self.history(), name: "history.csv")
        let rules = try CLI.temporaryFile("""
            name: test plan
            channels:
              - { name: search, group: core }
              - { name: social, min: 500 }
            constraints:
              groups: { core: { min_share: 0.35, max_share: 0.7 } }
              max_change: 0.3
            """, name: "rules.yaml")
        let run = try CLI.run([
            "recommend", "--history", data, "--date", "week", "--outcome", "revenue", "--spend", "search,social",
            "--rules", rules, "--month", "2023-10", "--bootstrap", "8", "--format", "json",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let channels = try #require(json["channels"] as? [[String: Any]])
        let spend = channels.compactMap { $0["spend"] as? Double }
        let last = channels.compactMap { $0["last_month"] as? Double }
        #expect(spend.count == 2 && last.count == 2)
        let planned: Double = spend.reduce(0, +)
        let before: Double = last.reduce(0, +)
        #expect(abs(planned - before) < 1e-6 * before)  // budget = last month's total
        let coreShare: Double = spend[0] / (spend[0] + spend[1])
        #expect(coreShare >= 0.35 - 1e-9)
        #expect(coreShare <= 0.7 + 1e-9)
        for (s, l) in zip(spend, last) {
            let moved: Double = abs(s - l)
            #expect(moved <= 0.3 * l + 1e-6)
        }
        #expect(channels.allSatisfy { ($0["reason"] as? String)?.isEmpty == false })
        let interval = try #require(json["outcome_interval"] as? [Double])
        #expect(interval[0] <= interval[1])
        let p = try #require(json["probability_beats_last_month"] as? Double)
        #expect(p >= 0 && p <= 1)

        // With last month's split (search ≈ 40%), core ≥ 60% cannot be reached within ±30%: exit 3.
        let strict = try CLI.temporaryFile(try String(contentsOfFile: rules, encoding: .utf8)
            .replacingOccurrences(of: "min_share: 0.35", with: "min_share: 0.6"), name: "strict.yaml")
        let infeasible = try CLI.run(["recommend", "--history", data, "--date", "week", "--outcome", "revenue",
                                      "--spend", "search,social", "--rules", strict, "--month", "2023-10", "--bootstrap", "4"])
        #expect(infeasible.status == 3 && infeasible.stdout.isEmpty && infeasible.stderr.contains("group core min_share"))
        let badMonth = try CLI.run(["recommend", "--history", data, "--date", "week", "--outcome", "revenue",
                                    "--spend", "search,social", "--rules", rules, "--month", "2021-02"])
        #expect(badMonth.status == 2 && badMonth.stdout.isEmpty)
        let badColumn = try CLI.run(["fit", data, "--date", "week", "--outcome", "revenue", "--spend", "search,tv"])
        #expect(badColumn.status == 2 && badColumn.stderr.contains("tv"))
    }
}
