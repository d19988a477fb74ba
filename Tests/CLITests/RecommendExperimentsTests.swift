import Foundation
import Testing

/// `recommend` takes lift tests as `fit` does: `--experiments FILE.csv` and the dataset file's
/// `experiments:`; tests that had not ended before the planned month are left out with a note.
@Suite struct RecommendExperimentsTests {
    static let rules = """
        name: test plan
        channels:
          - { name: search }
          - { name: social }
        """

    /// Recommended spend per channel and the notes, from `recommend … --format json`.
    static func recommend(_ arguments: [String]) throws -> (spend: [Double], notes: String) {
        let rules = try CLI.temporaryFile(Self.rules, name: "rules.yaml")
        let run = try CLI.run(["recommend"] + arguments + ["--rules", rules, "--month", "2023-10", "--bootstrap", "8", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let channels = try #require(json["channels"] as? [[String: Any]])
        let notes = (json["notes"] as? [String] ?? []).joined(separator: "\n")
        return (channels.compactMap { $0["spend"] as? Double }, notes)
    }

    /// In the test history search returns about 1.9 per extra unit at its usual spend (its true
    /// curve is 8000·x/(x + 1500) per week). A precise test saying a pause of 4,000 cost 40,000
    /// (ten per unit) contradicts the history, so search's curve rises and the plan moves money
    /// to search; the same test dated after the planned month is not used and is named in the
    /// notes, and the plan is then the one without it. The dataset file's key works the same.
    @Test func liftTestMovesTheRecommendationAndLaterTestsAreLeftOut() throws {
        let data = try CLI.temporaryFile(FitCommandTests.history(), name: "history.csv")
        let columns = ["--history", data, "--date", "week", "--outcome", "revenue", "--spend", "search,social", "--control", "price"]
        let header = "channel,start,end,spend_change,lift,standard_error\n"
        let before = try CLI.temporaryFile(header + "search,2023-03-06,2023-04-30,-4000,-40000,1500\n", name: "tests.csv")
        let after = try CLI.temporaryFile(header + "search,2023-10-02,2023-10-29,-4000,-40000,1500\n", name: "later.csv")

        let plain = try Self.recommend(columns)
        let tested = try Self.recommend(columns + ["--experiments", before])
        let later = try Self.recommend(columns + ["--experiments", after])
        #expect(plain.spend.count == 2 && tested.spend.count == 2)
        #expect(tested.spend[0] > plain.spend[0] * 1.01, "search \(tested.spend[0]) vs \(plain.spend[0]) without the test")
        #expect(later.notes.contains("search 2023-10-02…2023-10-29"), "\(later.notes)")
        #expect(zip(later.spend, plain.spend).allSatisfy { abs($0 - $1) <= 1e-6 * $1 })

        let folder = (data as NSString).deletingLastPathComponent
        let dataset = folder + "/dataset.yaml"
        try Data("""
            file: history.csv
            date: week
            outcome: revenue
            spend: [search, social]
            controls: [price]
            experiments:
              - {channel: search, start: 2023-03-06, end: 2023-04-30, spend_change: -4000, lift: -40000, standard_error: 1500}
            """.utf8).write(to: URL(fileURLWithPath: dataset))
        let fromFile = try Self.recommend(["--dataset", dataset])
        #expect(zip(fromFile.spend, tested.spend).allSatisfy { abs($0 - $1) <= 1e-6 * $1 })
    }
}
