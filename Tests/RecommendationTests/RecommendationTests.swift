import BudgetModel
import Fitting
import Foundation
import History
import Recommendation
import TestSupport
import Testing

@Suite struct CurveTimeScaleTests {
    /// p·f(m/p) for each family, against the converted curve, at a few spends.
    @Test func monthlyCurveIsPTimesPeriodCurveOfPthOfSpend() {
        let p = 52.1775 / 12
        let curves: [Curve] = [
            .hill(beta: 100, halfSaturation: 30, shape: 1.7), .exponential(beta: 80, scale: 20),
            .log(beta: 50, scale: 10), .power(beta: 3, exponent: 0.6), .linear(roi: 2),
            .points([CurvePoint(x: 0, y: 0), CurvePoint(x: 10, y: 30), CurvePoint(x: 40, y: 60)]),
        ]
        for curve in curves {
            let monthly = curve.monthly(periodsPerMonth: p)
            for m in [5.0, 50, 170, 900] {
                #expect(isClose(monthly.outcome(m), p * curve.outcome(m / p), relative: 1e-12), "\(curve)")
            }
        }
    }
}

@Suite struct RecommenderTests {
    /// Synthetic weekly history with known curves (3 years), a rules file with a core group
    /// held to 60–70%, a 30% change limit and floors; the recommendation obeys every rule,
    /// uses the fitted curves, and its interval contains its point estimate.
    @Test func recommendationObeysRulesOnSyntheticHistory() throws {
        let truth = SyntheticMMM(channelCount: 4, periods: 156, noise: 0.04, seed: 11)
        let start = Day(year: 2021, month: 1, day: 4)!
        let dataset = Dataset(
            frequency: .weekly, periods: (0..<156).map { start.advanced(by: 7 * $0) },
            channels: truth.channels.map(\.name), spend: truth.channels.map(\.spend), outcome: truth.outcome)
        let names = truth.channels.map(\.name)
        let rules = try Scenario.parse(yaml: """
            name: synthetic
            channels:
              - { name: \(names[0]), group: core }
              - { name: \(names[1]), group: core }
              - { name: \(names[2]), min: 1000 }
              - { name: \(names[3]), min: 1000 }
            constraints:
              groups: { core: { min_share: 0.6, max_share: 0.7 } }
              max_change: 0.3
            """, file: "rules.yaml", curves: .optional)
        let month = YearMonth(year: 2023, month: 12)!
        var options = MMMOptions()
        options.bootstrapSamples = 20
        options.maxEvaluations = 1500
        options.bootstrapEvaluations = 300
        let recommendation = try Recommender.recommend(dataset: dataset, rules: rules, month: month, fitOptions: options)

        #expect(recommendation.lastMonth == YearMonth(year: 2023, month: 11)!)
        #expect(recommendation.scenario.violations(of: recommendation.result.spend).isEmpty)
        let total = recommendation.result.totalSpend
        let lastTotal = recommendation.scenario.channels.reduce(0) { $0 + ($1.current ?? 0) }
        #expect(isClose(total, lastTotal, relative: 1e-9))  // budget defaults to last month's total
        #expect(recommendation.outcomeInterval.contains(recommendation.expectedOutcome)
                || recommendation.outcomeInterval.lowerBound <= recommendation.expectedOutcome * 1.0001)
        #expect(recommendation.result.isProven)
        // Data after the planned month is not used: the fit covers periods before December 2023.
        #expect(recommendation.fit.periods.allSatisfy { $0 < month.firstDay })
    }
}

