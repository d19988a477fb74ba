import BudgetModel
import TestSupport
import Testing

@Suite struct ScenarioParsingTests {
    static let full = """
        name: Full
        currency: CNY
        budget: { max: 1000000 }
        objective: { maximize: profit, value_per_outcome: 2.5, min_roi: 1.2 }
        channels:
          - name: douyin
            groups: [core, social]
            current: 250000
            min: 50000
            max: 400000
            max_change: 0.25
            curve: { type: hill, beta: 900000, half_saturation: 200000, shape: 1.5 }
          - name: kol
            min_buy: 30000
            buy_unit: 10000
            curve: { type: points, points: [[0, 0], [10000, 5000], [50000, 60000]] }
          - name: sem
            group: core
            current: 100000
            locked: true
            curve: { type: log, beta: 200000, scale: 50000 }
          - { name: tv, curve: { type: linear, roi: 1.1 } }
          - { name: ooh, curve: { type: power, beta: 300, exponent: 0.5 } }
          - { name: feed, curve: { type: exponential, beta: 80000, scale: 40000 } }
        constraints:
          groups:
            core: { min_share: 0.6, max_share: 0.7 }
            social: { min: 100000 }
          max_change: 0.2
          linear:
            - { name: planning, terms: { tv: 0.3, ooh: 0.2 }, max: 50000 }
            - { name: pair, terms: { tv: 1, feed: -1 }, equal: 0 }
        """

    @Test func everyKeyIsRead() throws {
        let scenario = try Scenario.parse(yaml: Self.full)
        #expect(scenario.name == "Full" && scenario.currency == "CNY")
        #expect(scenario.budget == .atMost(1_000_000))
        #expect(scenario.objective == .maximizeProfit(valuePerOutcome: 2.5, minROI: 1.2))
        #expect(scenario.channels.count == 6)
        let douyin = scenario.channels[0]
        #expect(douyin.groups == ["core", "social"] && douyin.current == 250_000 && douyin.min == 50_000)
        #expect(douyin.max == 400_000 && douyin.maxChange == 0.25)
        #expect(douyin.curve == .hill(beta: 900_000, halfSaturation: 200_000, shape: 1.5))
        #expect(scenario.channels[1].minBuy == 30_000 && scenario.channels[1].buyUnit == 10_000)
        #expect(scenario.channels[2].locked)
        #expect(scenario.groupRules == [
            GroupRule(group: "core", minShare: 0.6, maxShare: 0.7),
            GroupRule(group: "social", min: 100_000),
        ])
        #expect(scenario.maxChange == 0.2)
        #expect(scenario.linearRules.map(\.name) == ["planning", "pair"])
        #expect(scenario.linearRules[1].min == 0 && scenario.linearRules[1].max == 0)
        #expect(scenario.members(of: "core") == [0, 2])
    }

    @Test func jsonIsAccepted() throws {
        let json = """
            {"budget": {"total": 100}, "objective": {"minimize": "spend", "target_outcome": 50},
             "channels": [{"name": "a", "max": 100, "curve": {"type": "linear", "roi": 2}}]}
            """
        let scenario = try Scenario.parse(yaml: json)
        #expect(scenario.objective == .minimizeSpend(targetOutcome: 50))
    }

    /// (YAML, expected path, expected message fragment).
    static let errors: [(String, String, String)] = [
        ("channels: []", "channels", "at least one channel"),
        ("budget: {total: 1, max: 2}\nchannels: [{name: a, curve: {type: linear, roi: 1}}]", "budget", "not both"),
        ("budget: {total: 1}\nobjective: {maximize: profit}\nchannels: [{name: a, curve: {type: linear, roi: 1}}]", "objective", "value_per_outcome"),
        ("budget: {total: 1}\nobjective: {maximize: revenue}\nchannels: [{name: a, curve: {type: linear, roi: 1}}]", "objective.maximize", "expected 'outcome' or 'profit'"),
        ("budget: {total: 1}\nchannels: [{name: a, locked: true, curve: {type: linear, roi: 1}}]", "channels[0].locked", "needs 'current'"),
        ("budget: {total: 1}\nchannels: [{name: a, locked: yes, current: 1, curve: {type: linear, roi: 1}}]", "channels[0].locked", "true or false"),
        ("budget: {total: 1}\nchannels: [{name: 'a b', curve: {type: linear, roi: 1}}]", "channels[0].name", "not a valid name"),
        ("budget: {total: 1}\nchannels: [{name: a, curve: {type: points, points: [[1, 0], [2, 3]]}}]", "channels[0].curve.points[0]", "first point"),
        ("budget: {total: 1}\nchannels: [{name: a, curve: {type: points, points: [[0, 0], [2, 3], [2, 4]]}}]", "channels[0].curve.points[2]", "must increase"),
        ("budget: {total: 1}\nchannels: [{name: a, curve: {type: power, beta: 1, exponent: 1.5}}]", "channels[0].curve.exponent", "(0, 1]"),
        ("budget: {total: 1}\nchannels: [{name: a, curve: {type: hill, beta: 1, shape: 1}}]", "channels[0].curve", "half_saturation"),
        ("budget: {total: 1}\nchannels: [{name: a, curve: {type: linear, roi: 1}}]\nconstraints: {linear: [{name: r, terms: {b: 1}, max: 1}]}", "constraints.linear[0].terms.b", "unknown channel"),
        ("budget: {total: 1}\nchannels: [{name: a, curve: {type: linear, roi: 1}}]\nconstraints: {groups: {g: {min_share: 0.1}}}", "constraints.groups.g", "unknown group"),
        ("channels: [{name: a, curve: {type: linear, roi: 1}}]", "channels[0]", "no upper limit"),
        ("budget: {total: 1}\nchannels: [{name: a, min_buy: 0, curve: {type: linear, roi: 1}}]", "channels[0].min_buy", "greater than 0"),
        ("budget: {total: 1}\nchannels: [{name: a, current: -3, curve: {type: linear, roi: 1}}]", "channels[0].current", "negative"),
        ("budget: {total: 1}\nchannels: [{name: a, max_change: .inf, current: 3, curve: {type: linear, roi: 1}}]", "channels[0].max_change", "finite"),
    ]

    @Test func errorsNameThePath() {
        for (yaml, path, fragment) in Self.errors {
            do {
                _ = try Scenario.parse(yaml: yaml, file: "s.yaml")
                Issue.record("accepted: \(yaml)")
            } catch {
                #expect(error.path == path, "\(yaml) → \(error)")
                #expect(error.message.contains(fragment), "\(yaml) → \(error)")
                #expect(error.file == "s.yaml")
            }
        }
    }

    @Test func unknownKeyGivesItsLine() {
        let yaml = "budget: {total: 1}\nchannels:\n  - name: a\n    curve: {type: linear, roi: 1}\n    mx: 3\n"
        #expect(throws: ScenarioError(file: "<input>", path: "channels[0].mx", line: 5,
                                      message: "unknown key 'mx'; expected one of: name, group, groups, current, min, max, min_buy, buy_unit, locked, max_change, curve, label, draws, seen")) {
            try Scenario.parse(yaml: yaml)
        }
    }
}

@Suite struct ScenarioYAMLTests {
    /// Writing a scenario and reading it back gives the same value.
    @Test func roundTrip() throws {
        let scenario = try Scenario.parse(yaml: ScenarioParsingTests.full)
        let again = try Scenario.parse(yaml: scenario.yaml(header: ["written by a test"]))
        #expect(again == scenario)
    }
}
