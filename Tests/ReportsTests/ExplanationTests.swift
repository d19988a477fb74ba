import BudgetModel
import Optimizer
@testable import Reports
import Testing

/// The shadow-price sentences shared by table, markdown and JSON.
@Suite struct ExplanationTests {
    @Test func roundSteps() {
        #expect(Explanation.step(for: 1_000_000) == 1_000)
        #expect(Explanation.step(for: 100_000) == 1_000)
        #expect(Explanation.step(for: 50_000) == 100)
        #expect(Explanation.step(for: 5_000) == 1)
    }

    @Test func channelLimitsInWords() throws {
        // wechat's linear curve is the best use of money until its max, so its max binds.
        var scenario = Fixtures.scenario()
        scenario.groupRules = []
        scenario.channels[1].curve = .linear(roi: 5)
        let result = try Fixtures.result(scenario)
        let max = try #require(result.rules.first { $0.rule == .channelMax(1) })
        #expect(max.binding)
        let sentence = Explanation.sentence(for: max, in: result)
        #expect(sentence == "+1,000 on wechat's upper limit → \(Format.signed(max.shadowPrice * 1_000)) outcome")

        // A small budget uses a step of 1; a minimum that forces money in costs outcome.
        var small = Fixtures.scenario(currency: nil)
        small.budget = .total(5_000)
        small.groupRules = []
        small.channels[1].min = 2_000
        small.channels[1].max = nil
        let forced = try Fixtures.result(small)
        let min = try #require(forced.rules.first { $0.rule == .channelMin(1) })
        #expect(min.binding)
        #expect(Explanation.sentence(for: min, in: forced) == "each 1 forced into wechat by its minimum costs \(Format.amount(abs(min.shadowPrice))) outcome")
        let budget = try #require(forced.rules.first { $0.rule == .budget })
        #expect(Explanation.sentence(for: budget, in: forced).hasPrefix("+1 of budget → "))
    }

    @Test func nonBindingRulesSaySo() throws {
        let result = try Fixtures.result()
        for rule in result.rules where !rule.binding {
            #expect(Explanation.sentence(for: rule, in: result) == "not binding (has slack)")
        }
    }

    @Test func markdownEscapesPipesAndTags() {
        var document = Document()
        document.append(.title("a <b> | c"))
        #expect(document.render(.markdown) == "# a \\<b> \\| c\n")
    }
}
