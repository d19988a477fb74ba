import BudgetModel
import Foundation
@testable import Optimizer
@testable import Reports
import TestSupport
import Testing

/// `optimize` output against a real solve: the JSON contract, the tables, the sentences.
@Suite struct OptimizeReportTests {
    @Test func jsonCarriesTheResultsNumbers() throws {
        let result = try Fixtures.result()
        let json = try Fixtures.object(OptimizeReport.render(result, format: .json))
        #expect(json["status"] as? String == (result.isProven ? "optimal" : "feasible"))
        #expect(json["scenario"] as? String == result.scenario.name)
        #expect(json["currency"] as? String == "CNY")
        #expect(json["objective_kind"] as? String == "outcome")
        #expect(json["method"] as? String == "LP")
        #expect(same(json["objective"], result.objective))
        #expect(same(json["total_spend"], result.totalSpend))
        #expect(same(json["total_outcome"], result.totalOutcome))
        #expect(same(json["bound"], result.bound))
        #expect(same(json["gap"], result.gap))
        #expect(json["shadow_prices"] as? String == "GLPK row duals and reduced costs of the final LP")

        let channels = try #require(json["channels"] as? [[String: Any]])
        #expect(channels.count == result.channels.count)
        for (object, channel) in zip(channels, result.channels) {
            #expect(object["name"] as? String == channel.name)
            #expect(same(object["spend"], channel.spend))
            #expect(same(object["outcome"], channel.outcome))
            #expect(same(object["share"], channel.share))
            #expect(same(object["roi"], channel.roi))
            #expect(same(object["marginal_roi"], channel.marginalROI))
        }
        let constraints = try #require(json["constraints"] as? [[String: Any]])
        #expect(constraints.count == result.rules.count)
        for (object, rule) in zip(constraints, result.rules) {
            #expect(object["name"] as? String == rule.name)
            #expect(object["binding"] as? Bool == rule.binding)
            #expect(same(object["shadow_price"], rule.shadowPrice))
            #expect(object["unit"] as? String == rule.unit.rawValue)
            #expect(object["explanation"] as? String == Explanation.sentence(for: rule, in: result))
        }
    }

    /// The contract's subset, decoded exactly (JSONDecoder reads doubles bit for bit).
    private struct Contract: Decodable {
        struct Channel: Decodable { let name: String; let spend, outcome, share, roi, marginal_roi: Double; let change: Double? }
        struct Constraint: Decodable { let name: String; let binding: Bool; let shadow_price: Double }
        let status: String
        let objective, total_spend, total_outcome: Double
        let channels: [Channel]
        let constraints: [Constraint]
    }

    @Test func jsonNumbersRoundTripExactly() throws {
        let result = try Fixtures.result()
        let contract = try JSONDecoder().decode(Contract.self, from: Data(OptimizeReport.render(result, format: .json).utf8))
        #expect(contract.objective == result.objective)
        #expect(contract.total_outcome == result.totalOutcome)
        #expect(contract.channels.map(\.spend) == result.channels.map(\.spend))
        #expect(contract.channels.map(\.outcome) == result.channels.map(\.outcome))
        #expect(contract.channels.map(\.marginal_roi) == result.channels.map(\.marginalROI))
        #expect(contract.channels.map(\.change) == result.channels.map(\.change))
        #expect(contract.constraints.map(\.shadow_price) == result.rules.map(\.shadowPrice))
    }

    @Test func changeIsNullWithoutCurrent() throws {
        let result = try Fixtures.result()
        let channels = try #require(try Fixtures.object(OptimizeReport.render(result, format: .json))["channels"] as? [[String: Any]])
        let douyin = try #require(channels.first { $0["name"] as? String == "douyin" })
        let wechat = try #require(channels.first { $0["name"] as? String == "wechat" })
        #expect(same(douyin["change"], result.channels[0].change))
        #expect(same(douyin["current"], 250_000))
        #expect(wechat["change"] is NSNull)
        #expect(wechat["current"] is NSNull)
    }

