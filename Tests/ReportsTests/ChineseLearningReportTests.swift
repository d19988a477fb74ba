import BudgetModel
import Fitting
import History
import Localization
import Planning
import Recommendation
@testable import Reports
import Testing

/// `fit` and `recommend` reports in Chinese: no English word left but identifiers.
@Suite struct ChineseLearningReportTests {
    @Test func fitAndRecommendationReportsAreChineseThroughout() throws {
        let truth = SyntheticMMM(channelCount: 3, periods: 104, noise: 0.04, seed: 5)
        let start = Day(year: 2022, month: 1, day: 3)!
        let dataset = Dataset(
            frequency: .weekly, periods: (0..<104).map { start.advanced(by: 7 * $0) },
            channels: truth.channels.map(\.name), spend: truth.channels.map(\.spend), outcome: truth.outcome)
        let names = truth.channels.map(\.name)
        var options = MMMOptions()
        options.bootstrapSamples = 5
        options.maxEvaluations = 300
        options.bootstrapEvaluations = 100
        try OutputLocale.using(.zh) {
            let rules = try Scenario.parse(yaml: """
                name: 合成数据
                channels:
                  - { name: \(names[0]), label: 抖音, group: 核心 }
                  - { name: \(names[1]), label: 小红书, group: 核心 }
                  - { name: \(names[2]), label: 百度, min: 1000 }
                constraints:
                  groups: { 核心: { min_share: 0.5, max_share: 0.8 } }
                  max_change: 0.3
                """, file: "rules.yaml", curves: .optional)
            let recommendation = try Recommender.recommend(
                dataset: dataset, rules: rules, month: YearMonth(year: 2023, month: 12)!, fitOptions: options)
            // "mROI" and "adstock" are kept as terms of the trade inside the Chinese text.
            let identifiers = names + ["mROI", "adstock", "aggregate", "attributed", "hill", "exponential", "log", "power", "linear", "points", "data.csv"]
            let texts = [
                RecommendReport.render(recommendation, format: .table),
                FitReport.render(recommendation.fit, data: "data.csv", format: .markdown),
            ] + FitReport.charts(recommendation.fit).map { $0.svg.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression) }
            for text in texts {
                let english = ChineseReportTests.englishWords(text, identifiers: identifiers)
                #expect(english.isEmpty, "\(english)")
            }
            #expect(texts[0].contains("预算建议") && texts[0].contains("抖音"))
        }
    }

    @Test func annualPlanReportAndChartAreChineseThroughout() throws {
        let scenario = try Scenario.parse(yaml: """
            name: 全年
            budget: { total: 100000 }
            channels:
              - { name: 搜索, label: 百度搜索, current: 50000, curve: { type: log, beta: 200000, scale: 40000 } }
              - { name: social, current: 50000, curve: { type: exponential, beta: 250000, scale: 60000 } }
            constraints:
              max_change: 0.2
            horizon:
              months: 4
              seasonality:
                搜索: [1.6, 1.0, 0.7, 1.5]
            """)
        let plan = try Planner().plan(scenario)
        OutputLocale.using(.zh) {
            let texts = [PlanReport.render(plan, format: .table), PlanReport.render(plan, format: .markdown)]
                + [PlanReport.svg(plan).replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)]
            for text in texts {
                let english = ChineseReportTests.englishWords(text, identifiers: ["social", "horizon", "format", "json"])  // `--format json`
                #expect(english.isEmpty, "\(english)")
            }
            #expect(texts[0].contains("全年方案") && texts[0].contains("百度搜索"))
            // Without `start:` the months are `month 1`...: shown in Chinese, kept as written in JSON.
            #expect(texts.allSatisfy { $0.contains("第 4 个月") })
            let json = PlanReport.render(plan, format: .json)
            #expect(json.contains("\"month 4\"") && !json.contains("个月"))
        }
    }
}
