import BudgetModel
import Foundation
import Testing

/// Names in any script (NFC), `label:`, and amounts written in 万 and 亿.
@Suite struct UnicodeNameTests {
    static func scenario(_ channels: String, constraints: String = "") -> String {
        """
        name: 测试
        budget: { total: 100000 }
        channels:
        \(channels)
        \(constraints)
        """
    }

    @Test(arguments: ["抖音", "小红书", "百度SEM", "tmall-jd.ads", "kol_2", "Ñandú", "हिन्दी", "카카오", "ВКонтакте", "ＬＩＮＥ"])
    func namesInAnyScriptAreValid(name: String) throws {
        let yaml = Self.scenario("  - { name: \(name), group: 核心组, curve: { type: linear, roi: 1 } }")
        let scenario = try Scenario.parse(yaml: yaml)
        #expect(scenario.channels[0].name == name)
        #expect(scenario.channels[0].groups == ["核心组"])
    }

    @Test(arguments: ["抖 音", "douyin!", "抖音/小红书", "a+b", "💰", "\u{301}e"])
    func otherCharactersAreNot(name: String) {
        let yaml = Self.scenario("  - { name: \"\(name)\", curve: { type: linear, roi: 1 } }")
        #expect(throws: ScenarioError.self) { try Scenario.parse(yaml: yaml) }
        do { _ = try Scenario.parse(yaml: yaml) } catch {
            #expect(error.path == "channels[0].name")
        }
    }

    @Test func namesAreStoredInNFCAndComparedAfterIt() throws {
        // "Café" written decomposed (e + U+0301) in the file, composed in a rule and a lookup.
        let decomposed = "Cafe\u{301}"
        let composed = "Caf\u{E9}"
        let yaml = Self.scenario(
            "  - { name: \(decomposed), group: \(decomposed)s, curve: { type: linear, roi: 1 } }\n"
                + "  - { name: b, curve: { type: linear, roi: 2 } }",
            constraints: "constraints:\n  groups: { \(composed)s: { max: 50000 } }\n  linear:\n    - { name: r, terms: { \(composed): 1 }, max: 10 }")
        let scenario = try Scenario.parse(yaml: yaml)
        #expect(Array(scenario.channels[0].name.unicodeScalars) == Array(composed.unicodeScalars))
        #expect(Array(scenario.channels[0].groups[0].unicodeScalars) == Array((composed + "s").unicodeScalars))
        #expect(scenario.channelIndex(decomposed) == 0)
        #expect(scenario.channelIndex(composed) == 0)
        #expect(scenario.members(of: composed + "s") == [0])
        #expect(scenario.linearRules[0].terms.map(\.channel) == [0])
        // Two spellings of one name are one name: a duplicate.
        let twice = Self.scenario(
            "  - { name: \(decomposed), curve: { type: linear, roi: 1 } }\n  - { name: \(composed), curve: { type: linear, roi: 1 } }")
        #expect(throws: ScenarioError.self) { try Scenario.parse(yaml: twice) }
    }

    @Test func labelIsReadShownAndWrittenBack() throws {
        let yaml = Self.scenario("  - { name: douyin, label: \"抖音 (含千川) & <直播>\", curve: { type: linear, roi: 1 } }")
        let scenario = try Scenario.parse(yaml: yaml)
        #expect(scenario.channels[0].label == "抖音 (含千川) & <直播>")
        #expect(scenario.displayName(of: "douyin") == "抖音 (含千川) & <直播>")
        #expect(try Scenario.parse(yaml: scenario.yaml()) == scenario)
    }

    @Test func amountsInWanAndYi() throws {
        let yaml = """
            budget: { total: 1.2亿 }
            channels:
              - { name: 抖音, current: 50万, min: 69.4万, max: 1_000万, curve: { type: hill, beta: 2.5e2万, half_saturation: 13万, shape: 1 } }
            """
        let channel = try Scenario.parse(yaml: yaml).channels[0]
        #expect(try Scenario.parse(yaml: yaml).budget == .total(120_000_000))
        #expect(channel.current == 500_000)
        #expect(channel.max == 10_000_000)
        // Exactly the Double nearest 694000, as if written 694000 (69.4 × 1e4 is not).
        #expect(channel.min == 694_000)
        #expect(channel.curve == .hill(beta: 2_500_000, halfSaturation: 130_000, shape: 1))
    }

    @Test(arguments: ["万", "五十万", "50 万元", "50千", "\"50万\""])
    func otherWaysOfWritingAmountsAreRefused(text: String) {
        let yaml = "budget: { total: \(text) }\nchannels:\n  - { name: a, curve: { type: linear, roi: 1 } }"
        #expect(throws: ScenarioError.self) { try Scenario.parse(yaml: yaml) }
    }
}
