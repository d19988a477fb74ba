@testable import BudgetModel
import Foundation
import Testing
import Yams

/// The fast YAML reader against Yams: the same tree, lines included, or a fall-back to Yams;
/// and the same scenario or the same error (path, line, message) either way.
@Suite struct YAMLSubsetReaderTests {
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

    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: [
        "# a comment\nname: \"Brand \\\"A\\\" 抖音\"\ncurrency: CNY   # trailing\nbudget:\n  total: 50万\n\nchannels:\n  - name: douyin\n    groups: [social, 'brand ''x''']\n    curve: {type: hill, beta: 1.5e6, half_saturation: 4e5, shape: 0.8}\n  -   name: baidu\n      max: -0.5\n      draws:\n      - {type: linear, roi: 2}\n      - [[0, 0], [1, 2.5]]\nconstraints:\n  groups:\n    social: {min_share: 0.3}\n",
        "a:\n- x\n- y\nb: {}\nc: []\nd: a#b\ne: 'x: y'\nf: http://x.y/z\n",
        "top: 1\nnext:\n      deep: true\n      list:\n      - 1\n      - ''\n",
    ])
    func sameTreeAsYams(_ text: String) throws {
        let fast = try #require(YAMLSubsetReader.read(text))
        #expect(dump(fast) == (try viaYams(text)))
    }

    /// Every YAML file shipped in Scenarios/ reads to Yams' tree; the scenarios themselves
    /// (not the worlds or data files) are within the subset, so the fast path is what runs.
    @Test func shippedFilesReadAlike() throws {
        let folder = Self.root.appendingPathComponent("Scenarios")
        let files = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".yaml") }
        #expect(files.count >= 8)
        var fastCount = 0
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            guard let fast = YAMLSubsetReader.read(text) else { continue }
            fastCount += 1
            #expect(dump(fast) == (try viaYams(text)), "\(file)")
        }
        #expect(fastCount >= 6)
        for file in ["b2c-consumer-brand.yaml", "b2c-consumer-brand.zh.yaml", "small-business.yaml"] {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(YAMLSubsetReader.read(text) != nil, "\(file)")
        }
    }

    /// What ``Scenario/yaml(header:)`` writes is within the subset and reads back alike.
    @Test func writtenScenariosReadAlike() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("Scenarios/uncertain-curves.yaml"), encoding: .utf8)
        let written = try Scenario.parse(yaml: text, file: "x", curves: .required, fastReaders: false).yaml(header: ["written back"])
        let fast = try #require(YAMLSubsetReader.read(written))
        #expect(dump(fast) == (try viaYams(written)))
    }

    /// Anything outside the subset is left to Yams.
    @Test(arguments: [
        "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: |\n  text\n", "a: >\n  text\n", "a: one\n  two\n", "a:\nb: 1\n",
        "a: 1\na: 2\n", "a:\t1\n", "a: 1\r\n", "---\na: 1\n", "a: {b: 1,}\n", "a: {b: 1,\n  c: 2}\n", "a:\n  - - 1\n",
        "a: b: c\n", "a: [x: 1]\n", "? a\n: 1\n", "", "# only a comment\n", "a: 1\n b: 2\n", "a:\n  - x\n  b: 1\n",
        "a: \"x\\qy\"\n", "a: 'open\n", "- 1\n- 2\n  c: 3\n", "a: \"\\ud83d\"\n", "<<: {a: 1}\n", "a: @x\n", "a: -x\n",
    ])
    func leavesOtherTextToYams(_ text: String) {
        #expect(YAMLSubsetReader.read(text) == nil)
    }

    /// Bad scenarios inside the subset: the same error, path and line as through Yams.
    @Test(arguments: [
        "budget: {total: 100}\nchannels:\n  - name: a\n    curve: {type: linear, roi: 2, slope: 1}\n",
        "budget: {total: 100}\nchannels:\n  - name: a\n    max: '5'\n    curve: {type: linear, roi: 2}\n",
        "budget: {total: 100}\nchannels:\n  - name: a\n    min: -5\n    curve: {type: linear, roi: 2}\n",
        "budget: {total: 100}\nchannels:\n  - name: a\n    curve: {type: linear, roi: 2}\n  - name: a\n    curve: {type: linear, roi: 1}\n",
        "budget: {total: 100}\nchannels:\n  - name: a\n    group: x\n    curve: {type: linear, roi: 2}\nconstraints:\n  groups:\n    y: {min_share: 0.2}\n",
        "budget: {total: 100}\nchannels:\n  - name: a\n    min: 50\n    max: 10\n    curve: {type: log, beta: 1, scale: 2}\n",
        "budget: {total: 100}\nchannels:\n  - name: a\n",
        "budget: {total: 1e30}\nchannels:\n  - name: a\n    curve: {type: linear, roi: 2}\n",
        "budget: {total: 100}\nchannels: []\n",
        "budget: {total: 100}\nchannels:\n  - name: 'bad name!'\n    curve: {type: linear, roi: 2}\n",
        "budget: {total: 100}\nchannels:\n  - name: a\n    curve: {type: hill, beta: .nan, half_saturation: 1, shape: 1}\n",
        "budget: {total: 100}\nchannels:\n  - name: a\n    curve: {type: linear, roi: 2}\nconstraints:\n  linear:\n    - {name: r, terms: {b: 1}, max: 5}\n",
    ])
    func sameErrorEitherWay(_ text: String) throws {
        #expect(YAMLSubsetReader.read(text) != nil)
        let fast = Result { () throws(ScenarioError) in try Scenario.parse(yaml: text, file: "s.yaml", curves: .required, fastReaders: true) }
        let slow = Result { () throws(ScenarioError) in try Scenario.parse(yaml: text, file: "s.yaml", curves: .required, fastReaders: false) }
        guard case let .failure(a) = fast, case let .failure(b) = slow else {
            Issue.record("both readers must refuse this scenario")
            return
        }
        #expect(a.description == b.description)
        #expect(a.line == b.line && a.path == b.path)
        #expect(a.line != nil)
    }
}
