import BudgetModel
import Foundation
import Testing
import TestSupport
@testable import ModelImport

@Suite("Meridian and PyMC-Marketing curves")
struct MeridianPyMCTests {
    @Test("Meridian: the mean curve over 24 months, both axes divided by 24; current = spend at multiplier 1 / 24")
    func meridian() throws {
        let model = try MeridianImport.load(path: Example.path("meridian-response-curves.csv"), months: 24)
        #expect(model.channels.map(\.name) == ["tv", "search"])
        // tv mean: spend 0, 1.2M, 2.4M, 3.6M, 4.8M → 0, 3.0M, 5.0M, 6.2M, 6.9M over 24 months.
        let expected: [[Double]] = [[0, 0], [50000, 125000], [100000, 5e6 / 24], [150000, 6.2e6 / 24], [200000, 6.9e6 / 24]]
        for (got, want) in zip(pairs(model.channels[0].curve).joined(), expected.joined()) { #expect(isClose(got, want)) }
        #expect(model.channels[0].current == 100000)
        #expect(model.channels[1].current == 50000)
        #expect(model.channels.map(\.draws.count) == [0, 0])
    }

    @Test("PyMC-Marketing: x × scale per week, × weeks per month; each (chain, draw) a draw, the mean the curve")
    func pymc() throws {
        let model = try PyMCImport.load(path: Example.path("pymc-saturation-curves.csv"), channelScale: ["tv": 10000, "search": 5000])
        #expect(model.drawIDs == ["0:0", "0:1", "1:0", "1:1"])
        let p = weeksPerMonth
        // Logistic saturation β(1 − e^{−λx})/(1 + e^{−λx}) with tv (β, λ) = (30000, 2), (28000, 2.4),
        // (33000, 1.8), (31000, 2.1), evaluated at x = 1 (spend 10,000 a week) by hand:
        let perDraw = [(30000.0, 2.0), (28000, 2.4), (33000, 1.8), (31000, 2.1)].map { logistic($0.0, $0.1, 1) }
        for (draw, value) in zip(model.channels[0].draws, perDraw) {
            #expect(isClose(draw.outcome(10000 * p), value * p, relative: 1e-6))
        }
        let mean = perDraw.reduce(0, +) / 4
        #expect(isClose(model.channels[0].curve.outcome(10000 * p), mean * p, relative: 1e-6))
        // search at x = 2: spend 10,000 a week.
        let search = [(15000.0, 3.0), (14000, 3.5), (16000, 2.6), (15500, 3.1)].map { logistic($0.0, $0.1, 2) }
        #expect(isClose(model.channels[1].curve.outcome(10000 * p), search.reduce(0, +) / 4 * p, relative: 1e-6))
    }

    @Test("PyMC-Marketing without a channel's scale, Meridian with an unknown metric: errors name the row")
    func errors() throws {
        do {
            _ = try PyMCImport.load(path: Example.path("pymc-saturation-curves.csv"), channelScale: ["tv": 10000])
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("row 3: column 'channel': no --channel-scale for 'search'"))
        }
        let path = try Example.temporary("channel,metric,spend_multiplier,spend,incremental_outcome\ntv,mean,0,0,0\ntv,p50,1,10,5\n", name: "m.csv")
        do {
            _ = try MeridianImport.load(path: path, months: 12)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("row 3: column 'metric': 'p50' is not one of mean, median, ci_lo, ci_hi"))
        }
    }

    /// PyMC-Marketing's logistic saturation β(1 − e^{−λx})/(1 + e^{−λx}).
    func logistic(_ beta: Double, _ lambda: Double, _ x: Double) -> Double {
        let e: Double = exp(-lambda * x)
        return beta * (1 - e) / (1 + e)
    }
}
