import Foundation
import Testing

/// `optimize` writes table, markdown and CSV reports to standard output in pieces as they are
/// laid out; the text is the one written whole to a file with `-o` (apart from the solve's
/// own time on the solver line), the CSV byte-order mark included.
@Suite struct StreamedOutputTests {
    @Test(arguments: [["--format", "table"], ["--format", "markdown"], ["--format", "csv", "--bom"]])
    func standardOutputIsTheFileText(format: [String]) throws {
        let scenario = "Scenarios/b2c-consumer-brand.yaml"
        let streamed = try CLI.run(["optimize", scenario] + format)
        let path = try CLI.freshPath("streamed-report.txt")
        #expect(try CLI.run(["optimize", scenario, "-o", path] + format).status == 0)
        // Decoded as is: `String(contentsOfFile:)` would drop the byte-order mark.
        let built = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(streamed.status == 0)
        func withoutTiming(_ text: String) -> [Substring] {
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("Solver") }
        }
        #expect(withoutTiming(streamed.stdout) == withoutTiming(built))
        #expect(streamed.stdout.count > 500)
        #expect(streamed.stdout.hasPrefix("\u{FEFF}") == format.contains("--bom"))
    }
}
