extension Catalogue {
    /// Learning from data: recommend, fit, simulate, compare.
    static let learning: [Message: Entry] = [
        // recommend
        .recommendTitle: ("Recommendation for {month}: {name}", "{month} 预算建议：{name}"),
        .labelLastMonthSplit: ("Last month's split", "上月分配"),
        .labelOptimality: ("Optimality", "最优性"),
        .labelFit: ("Fit", "拟合"),
        .expectedOutcomeText: ("{value} (90% interval {low} – {high})", "{value}（90% 区间 {low} – {high}）"),
        .lastMonthSplitText: (
            "{value} on the same curves ({month}); the new split adds {change}",
            "同一组曲线下为 {value}（{month}）；新的分配带来 {change}"
        ),
        .optimalityText: ("{status}, provably within {gap} of the best possible", "{status}，可证明与理论最优相差不超过 {gap}"),
        .recommendFitText: (
            "{method}, {periods} periods before {month}, R² {r2}, hold-out MAPE {mape}",
            "{method}，{month} 之前的 {periods} 期数据，R² {r2}，留出集 MAPE {mape}"
        ),
        .columnLastMonth: ("Last month", "上月"),
        .columnRecommended: ("Recommended", "建议"),
        .columnChange: ("Change", "变化"),
        .columnMROILastMonth: ("mROI last month", "上月边际ROI"),
        .columnMROIRecommended: ("mROI recommended", "建议方案边际ROI"),
        .columnWhy: ("Why", "原因"),
        .rulesThatShape: ("Rules that shape the plan", "影响方案的规则"),
        .notes: ("Notes", "说明"),
        .mroiNote: (
            "mROI is the marginal ROI: the outcome of one more unit of spend on the fitted monthly curve. Money moves toward channels whose mROI at last month's spend is above the budget's shadow price (the return of the best use of one more unit) and away from those below it, until the rules stop it.",
            "边际ROI（mROI）：在拟合出的月度曲线上，再多花一单位带来的产出。上月花费处边际ROI高于预算影子价格（多一单位预算的最佳回报）的渠道会获得更多预算，低于它的渠道会被削减，直到规则限制为止。"
        ),
        .theOthers: ("the others'", "其他渠道的水平"),
        .heldBy: (" (held by {rules})", "（受 {rules} 限制）"),
        .reasonKeep: ("keep: mROI {mroi} ≈ the budget's {price}{limit}", "保持：边际ROI {mroi} ≈ 预算的 {price}{limit}"),
        .reasonUp: ("up: mROI {mroi} above the budget's {price}{limit}", "增加：边际ROI {mroi} 高于预算的 {price}{limit}"),
        .reasonUpSCurve: (
            "up: S-shaped, mROI rises with spend ({mroi} → {after}) past the budget's {price}{limit}",
            "增加：S 型曲线，边际ROI 随花费上升（{mroi} → {after}），超过预算的 {price}{limit}"
        ),
        .reasonDown: ("down: mROI {mroi} below the budget's {price}{limit}", "减少：边际ROI {mroi} 低于预算的 {price}{limit}"),
        .reasonDownRules: (
            "down: mROI {mroi} is high, but the rules or the budget's other uses win{limit}",
            "减少：边际ROI {mroi} 虽高，但规则或预算的其他用途更优{limit}"
        ),

        // fit
        .fitTitle: ("Fit of {data}", "拟合：{data}"),
        .labelMethod: ("Method", "方法"),
        .labelPeriods: ("Periods", "期数"),
        .labelHoldoutMAPE: ("Hold-out MAPE", "留出集 MAPE"),
        .labelROIPrior: ("ROI prior", "ROI 先验"),
        .fitMethodAggregate: (
            "media-mix model (baseline, trend, seasonality, controls; adstock + hill per channel), variable projection",
            "媒体组合模型（基线、趋势、季节性、控制变量；每个渠道 adstock + hill），变量投影法"
        ),
        .fitMethodAttributed: (
            "attributed outcomes: one curve per channel, family chosen by hold-out error",
            "归因产出：每个渠道一条曲线，按留出集误差选择曲线族"
        ),
        .roiPriorText: (
            "ROI ~ N(0, ({tau} × outcome per unit of spend)²) on every channel (a modelling assumption)",
            "每个渠道 ROI ~ N(0, ({tau} × 单位花费产出)²)（建模假设）"
        ),
        .labelExperiments: ("Experiments", "实验"),
        .fitNote: ("Note: {note}.", "注：{note}。"),
        .fitLeftOut: ("left out (see the note above): no curve", "未纳入（见上方说明）：无曲线"),
        .columnContribution: ("Contribution", "贡献"),
        .columnROIInterval: ("ROI 90% interval", "ROI 90% 区间"),
        .columnEvidence: ("Evidence", "证据强度"),
        .columnMonthlyCurve: ("Monthly curve (outcome of a month's spend)", "月度曲线（一个月花费的产出）"),
        .evidenceStrong: ("strong", "强"),
        .evidenceModerate: ("moderate", "中"),
        .evidenceWeak: ("weak", "弱"),
        .fitNoteAggregate: (
            "ROI is the channel's contribution over the data divided by its spend; marginal ROI is the return on one more unit at recent spend, carryover included. The interval is a 90% posterior interval (curve shape, carryover and size all uncertain). Evidence: strong = interval narrower than 40% of the ROI and hold-out error at most 1.5 times the in-sample error; moderate = narrower than the ROI and at most 2.5 times.",
            "ROI：渠道在数据期内的贡献除以其花费；边际ROI：在近期花费水平上再多花一单位的回报（含延滞效应）。区间为 90% 后验区间（曲线形状、延滞和规模均不确定）。证据强度：强 = 区间宽度小于 ROI 的 40% 且留出集误差不超过样本内误差的 1.5 倍；中 = 区间窄于 ROI 且不超过 2.5 倍。"
        ),
        .fitNoteAttributed: (
            "ROI is the channel's contribution over the data divided by its spend; marginal ROI is the return on one more unit at recent spend. The interval is a 90% bootstrap interval over periods.",
            "ROI：渠道在数据期内的贡献除以其花费；边际ROI：在近期花费水平上再多花一单位的回报。区间为按期自助法得到的 90% 区间。"
        ),
        .weakEvidence: (
            "Weak evidence for {channels}: the 90% interval is wider than the ROI itself (or the hold-out error is far above the in-sample error), so the data cannot tell this channel's effect apart from the baseline or other channels. Do not move much money on it; run a test (vary its spend on purpose for a few weeks) and refit.",
            "{channels} 证据弱：90% 区间比 ROI 本身还宽（或留出集误差远高于样本内误差），数据无法把该渠道的效果与基线或其他渠道区分开。不要据此大幅调整预算；先做测试（有意调整其花费几周）再重新拟合。"
        ),
        .seriesActual: ("actual", "实际"),
        .seriesFitted: ("fitted", "拟合"),
        .seriesBaseline: ("baseline (no media)", "基线（无投放）"),
        .seriesFittedCurve: ("fitted curve", "拟合曲线"),
        .seriesBootstrapBand: ("90% posterior band", "90% 后验区间带"),
        .markerRecentSpend: ("recent spend", "近期花费"),
        .fitChartTitle: ("Outcome over time: actual vs fitted (R² {r2})", "产出随时间变化：实际与拟合（R² {r2}）"),
        .curveChartTitle: ("{channel}: outcome of one month's spend", "{channel}：一个月花费的产出"),
        .axisPeriod: ("period", "期"),
        .axisMonthlySpend: ("monthly spend", "月花费"),
        .axisMonthlyOutcome: ("monthly outcome", "月产出"),

        // simulate and compare
        .simulationTitle: ("Simulation: {name}", "模拟：{name}"),
        .compareTitle: ("Strategy comparison: {name}", "策略对比：{name}"),
        .labelWorld: ("World", "模拟世界"),
        .labelMonths: ("Months", "月数"),
        .labelReplicates: ("Replicates", "重复次数"),
        .labelNoise: ("Noise", "噪声"),
        .labelWarmup: ("Warm-up", "预热期"),
        .labelOracle: ("Oracle", "理想策略（oracle）"),
        .labelBaseline: ("Baseline", "基线"),
        .worldHistory: ("fitted to a history (media-mix model)", "由历史数据拟合（媒体组合模型）"),
        .worldCurves: ("a scenario of true curves", "给定真实曲线的场景"),
        .monthsText: ("{count} ({first} to {last})", "{count}（{first} 至 {last}）"),
        .replicatesText: ("{count} (seeds {first} to {last})", "{count}（随机种子 {first} 至 {last}）"),
        .warmupText: ("{months} months; learner {learner}", "{months} 个月；学习器 {learner}"),
        .oracleText: (
            "{method} plan, proven within {gap}; expected outcome {outcome}",
            "{method} 方案，可证明误差不超过 {gap}；预期产出 {outcome}"
        ),
        .baselineText: (
            "{value} over the months (outcome without media, the same for every strategy)",
            "各月合计 {value}（无投放时的产出，各策略相同）"
        ),
        .holdoutMAPEText: (", hold-out MAPE {value}", "，留出集 MAPE {value}"),
        .budgetPerMonth: ("{amount} a month", "每月 {amount}"),
        .budgetRangePerMonth: ("{low} to {high} a month (what was actually spent)", "每月 {low} 至 {high}（实际花费）"),
        .simulationDefinitions: (
            "Outcomes are media outcomes summed over the months, as reported (with noise) and as expected on the true curves. Regret is the share of the oracle's expected outcome a strategy fell short by, averaged over replicates (5–95%: the spread over replicates); the oracle knows the true curves. Violations count rules broken by the plans actually spent (all replicates); repaired months are months per replicate whose proposal broke a rule and was moved to the nearest plan that obeys them.",
            "产出为各月媒体产出之和，分别给出报告值（含噪声）和真实曲线上的期望值。遗憾值（regret）：策略比理想策略（oracle，知道真实曲线）的期望产出少的比例，按重复次数取平均（5–95%：各次重复间的分布）。违规数：实际执行的方案违反规则的次数（所有重复）；修复月数：每次重复中方案违反规则、被移到最近的合规方案的月数。"
        ),
        .tableStrategies: ("Strategies", "策略"),
        .tableMonthly: ("Monthly", "逐月"),
        .columnRank: ("Rank", "排名"),
        .columnStrategy: ("Strategy", "策略"),
        .columnRegret: ("Regret", "遗憾值"),
        .columnRegretRange: ("Regret 5–95%", "遗憾值 5–95%"),
        .columnViolations: ("Violations", "违规数"),
        .columnRepairedMonths: ("Repaired months", "修复月数"),
        .columnRegretP05: ("Regret p05", "遗憾值 p05"),
        .columnRegretP95: ("Regret p95", "遗憾值 p95"),
        .columnRealizedRegret: ("Realized regret", "实现遗憾值"),
        .columnMonth: ("Month", "月份"),
        .rulesBrokenExamples: ("Rules broken (first examples)", "违反的规则（前几例）"),
        .ranking: ("Ranking", "排名"),
        .roiByMonth: ("ROI by month", "逐月 ROI"),
        .regretByMonthTable: ("Regret by month (cumulative, share of the oracle's total)", "逐月遗憾值（累计，占理想策略总产出的比例）"),
        .chartsSeeHTML: (
            "Charts: see report.html beside this file (cumulative outcome with 5–95% bands, monthly allocation, ROI by month, regret).",
            "图表见同目录下的 report.html（累计产出及 5–95% 区间带、逐月分配、逐月 ROI、遗憾值）。"
        ),
        .allocationLastMonth: ("Allocation in the last month ({month}, mean spend)", "最后一个月的分配（{month}，平均花费）"),
        .cumulativeOutcome: ("Cumulative outcome", "累计产出"),
        .monthlyAllocation: ("Monthly allocation", "逐月分配"),
        .regretVsOracle: ("Regret vs oracle", "相对理想策略的遗憾值"),
        .captionCumulative: (
            "Reported outcome summed month by month; the line is the mean over replicates, the shaded band the 5th to 95th percentile.",
            "报告产出逐月累加；线为各次重复的均值，阴影带为第 5 至第 95 百分位。"
        ),
        .captionAllocation: (
            "Mean spend per channel in each month, stacked, one panel per strategy (best first).",
            "每月各渠道的平均花费（堆叠），每个策略一个小图（最好的在前）。"
        ),
        .captionROI: ("Mean reported outcome divided by mean spend, per month.", "每月平均报告产出除以平均花费。"),
        .captionRegret: (
            "The share of the oracle's expected outcome each strategy fell short by; whiskers span the 5th to 95th percentile over replicates.",
            "各策略比理想策略期望产出少的比例；须线为各次重复的第 5 至第 95 百分位。"
        ),
        .captionRegretTime: (
            "How the shortfall accumulates: a flat stretch means the strategy is as good as the oracle in those months.",
            "差距如何累积：曲线平坦的一段表示该策略在这些月份与理想策略一样好。"
        ),
        .cumulativeChartTitle: (
            "Cumulative outcome by strategy (mean, 5–95% band over {seeds} replicates)",
            "各策略累计产出（均值，{seeds} 次重复的 5–95% 区间带）"
        ),
        .roiChartTitle: ("ROI by month (mean outcome / mean spend over replicates)", "逐月 ROI（各次重复的平均产出 / 平均花费）"),
        .regretTimeTitle: (
            "Regret vs oracle, accumulating (share of the oracle's total expected outcome)",
            "相对理想策略的累计遗憾值（占理想策略期望总产出的比例）"
        ),
        .regretTimeLabel: ("Regret vs oracle over time", "相对理想策略的遗憾值随时间变化"),
        .cumulativeRegret: ("Cumulative regret", "累计遗憾值"),
        .regretBarsTitle: ("Regret vs oracle (mean; whisker: 5–95% over replicates)", "相对理想策略的遗憾值（均值；须线：各次重复的 5–95%）"),
        .regretAxis: ("Share of the oracle's expected outcome lost", "损失的理想策略期望产出比例"),
        .allocationTitle: ("Monthly allocation per strategy (mean spend per channel)", "各策略逐月分配（各渠道平均花费）"),
        .tipCumulative: (
            "{strategy}: {value} after {months} months (5–95%: {low} – {high})",
            "{strategy}：{months} 个月后 {value}（5–95%：{low} – {high}）"
        ),
        .tipROI: ("{strategy}: ROI {first} in the first month, {last} in the last", "{strategy}：首月 ROI {first}，末月 {last}"),
        .tipRegretEnd: ("{strategy}: regret {regret} at the end", "{strategy}：期末遗憾值 {regret}"),
        .tipRegret: ("{strategy}: regret {regret} (5–95%: {low} – {high})", "{strategy}：遗憾值 {regret}（5–95%：{low} – {high}）"),
    ]
}
