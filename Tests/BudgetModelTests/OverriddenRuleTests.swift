import BudgetModel
import Testing

/// Rules are never silently overridden (issue 11, point 3), and amounts outside the supported
/// range are named (points 1 and 4).
@Suite struct OverriddenRuleTests {
    static let base = """
        budget: { total: 1000 }
        channels:
          - { name: a, current: 300, locked: true, KEY, curve: { type: log, beta: 900, scale: 300 } }
          - { name: b, curve: { type: log, beta: 300, scale: 100 } }
        """

    @Test(arguments: [("min: 400", "min"), ("max: 200", "max"), ("min_buy: 500", "min_buy"), ("buy_unit: 200", "buy_unit")])
    func lockAgainstAnotherKeyNamesBoth(key: String, name: String) {
        let text = Self.base.replacingOccurrences(of: "KEY", with: key)
        #expect {
            try Scenario.parse(yaml: text, file: "s.yaml", curves: .required)
        } throws: { error in
            let message = "\(error)"
            return message.contains("channels[0].locked") && message.contains(name) && message.contains("current 300")
        }
    }

    @Test func lockThatAgreesIsFine() throws {
        let text = Self.base.replacingOccurrences(of: "KEY", with: "min: 300, max: 300, buy_unit: 100")
        _ = try Scenario.parse(yaml: text, file: "s.yaml", curves: .required)
    }

    @Test func maxChangeNeedsCurrent() {
        let text = Self.base.replacingOccurrences(of: "KEY, ", with: "").replacingOccurrences(of: "name: b,", with: "name: b, max_change: 0.3,")
        #expect { try Scenario.parse(yaml: text, file: "s.yaml", curves: .required) } throws: { "\($0)".contains("channels[1].max_change") }
    }

    @Test func curveInARulesFileIsAnError() {
        let text = Self.base.replacingOccurrences(of: "KEY, ", with: "")
        #expect { try Scenario.parse(yaml: text, file: "r.yaml", curves: .optional) } throws: { "\($0)".contains("rules file takes no curve") }
    }

    @Test func whatIfLockAgainstMin() throws {
        let text = Self.base.replacingOccurrences(of: "locked: true, KEY, ", with: "")
        let scenario = try Scenario.parse(yaml: text, file: "s.yaml", curves: .required)
        #expect(throws: ScenarioError.self) {
            try scenario.applying([.setChannelField(channel: "a", field: "min", value: 500), .setLocked(channel: "a", true)])
        }
    }

    @Test(arguments: ["max: 1.0e300", "max: 1.0e22", "min: 1.0e-9"])
    func amountsOutsideTheSupportedRange(key: String) {
        let text = Self.base.replacingOccurrences(of: "locked: true, KEY", with: key)
        #expect { try Scenario.parse(yaml: text, file: "s.yaml", curves: .required) } throws: { "\($0)".contains("supported range") }
    }
}
