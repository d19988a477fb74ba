import BudgetModel
import Foundation
import Optimizer
import TestSupport

/// Small scenarios solved for real, shared by the report tests.
enum Fixtures {
    /// Three channels under a 1,000,000 budget; douyin and wechat form the `core` group, capped
    /// at 70% of spend; douyin has a current spend, baidu has none.
    static func scenario(currency: String? = "CNY", coreCap: Double = 0.7) -> Scenario {
        Scenario(
            name: "Q3 \"launch\" <test> & co", currency: currency, budget: .total(1_000_000),
            channels: [
                Channel(name: "douyin", groups: ["core"], current: 250_000,
                        curve: .hill(beta: 2_000_000, halfSaturation: 300_000, shape: 1.0)),
                Channel(name: "wechat", groups: ["core"], min: 100_000, max: 400_000, curve: .linear(roi: 1.2)),
                Channel(name: "baidu", curve: .hill(beta: 900_000, halfSaturation: 150_000, shape: 0.8)),
            ],
            groupRules: [GroupRule(group: "core", maxShare: coreCap)])
    }

    static func result(_ scenario: Scenario = scenario()) throws -> OptimizationResult {
        try Optimizer().optimize(scenario)
    }

    /// Parses JSON text into a dictionary.
    static func object(_ text: String) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        guard let object = value as? [String: Any] else { throw FixtureError.notAnObject }
        return object
    }

    enum FixtureError: Error { case notAnObject }
}

/// Whether a number read by `JSONSerialization` is `expected`. swift-corelibs-foundation's
/// `JSONSerialization` may be one ulp off when parsing doubles (its `JSONDecoder`, Python and
/// `Double(String)` are exact; ``JSONTests`` checks exactness), hence the relative 1e-15.
func same(_ value: Any?, _ expected: Double?) -> Bool {
    guard let expected else { return value is NSNull }
    return isClose(double(value), expected, relative: 1e-15, absolute: 0)
}

/// A JSON number as a Double (`nil` for null or non-numbers).
func double(_ value: Any?) -> Double? {
    if value is NSNull { return nil }
    return (value as? NSNumber)?.doubleValue
}
