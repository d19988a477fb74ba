extension Catalogue {
    /// Uncertain curves: outcome over draws, risk measures, evidence limits (issue 10).
    static let uncertainty: [Message: Entry] = [
        .labelRisk: ("Risk", "风险口径"),
        .labelOutcomeOverDraws: ("Outcome over draws", "各抽样下的产出"),
        .labelBeatsCurrent: ("Beats current", "胜过当前方案"),
        .labelBeatsLastMonth: ("Beats last month", "胜过上月分配"),
        .outcomeOverDrawsText: (
            "mean {mean}; 90% interval {low} – {high}; worst 10% {worst} ({draws} draws)",
            "均值 {mean}；90% 区间 {low} – {high}；最差 10% 均值 {worst}（{draws} 个抽样）"
        ),
        .beatsText: ("in {percent} of draws", "在 {percent} 的抽样中"),
        .beatsGainText: (
            "in {percent} of draws (gain over {versus}, 90% interval {low} – {high})",
            "在 {percent} 的抽样中（相对{versus}的增量，90% 区间 {low} – {high}）"
        ),
        .versusCurrent: ("current", "当前方案"),
        .versusLastMonth: ("last month", "上月分配"),
        .noDraws: ("— (no curve draws)", "—（没有曲线抽样）"),
        .riskMeanSummary: ("mean over draws", "各抽样的均值"),
        .riskCVaRSummary: ("CVaR: mean of the worst {share} of draws", "CVaR：最差 {share} 抽样的均值"),
        .riskChanceSummary: (
            "mean over draws, beating the current plan with probability ≥ {p} (CVaR form)",
            "各抽样的均值，且以不低于 {p} 的概率胜过当前方案（CVaR 形式）"
        ),
        .riskMeanShort: ("mean over draws", "各抽样均值"),
        .riskCVaRShort: ("CVaR {share} over draws", "最差 {share} 抽样的 CVaR"),
        .riskChanceShort: ("mean over draws, chance ≥ {p}", "各抽样均值，胜出概率 ≥ {p}"),
        .columnOutcomeInterval: ("Outcome 90% interval", "产出 90% 区间"),
        .columnBeatsCurrent: ("Beats current", "胜过当前方案"),
        .evidenceCap: (
            "the data has never seen {channel} above {seen} a month: capped at {limit} (that + {margin}); --extrapolate lifts the cap",
            "数据中 {channel} 的月花费从未高于 {seen}：上限设为 {limit}（再加 {margin}）；--extrapolate 可取消上限"
        ),
        .evidenceFloor: (
            "the data has never seen {channel} below {seen} a month: kept at {limit} or more (that − {margin}); --extrapolate lifts the floor",
            "数据中 {channel} 的月花费从未低于 {seen}：下限设为 {limit}（再减 {margin}）；--extrapolate 可取消下限"
        ),
    ]
}
