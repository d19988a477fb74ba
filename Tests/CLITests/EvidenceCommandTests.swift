import Foundation
import Testing

/// `optimize` on a scenario with `seen` ranges: spend stays within them (+20%) unless
/// `--extrapolate`, and a reached cap is said in words.
@Suite struct EvidenceCommandTests {
    static let scenario = """
        name: evidence
        budget: { total: 1000 }
        channels:
          - { name: douyin, current: 150, seen: { min: 100, max: 200 }, curve: { type: linear, roi: 2 } }
          - { name: baidu, current: 850, seen: { min: 500, max: 900 }, curve: { type: linear, roi: 1 } }
        """

    private func spend(_ run: CLIRun) throws -> [Double] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return try #require(json["channels"] as? [[String: Any]]).compactMap { $0["spend"] as? Double }
    }

    @Test func capsAtTheSeenRangeUnlessExtrapolating() throws {
        let file = try CLI.temporaryFile(Self.scenario)
        let guarded = try CLI.run(["optimize", file, "--format", "json"])
        #expect(guarded.status == 0, "\(guarded.stderr)")
        // douyin (ROI 2) wants everything; the data has seen it up to 200: capped at 240.
        #expect(try spend(guarded).map { $0.rounded() } == [240, 760])
        #expect(guarded.stdout.contains("the data has never seen douyin above 200 a month: capped at 240"))
        let table = try CLI.run(["optimize", file, "--evidence-margin", "0.5"])
        #expect(table.stdout.contains("Notes") && table.stdout.contains("capped at 300 (that + 50%)"))
        let free = try CLI.run(["optimize", file, "--format", "json", "--extrapolate"])
        // Without the cap, baidu falls to 0, far below the 500 the data has seen.
        #expect(try spend(free).map { $0.rounded() } == [1000, 0])
    }
}
