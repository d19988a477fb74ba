import BudgetModel
import TestSupport
import Testing

@testable import Fitting

/// Long series (issue 11, point 7): the search and sampler score a sample of the periods
/// (``RowSample``) whose hill columns, half saturations and lift columns equal the full
/// series' exactly, so the fit is linear in rows without changing what a period means.
@Suite struct RowSampleTests {
    /// A long, bursty spend series.
    static let spend: [Double] = {
        var rng = SplitMix64(seed: 5, stream: 0)
        var on = true
        return (0..<5_000).map { _ in
            if rng.nextUniform() < 0.05 { on.toggle() }
            return on ? 100 * (0.5 + rng.nextUniform()) : 0
        }
    }()

    @Test func blocksCoverTheSeriesEvenly() throws {
        #expect(RowSample(rows: 900, periods: 900, limit: 1_000) == nil)
        let sample = try #require(RowSample(rows: 4_940, periods: 5_000, limit: 3_000))
        #expect(sample.count == 3_000)
        #expect(sample.blocks.first == 0..<1_000)
        #expect(sample.blocks.last == 3_940..<4_940)
        #expect(sample.blocks[1] == 1_970..<2_970)
    }

    /// `K = κ·mean(A)` from the O(330) formula equals the mean of the adstock computed period by
    /// period (spend delayed by δ, `x′_t = (1 − f)x_{t−d} + f·x_{t−d−1}`); the hill column at the
    /// sampled periods equals the full column there.
    @Test(arguments: [(0.0, 0.0), (0.3, 0.0), (0.9, 0.0), (0.5, 2.5), (0.9, 1.0)])
    func sampledColumnsEqualFullColumns(theta: Double, delay: Double) throws {
        let x = Self.spend
        let input = try MMMInput(channels: ["a"], spend: [x], outcome: x.map { $0 + 1 }, periodsPerYear: 365.25)
        let full = MMMDesign(input, harmonics: 1)
        let sample = try #require(RowSample(rows: x.count, periods: x.count, limit: 2_500))
        let sampled = full.sampled(sample)
        let p = MediaParameters(carryover: theta, saturation: 1.3, shape: 1.7, delay: delay)
        let d = Int(delay)
        let f = delay - Double(d)
        var a = 0.0
        var direct: [Double] = []
        for t in x.indices {
            let shifted = (1 - f) * (t - d >= 0 ? x[t - d] : 0) + f * (t - d - 1 >= 0 ? x[t - d - 1] : 0)
            a = shifted + theta * a
            direct.append(a)
        }
        let mean = direct.reduce(0, +) / Double(x.count)
        let (fullColumn, fullK) = full.hillColumn(0, p)
        let (column, k) = sampled.hillColumn(0, p)
        #expect(isClose(fullK, 1.3 * mean, relative: 1e-12))
        #expect(isClose(k, fullK, relative: 1e-12))
        let expected = sample.gather(fullColumn)
        #expect(column.count == expected.count)
        for (got, want) in zip(column, expected) { #expect(abs(got - want) <= 1e-12) }
        #expect(sampled.fixed[1] == sample.gather(full.fixed[1]))  // the trend keeps real dates
    }

    /// Lift columns computed from a window before the test equal the whole-series computation.
    @Test func liftColumnsReadOnlyTheTestsWindow() throws {
        let x = Self.spend
        let input = try MMMInput(channels: ["a"], spend: [x], outcome: x.map { $0 + 1 }, periodsPerYear: 52)
        let design = MMMDesign(input, harmonics: 0)
        let test = MMMExperiment(channel: "a", periods: 3_000..<3_020, spendChange: 500, lift: 10, standardError: 1)
        let p = MediaParameters(carryover: 0.8, saturation: 1, shape: 2, delay: 1.5)
        let k = 120.0
        let got = design.liftColumns([(0, test)], parameters: [p], halfSaturations: [k])[0]
        var changed = x
        for t in test.periods { changed[t] += 500 / 20 }
        let before = MediaResponse(carryover: 0.8, halfSaturation: k, shape: 2, beta: 1, delay: 1.5).contributions(x)
        let after = MediaResponse(carryover: 0.8, halfSaturation: k, shape: 2, beta: 1, delay: 1.5).contributions(changed)
        let want = test.periods.reduce(0.0) { $0 + after[$1] - before[$1] }
        #expect(isClose(got, want, relative: 1e-9))
    }

    /// A fit that scores a sample of 500 of 1,500 weekly periods (with a small search budget)
    /// recovers every true ROI within 10%, says so in a note, and its intervals contain its ROIs.
    @Test func sampledFitRecoversTheTruth() throws {
        let truth = SyntheticMMM(channelCount: 2, periods: 1_500, noise: 0.03, mediaShare: 0.5, seed: 31)
        var options = MMMOptions(bootstrapSamples: 8, maxEvaluations: 1_500, bootstrapEvaluations: 300)
        options.scoredRowLimit = 500
        let fit = try MMMFitter.fit(truth.input, options: options)
        #expect(fit.notes.contains { $0.contains("500 of the 1500 periods") })
        for (channel, actual) in zip(fit.channels, truth.channels) {
            #expect(isClose(channel.roi, actual.trueROI, relative: 0.1), "\(channel.name): \(channel.roi) vs \(actual.trueROI)")
            #expect(channel.roiInterval.contains(channel.roi))
            #expect(channel.contribution.count == 1_500)
        }
        #expect(fit.r2 > 0.9)
    }
}