    @Test func nonFiniteBoundIsNull() throws {
        let r = try Fixtures.result()
        let unbounded = OptimizationResult(
            scenario: r.scenario, spend: r.spend, channels: r.channels, rules: r.rules, objective: r.objective,
            bound: .infinity, gap: .infinity, totalSpend: r.totalSpend, totalOutcome: r.totalOutcome,
            tolerance: r.tolerance, method: .milp, iterations: r.iterations, breakpoints: r.breakpoints, seconds: r.seconds)
        let json = try Fixtures.object(OptimizeReport.render(unbounded, format: .json))
        #expect(json["bound"] is NSNull)
        #expect(json["gap"] is NSNull)
        #expect(json["status"] as? String == "feasible")
        #expect((json["shadow_prices"] as? String)?.hasPrefix("duals of the LP with the integer decisions") == true)
        #expect(OptimizeReport.render(unbounded, format: .table).contains("no finite bound"))
    }

    @Test func channelTableIsAligned() throws {
        let text = OptimizeReport.render(try Fixtures.result(), format: .table)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let start = try #require(lines.firstIndex(of: "Channels")) + 1
        let table = Array(lines[start...].prefix { !$0.isEmpty })
        #expect(table.count == 7)  // header, rule, 3 channels, rule, total (total has no marginal ROI)
        let widths = Set(table.dropLast().map(\.count))
        #expect(widths.count == 1)
        #expect(table[0].hasPrefix("Channel  Spend (CNY)"))
        // Every right-aligned column ends where its rule segment ends (the first column is text).
        let rule = Array(table[1])
        let ends = rule.indices.filter { rule[$0] == "-" && ($0 == rule.count - 1 || rule[$0 + 1] == " ") }
        for line in table.dropFirst(2) where !line.hasPrefix("-") {
            let characters = Array(line)
            for end in ends.dropFirst() where end < characters.count {
                #expect(characters[end] != " ", "\(line)")
            }
        }
    }

    @Test func headerAndRulesInWords() throws {
        let result = try Fixtures.result()
        let text = OptimizeReport.render(result, format: .table)
        #expect(text.hasSuffix("\n"))
        #expect(text.contains("Plan for \(result.scenario.name)"))
        #expect(text.contains("provably within"))
        #expect(text.contains("Total spend:    CNY 1,000,000"))
        // Binding rules come first; the budget sentence uses a step of 1,000.
        let rules = text.components(separatedBy: "\nRules\n")[1].split(separator: "\n")
        let bindingFlags = rules.dropFirst(2).prefix { !$0.isEmpty && !$0.hasPrefix("Shadow") }.map { $0.contains(" yes ") }
        #expect(bindingFlags == bindingFlags.sorted { $0 && !$1 })
        let budget = try #require(result.rules.first { $0.rule == .budget })
        #expect(text.contains("+1,000 of budget → \(Format.signed(budget.shadowPrice * 1000)) outcome"))
        let cap = try #require(result.rules.first { $0.rule == .groupMaxShare("core") })
        #expect(cap.binding)
        #expect(text.contains("the core 70% cap costs"))
        #expect(text.contains("+1 point of share → \(Format.signed(cap.shadowPrice / 100)) outcome"))
    }

    @Test func markdownAndCSV() throws {
        let result = try Fixtures.result()
        let markdown = OptimizeReport.render(result, format: .markdown)
        #expect(markdown.contains("| Channel | Spend (CNY) | Share | vs current | Outcome | ROI | Marginal ROI |"))
        #expect(markdown.contains("| :-- | --: | --: | --: | --: | --: | --: |"))
        let csv = OptimizeReport.render(result, format: .csv)
        let tables = csv.trimmingCharacters(in: .newlines).components(separatedBy: "\n\n")
        #expect(tables.count == 3)  // facts, channels, rules
        #expect(tables[1].hasPrefix("Channel,Spend (CNY),Share,vs current,Outcome,ROI,Marginal ROI\n"))
        #expect(tables[1].contains("douyin,\(Format.raw(result.channels[0].spend)),"))
    }

    @Test func milpNoteAndWords() throws {
        var scenario = Fixtures.scenario(currency: nil)
        scenario.channels[2].minBuy = 50_000
        scenario.objective = .maximizeProfit(valuePerOutcome: 1, minROI: nil)
        let result = try Fixtures.result(scenario)
        #expect(result.method == .milp)
        let text = OptimizeReport.render(result, format: .table)
        #expect(text.contains("Solved as a MILP"))
        #expect(text.contains("maximise profit"))
        #expect(text.contains("of budget →") && text.contains(" profit"))
        #expect(!text.contains("CNY"))
    }
}
