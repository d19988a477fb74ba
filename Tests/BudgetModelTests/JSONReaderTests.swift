@testable import BudgetModel
import Testing
import Yams

/// The fast JSON reader against Yams: the same tree, lines included, or a fall-back to Yams.
@Suite struct JSONReaderTests {
    /// A printable form of a tree: kinds, texts, plainness and lines.
    private func dump(_ node: DocumentNode) -> String {
        switch node {
        case let .scalar(text, plain, line): "s(\(text)|\(plain)|\(line ?? -1))"
        case let .number(value, line): "s(\(value)|true|\(line ?? -1))"
        case let .mapping(pairs, line): "m\(line ?? -1){" + pairs.map { dump($0.key) + ":" + dump($0.value) }.joined(separator: ",") + "}"
        case let .sequence(items, line): "q\(line ?? -1)[" + items.map(dump).joined(separator: ",") + "]"
        }
    }

    private func viaYams(_ text: String) throws -> String {
        dump(DocumentNode(try #require(try Yams.compose(yaml: text))))
    }

    @Test(arguments: [
        "{\"name\": \"a\", \"budget\": {\"total\": 1e6},\n \"channels\": [\n  {\"name\": \"x\", \"max\": -0.5, \"locked\": true},\n  {}\n ]}",
        "{\n  \"name\": \"\\u6296\\u97f3 \\\"q\\\" \\\\ \\/ \\n\\t\",\n  \"list\": [[], [1, 2.5E+3, null, false], {\"k\": \"抖音\"}]\n}\n",
        "  {\"a\":\n\n\n  [1,\n  2],\n \"b\" : \"\"}  \n",
    ])
    func sameTreeAsYams(_ text: String) throws {
        let fast = try #require(JSONReader.read(text))
        #expect(dump(fast) == (try viaYams(text)))
    }

    /// Anything but plain JSON with an object on top is left to Yams (which reports errors).
    @Test(arguments: [
        "name: a\nbudget: {total: 5}\n", "{\"a\": 1, \"a\": 2}", "{\"a\": 01}", "{\"a\": 1,}", "{\"a\": .5}",
        "{\"a\": \"x\ty\"}", "[1, 2]", "", "{\"a\": 1} trailing", "{\"a\": \"\\x\"}", "{\"s\": \"\\ud83d\\ude00\"}", "{a: 1}", "{\"a\": 1e}",
    ])
    func leavesOtherTextToYams(_ text: String) {
        #expect(JSONReader.read(text) == nil)
    }

    /// An error in a JSON scenario names the same path and line on either reader.
    @Test func errorsNameTheLine() throws {
        let text = "{\n \"budget\": {\"total\": 100},\n \"channels\": [\n  {\"name\": \"a\",\n   \"curve\": {\"type\": \"linear\", \"roi\": 2, \"slope\": 1}}\n ]\n}"
        do {
            _ = try Scenario.parse(yaml: text)
            Issue.record("an unknown key must be refused")
        } catch {
            #expect(error.line == 5)
            #expect(error.path == "channels[0].curve.slope")
        }
    }
}
