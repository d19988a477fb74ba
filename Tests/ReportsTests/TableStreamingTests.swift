import BudgetModel
import Optimizer
@testable import Reports
import Testing

/// Table, markdown and CSV reports handed over in pieces are byte for byte the text built whole
/// (``Document/render(_:)``, which joins every block's lines), whatever the piece size.
@Suite struct TableStreamingTests {
    @Test(arguments: [OutputFormat.table, .markdown, .csv, .json])
    func optimizeReportStreamsTheSameText(format: OutputFormat) throws {
        let result = try Fixtures.result()
        let built = OptimizeReport.render(result, format: format, notes: ["a note, with a comma"])
        var pieces: [String] = []
        try OptimizeReport.render(result, format: format, notes: ["a note, with a comma"]) { pieces.append($0) }
        #expect(pieces.joined() == built)
        #expect(built.hasSuffix("\n"))
    }

    /// Small pieces: each piece ends between lines and is at least the piece size (but the
    /// last); joined, they are the whole text. An empty block between two others adds no
    /// blank lines, as when built whole.
    @Test(arguments: [OutputFormat.table, .markdown, .csv])
    func smallPiecesJoinToTheWholeText(format: OutputFormat) throws {
        var document = OptimizeReport.document(try Fixtures.result())
        document.blocks.insert(.facts([]), at: 2)
        document.append(.list(title: "Notes", items: ["one", "two"]))
        var pieces: [String] = []
        try document.render(format, piece: 64) { pieces.append($0) }
        #expect(pieces.joined() == document.render(format))
        #expect(pieces.count > 3)
        #expect(pieces.dropLast().allSatisfy { $0.utf8.count >= 64 })
    }
}
