import BudgetModel
import Testing
import TestSupport
@testable import ModelImport

@Suite("Generic response table")
struct ResponseTableTests {
    @Test("rows become sorted points curves, (0, 0) added where missing")
    func points() throws {
        let model = try ResponseTable.load(path: Example.path("response-table.csv"))
        #expect(model.channels.map(\.name) == ["douyin", "baidu_sem"])
        // As written in the file, sorted by spend (the file lists 400,000 before 200,000).
        #expect(pairs(model.channels[0].curve) == [[0, 0], [100000, 260000], [200000, 440000], [400000, 640000]])
        // No spend-0 row for baidu_sem: (0, 0) is added.
        #expect(pairs(model.channels[1].curve) == [[0, 0], [50000, 150000], [150000, 330000], [300000, 480000]])
        // Halfway between 200,000 and 400,000: (440,000 + 640,000) / 2.
        #expect(isClose(model.channels[0].curve.outcome(300000), 540000))
        #expect(model.channels.map(\.draws.count) == [0, 0])
    }

    @Test("a draw column gives joint draws and their mean; weekly rows scaled to a month")
    func draws() throws {
        let model = try ResponseTable.load(path: Example.path("response-draws.csv"), period: .week)
        #expect(model.drawIDs == ["1", "2", "3"])
        let p = weeksPerMonth
        // tv draws at 10,000/week: 30,000, 24,000, 27,000 → mean 27,000; at 20,000: 50, 44, 50 → 48,000.
        let tv = pairs(model.channels[0].curve)
        #expect(tv.count == 3)
        for (got, want) in zip(tv.joined(), [0, 0, 10000 * p, 27000 * p, 20000 * p, 48000 * p]) { #expect(isClose(got, want)) }
        // search: (10,000 + 8,000 + 12,000)/3 = 10,000 at 5,000; (20 + 19 + 24)/3 = 21,000 at 15,000.
        #expect(isClose(model.channels[1].curve.outcome(15000 * p), 21000 * p))
        // Draw 2 of tv as written, scaled.
        #expect(isClose(model.channels[0].draws[1].outcome(10000 * p), 24000 * p))
        #expect(model.channels.allSatisfy { $0.draws.count == 3 })
    }

    @Test("mean of draws on different spend grids is exact on the union of their spends")
    func meanOnUnion() throws {
        let a = Curve.points([CurvePoint(x: 0, y: 0), CurvePoint(x: 10, y: 10)])
        let b = Curve.points([CurvePoint(x: 0, y: 0), CurvePoint(x: 5, y: 10), CurvePoint(x: 20, y: 16)])
        // At 5: a = 5, b = 10 → 7.5. At 10: a = 10, b = 12 → 11. At 20: a = 10 (flat), b = 16 → 13.
        #expect(pairs(ResponseTable.meanCurve([a, b])) == [[0, 0], [5, 7.5], [10, 11], [20, 13]])
    }

    @Test("evenly spaced draws: indices ⌊i·n/k⌋")
    func thinning() {
        #expect(ResponseTable.evenlySpaced(Array(0..<10), count: 4) == [0, 2, 5, 7])
        #expect(ResponseTable.evenlySpaced(Array(0..<3), count: 5) == [0, 1, 2])
    }

    @Test("bad rows are named with their row and column", arguments: [
        ("channel,spend,outcome\ntv,0,0\ntv,100,abc\n", "row 3: column 'outcome': 'abc' is not a finite number"),
        ("channel,spend,outcome\ntv,0,5\ntv,100,50\n", "row 2: column 'outcome': outcome 5.0 at spend 0"),
        ("channel,spend,outcome\ntv,100,50\ntv,200,40\n", "row 3: column 'outcome': outcome falls from 50.0 (row 2) to 40.0"),
        ("channel,spend,outcome\ntv,100,50\ntv,100,60\n", "column 'spend': spend 100.0 appears twice"),
        ("channel,spend,outcome\ntv,-1,0\ntv,100,60\n", "row 2: column 'spend': negative spend"),
        ("channel,outcome\ntv,0\n", "row 1: no column 'spend'"),
        ("channel,spend,outcome,draw\ntv,0,0,1\ntv,10,5,1\nse,0,0,2\nse,10,5,2\n", "channel 'tv' has no rows for draw '2'"),
        ("channel,spend,outcome\ntv,0,0\ntv,10\n", "row 3: has 2 fields but the header has 3 columns"),
    ])
    func badInput(csv: String, message: String) throws {
        let path = try Example.temporary(csv, name: "table.csv")
        do {
            _ = try ResponseTable.load(path: path)
            Issue.record("expected an error containing \(message)")
        } catch {
            #expect(error.description.hasPrefix(path))
            #expect(error.description.contains(message), "\(error.description)")
        }
    }

    @Test("the scenario takes --current and the budget is their sum; unknown channels are refused")
    func scenario() throws {
        let model = try ResponseTable.load(path: Example.path("response-table.csv"))
        let scenario = try model.scenario(name: "x", file: "f", current: ["douyin": 250000, "baidu_sem": 120000])
        #expect(scenario.budget == .total(370000))
        #expect(scenario.channels.map(\.current) == [250000, 120000])
        #expect(throws: ImportError.self) { try model.scenario(name: "x", file: "f", current: ["tiktok": 1]) }
        #expect(throws: ImportError.self) { try model.scenario(name: "x", file: "f") }
        #expect(try model.scenario(name: "x", file: "f", budget: 5e5).budget == .total(5e5))
    }

    @Test("a spreadsheet export: byte-order mark and Chinese channel names")
    func chineseNames() throws {
        let path = try Example.temporary("\u{FEFF}channel,spend,outcome\n抖音,0,0\n抖音,100000,260000\n小红书,50000,150000\n", name: "zh.csv")
        let model = try ResponseTable.load(path: path)
        #expect(model.channels.map(\.name) == ["抖音", "小红书"])
        #expect(pairs(model.channels[1].curve) == [[0, 0], [50000, 150000]])
    }

    @Test("one draw is no uncertainty: the curve, and no draws")
    func singleDraw() throws {
        let path = try Example.temporary("channel,spend,outcome,draw\ntv,0,0,a\ntv,10,8,a\n", name: "one.csv")
        let model = try ResponseTable.load(path: path)
        #expect(model.drawIDs.isEmpty)
        #expect(model.channels.map(\.draws.count) == [0])
        #expect(pairs(model.channels[0].curve) == [[0, 0], [10, 8]])
    }
}