@Suite struct AttributedHistoryFitTests {
    /// Per-channel (attributed) weekly outcomes from known curves with a little deterministic
    /// noise: the fitted monthly curves agree with the true monthly curves p·f(m/p) where the
    /// data lies, and ROI is Σ outcome / Σ spend exactly.
    @Test func recoversKnownCurvesAsMonthlyCurves() throws {
        let truths: [Curve] = [.hill(beta: 5000, halfSaturation: 2000, shape: 1), .exponential(beta: 3000, scale: 1500)]
        let periods = 120
        let start = Day(year: 2022, month: 1, day: 3)!
        var spend: [[Double]] = [[], []]
        var outcome: [[Double]] = [[], []]
        for t in 0..<periods {
            for c in 0..<2 {
                let x = 300 + Double((t * (37 + 11 * c)) % 4000)
                spend[c].append(x)
                outcome[c].append(truths[c].outcome(x) * (1 + 0.02 * sin(Double(t * (c + 3)))))
            }
        }
        let dataset = Dataset(
            frequency: .weekly, periods: (0..<periods).map { start.advanced(by: 7 * $0) }, channels: ["a", "b"],
            spend: spend, outcome: zip(outcome[0], outcome[1]).map { $0 + $1 }, attributed: outcome)
        let fit = try HistoryFit.fit(dataset)
        #expect(fit.method == .attributed)
        let p = 52.1775 / 12
        for c in 0..<2 {
            let roi = outcome[c].reduce(0, +) / spend[c].reduce(0, +)
            #expect(isClose(fit.channels[c].roi, roi, relative: 1e-9))
            #expect(fit.channels[c].roiInterval.contains(roi))
            for weekly in [800.0, 2000, 3500] {
                let m = weekly * p
                #expect(isClose(fit.channels[c].monthlyCurve.outcome(m), p * truths[c].outcome(weekly), relative: 0.03), "channel \(c) at \(weekly)")
            }
        }
        #expect(fit.r2 > 0.95)
    }
}

@Suite struct HorizonRecommendationTests {
    /// The rules file's horizon covers November 2023 to January 2024; recommending December fixes
    /// November at the data's spend and plans December and January under the horizon's total.
    @Test func nextMonthIsTheFirstOfTheRestOfTheHorizon() throws {
        let truth = SyntheticMMM(channelCount: 3, periods: 156, noise: 0.04, seed: 5)
        let start = Day(year: 2021, month: 1, day: 4)!
        let dataset = Dataset(
            frequency: .weekly, periods: (0..<156).map { start.advanced(by: 7 * $0) },
            channels: truth.channels.map(\.name), spend: truth.channels.map(\.spend), outcome: truth.outcome)
        let names = truth.channels.map(\.name)
        let november = dataset.monthly()
        let n = try #require(november.months.firstIndex(of: YearMonth(year: 2023, month: 11)!))
        let spent = names.indices.map { november.spend[$0][n] }
        let total = 3 * spent.reduce(0, +)
        let rules = try Scenario.parse(yaml: """
            name: synthetic year end
            channels:
              - { name: \(names[0]) }
              - { name: \(names[1]) }
              - { name: \(names[2]) }
            constraints:
              max_change: 0.3
            horizon:
              start: 2023-11
              months: 3
              budget: { total: \(total) }
            """, file: "rules.yaml", curves: .optional)
        var options = MMMOptions()
        options.bootstrapSamples = 5
        options.maxEvaluations = 1500
        options.bootstrapEvaluations = 200
        let plan = try Recommender.recommendInHorizon(dataset: dataset, rules: rules, month: YearMonth(year: 2023, month: 12)!, fitOptions: options)
        #expect(plan.actualMonths == 1)
        #expect(plan.months.map(\.label) == ["2023-11", "2023-12", "2024-01"])
        for i in names.indices { #expect(isClose(plan.months[0].channels[i].spend, spent[i], relative: 1e-12)) }
        #expect(isClose(plan.totalSpend, total, relative: 1e-9))
        for i in names.indices {
            let (before, now) = (spent[i], plan.months[1].channels[i].spend)
            #expect(now <= before * 1.3 * (1 + 1e-7) && now >= before * 0.7 * (1 - 1e-7), "channel \(i) against November")
        }
    }
}
