import BudgetModel
import TestSupport
import Testing

/// Evidence limits: spend kept within the range of monthly spend the data has seen, widened by
/// the margin, under the user's own rules, and said in words.
@Suite struct EvidenceLimitTests {
    private func scenario(budget: Double = 1000, userMax: Double? = nil, userMin: Double? = nil) -> Scenario {
        var a = Channel(name: "douyin", current: 300, min: userMin, max: userMax, curve: .linear(roi: 2))
        a.seen = 200...400
        var b = Channel(name: "baidu", current: 300, curve: .linear(roi: 1))
        b.seen = 100...800
        return Scenario(name: "e", budget: .total(budget), channels: [a, b])
    }

    @Test func capsAndFloorsAreTheSeenRangeWidenedByTheMargin() throws {
        let guarded = scenario().keepingWithinEvidence(margin: 0.25)
        #expect(isClose(guarded.scenario.channels[0].max, 500))   // 400 · 1.25
        #expect(isClose(guarded.scenario.channels[0].min, 150))   // 200 · 0.75
        #expect(isClose(guarded.scenario.channels[1].max, 1000))  // 800 · 1.25
        #expect(isClose(guarded.scenario.channels[1].min, 75))    // 100 · 0.75
        let cap = try #require(guarded.limits.first { $0.side == .above && $0.name == "douyin" })
        #expect(cap.binds([500, 500]) && !cap.binds([400, 600]))
        #expect(guarded.notes.isEmpty)
    }

    @Test func userRulesStayOnTop() {
        // A tighter user max stays; a user min above the cap wins over the cap.
        #expect(scenario(userMax: 350).keepingWithinEvidence(margin: 0.25).scenario.channels[0].max == 350)
        let high = scenario(userMin: 600).keepingWithinEvidence(margin: 0.25)
        #expect(high.scenario.channels[0].max == nil && high.scenario.channels[0].min == 600)
    }

    @Test func capsThatCannotHoldTheBudgetAreDroppedWithANote() {
        // Caps 500 + 1000 = 1500 < 2000.
        let guarded = scenario(budget: 2000).keepingWithinEvidence(margin: 0.25)
        #expect(guarded.scenario.channels[0].max == nil)
        #expect(guarded.notes.count == 1 && guarded.notes[0].contains("no evidence caps"))
    }

    @Test func seenRoundTripsAndIsChecked() throws {
        let text = """
            budget: { total: 10 }
            channels: [{ name: a, seen: { min: 2, max: 8 }, curve: { type: linear, roi: 1 } }]
            """
        let parsed = try Scenario.parse(yaml: text)
        #expect(parsed.channels[0].seen == 2...8)
        #expect(try Scenario.parse(yaml: parsed.yaml()) == parsed)
        do {
            _ = try Scenario.parse(yaml: text.replacingOccurrences(of: "min: 2", with: "min: 9"))
            Issue.record("expected an error")
        } catch {
            #expect(error.path == "channels[0].seen" && error.message.contains("above max"))
        }
    }
}
