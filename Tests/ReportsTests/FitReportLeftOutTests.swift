import Fitting
import History
import Recommendation
@testable import Reports
import Testing

/// A channel the data cannot inform (here: its spend is exactly twice another's) is left out
/// of the fit; the report must not show its zero response as a fitted curve ("hill β 0").
@Suite struct FitReportLeftOutTests {
    @Test func leftOutChannelHasNoCurveInTheReport() throws {
        let truth = SyntheticMMM(channelCount: 2, periods: 104, noise: 0.04, seed: 7)
        let start = Day(year: 2022, month: 1, day: 3)!
        let copy = truth.channels[0].spend.map { 2 * $0 }
        let dataset = Dataset(
            frequency: .weekly, periods: (0..<104).map { start.advanced(by: 7 * $0) },
            channels: truth.channels.map(\.name) + ["copy"], spend: truth.channels.map(\.spend) + [copy], outcome: truth.outcome)
        var options = MMMOptions()
        options.bootstrapSamples = 5
        options.maxEvaluations = 300
        options.bootstrapEvaluations = 100
        let fit = try HistoryFit.fit(dataset, method: .aggregate, options: options)
        #expect(fit.channels.map(\.informed) == [true, true, false])
        let table = FitReport.render(fit, data: "data.csv", format: .csv)
        let row = try #require(table.split(separator: "\n").first { $0.hasPrefix("copy,") })
        #expect(row.contains("left out"))
        #expect(!row.contains("hill"))
        let fitted = try #require(table.split(separator: "\n").first { $0.hasPrefix("\(truth.channels[0].name),") })
        #expect(fitted.contains("hill"))
        let json = FitReport.render(fit, data: "data.csv", format: .json)
        #expect(json.contains("\"informed\":false") || json.contains("\"informed\": false"))
    }
}
