extension Catalogue {
    /// `budgetlab import`: the summary it prints and the mapping notes it writes into the scenario.
    static let imports: [Message: Entry] = [
        .importTitle: ("Imported {file} as \"{name}\"", "已从 {file} 导入为“{name}”"),
        .importHeader: (
            "Written by `budgetlab import {source}` from {file}. Each curve gives the outcome of ONE MONTH's spend.",
            "由 `budgetlab import {source}` 从 {file} 生成。每条曲线给出一个月花费的产出。"
        ),
        .importChannels: ("channels (monthly)", "渠道（按月）"),
        .columnCurve: ("Curve", "曲线"),
        .columnCurrentSpend: ("Current", "当前花费"),
        .columnOutcomeAtCurrent: ("Outcome at current", "当前花费的产出"),
        .columnDraws: ("Draws", "抽样数"),
        .importMapping: ("Mapping", "换算方式"),
        .importWrote: ("Wrote {files}.", "已写入 {files}。"),
        .importAnd: (" and ", " 和 "),
        .noteTableSource: (
            "Curves from the response table {file}: points as given, the outcome of one {period}'s spend.",
            "曲线来自响应表 {file}：按原样取点，即一个{period}花费的产出。"
        ),
        .noteTablePeriod: (
            "Per-{period} points scaled to a month: spend and outcome × {factor} ({period}s per month), a month's spend spread evenly over its {period}s.",
            "按{period}的点换算为按月：花费和产出都乘以 {factor}（每月的{period}数），即一个月的花费均匀分布在各{period}。"
        ),
        .noteTableDraws: (
            "Point curve = mean of the {count} draws; {kept} draws kept.",
            "点估计曲线 = {count} 个抽样的平均；保留 {kept} 个抽样。"
        ),
        .noteRobynSource: (
            "Robyn model {model} ({file}), data {data}; window {start} … {end}, {periods} {period}s, {adstock} adstock.",
            "Robyn 模型 {model}（{file}），数据 {data}；建模窗口 {start} … {end}，共 {periods} 个{period}，{adstock} adstock。"
        ),
        .noteRobynHill: (
            "Per {period}: outcome = coef · hill(adstocked spend), inflexion = (1 − γ)·min + γ·max of the adstocked spend in the window.",
            "每{period}：产出 = coef · hill(adstock 后的花费)，拐点 = 窗口内 adstock 后花费的 (1 − γ)·最小值 + γ·最大值。"
        ),
        .noteRobynSteady: (
            "Steady state: spend held constant every {period} is adstocked to A × spend (geometric A = 1/(1 − θ)); monthly curve = hill(β = p·coef, K = p·inflexion/A, shape α), p = {factor} {period}s per month.",
            "稳态：每{period}花费不变时，adstock 后为 A × 花费（几何衰减 A = 1/(1 − θ)）；月度曲线 = hill(β = p·coef, K = p·拐点/A, 形状 α)，p = 每月 {factor} 个{period}。"
        ),
        .noteRobynCurrent: (
            "current = mean spend per {period} over the window × p.",
            "current = 窗口内每{period}平均花费 × p。"
        ),
        .noteMeridianSource: (
            "Meridian response curves {file}: spend over the whole selected period → incremental outcome over that period (posterior mean).",
            "Meridian 响应曲线 {file}：整个所选时期的花费 → 该时期的增量产出（后验均值）。"
        ),
        .noteMeridianMonthly: (
            "Monthly curve = the mean curve with spend and outcome divided by {months} (months in the period): a month's spend spread over its weeks as in history.",
            "月度曲线 = 均值曲线的花费和产出都除以 {months}（该时期的月数）：一个月的花费按历史方式分布在各周。"
        ),
        .noteMeridianCurrent: (
            "current = spend at spend_multiplier 1 / {months}. Meridian's file gives a credible band (ci_lo, ci_hi), not draws: no draws imported.",
            "current = spend_multiplier 为 1 时的花费 / {months}。Meridian 的文件给出的是可信区间（ci_lo、ci_hi），不是抽样：不导入抽样。"
        ),
        .notePyMCSource: (
            "PyMC-Marketing saturation curves {file}: x × channel scale = spend per {period}; outcome per {period} in the target's units.",
            "PyMC-Marketing 饱和曲线 {file}：x × 渠道缩放系数 = 每{period}花费；产出为每{period}的目标变量单位。"
        ),
        .notePyMCAdstock: (
            "Normalised adstock assumed (PyMC-Marketing's default): constant spend is adstocked to itself, so the curve is the steady-state outcome of one {period}.",
            "假定 adstock 已归一化（PyMC-Marketing 的默认）：不变的花费经 adstock 后不变，因此曲线是一个{period}的稳态产出。"
        ),
        .notePyMCMonthly: (
            "Monthly: spend and outcome × {factor} ({period}s per month). Point curve = mean of {count} samples; {kept} draws kept.",
            "按月：花费和产出都乘以 {factor}（每月的{period}数）。点估计曲线 = {count} 个样本的平均；保留 {kept} 个抽样。"
        ),
        .periodDay: ("day", "天"),
        .periodWeek: ("week", "周"),
        .periodMonth: ("month", "月"),
    ]
}
