import BudgetModel
import Optimizer
@testable import Reports
import Testing

/// The JSON report handed over in pieces is the same text as the whole, and the pieces stay
/// small (a large plan's JSON is never held whole).
@Suite struct JSONStreamingTests {
    @Test func piecesJoinToTheWholeText() throws {
        // 40,000 elements of about 80 bytes: over 3 MB, so at least two full pieces and a rest.
        let value = JSON.object([
            ("title", .string("a \"quoted\" name\n")),
            ("rows", .elements(40_000) { i in .object([("i", .integer(i)), ("x", .number(Double(i) / 3)), ("name", .string("row\(i)"))]) }),
            ("empty", .elements(0) { _ in .null }), ("nested", .array([.array([]), .object([])])),
        ])
        var pieces: [String] = []
        try value.render { pieces.append($0) }
        #expect(pieces.joined() == value.rendered())
        #expect(pieces.count >= 3)
        #expect(pieces.dropLast().allSatisfy { $0.utf8.count >= 1 << 20 && $0.utf8.count < (1 << 20) + 4096 })
    }

    @Test func optimizeReportStreamsItsJSON() throws {
        let result = try Fixtures.result()
        var text = ""
        try OptimizeReport.renderJSON(result, notes: ["a note"]) { text += $0 }
        #expect(text == OptimizeReport.render(result, format: .json, notes: ["a note"]))
    }

    /// Result channels lined up with names, in the same order or not, missing ones nil.
    @Test func alignedByName() throws {
        let channels = try Fixtures.result().channels
        let names = channels.map(\.name)
        #expect(Common.aligned(channels, to: names).map { $0?.name } == names)
        let reordered = ["nobody"] + names.reversed()
        #expect(Common.aligned(channels, to: reordered).map { $0?.name } == [nil] + names.reversed())
    }
}
