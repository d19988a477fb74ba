import Localization
extension Catalogue {
    /// Plans: optimize, evaluate, whatif, sweep, and the words and sentences they share.
    static let plans: [Message: Entry] = [
        // Shared words
        .colon: (":", "："),
        .yes: ("yes", "是"),
        .no: ("no", "否"),
        .none: ("none", "无"),
        .total: ("Total", "合计"),
        .labelled: ("{label}: {value}", "{label}：{value}"),
        .csvField: ("field", "项目"),
        .csvValue: ("value", "值"),
        .infeasible: ("infeasible", "不可行"),
        .budgetExactly: ("{amount} (spend exactly)", "{amount}（须全部花完）"),
        .budgetAtMost: ("{amount} (at most)", "{amount}（上限）"),
        .maximiseOutcome: ("maximise outcome", "最大化产出"),
        .maximiseProfit: ("maximise profit", "最大化利润"),
        .minimiseSpend: ("minimise spend", "最小化花费"),
        .wordOutcome: ("outcome", "产出"),
        .wordProfit: ("profit", "利润"),
        .wordSpend: ("spend", "花费"),
        .wordShare: ("share", "占比"),
        .wordCap: ("cap", "上限"),
        .wordFloor: ("floor", "下限"),
        .verbGains: ("gains", "增加"),
        .verbCosts: ("costs", "损失"),

        // Facts and headings
        .planTitle: ("Plan for {name}", "预算方案：{name}"),
        .evaluationTitle: ("Plan {plan} for {name}", "方案 {plan} 评估：{name}"),
        .whatIfTitle: ("What if: {name}", "假设分析：{name}"),
        .sweepTitle: ("Budget sweep for {name}", "预算扫描：{name}"),
        .labelStatus: ("Status", "状态"),
        .labelBudget: ("Budget", "预算"),
        .labelTotalSpend: ("Total spend", "总花费"),
        .labelTotalOutcome: ("Total outcome", "总产出"),
        .labelExpectedOutcome: ("Expected outcome", "预期产出"),
        .labelROI: ("ROI", "ROI"),
        .labelObjective: ("Objective", "目标"),
        .labelSolver: ("Solver", "求解器"),
        .labelOptimum: ("Optimum", "最优方案"),
        .labelGapToOptimum: ("Gap to optimum", "与最优的差距"),
        .labelLevels: ("Levels", "预算档位"),
        .solverText: ("{rounds} rounds, {breakpoints} breakpoints, {seconds} s", "{rounds} 轮，{breakpoints} 个断点，{seconds} 秒"),
        .solverTextOneRound: ("1 round, {breakpoints} breakpoints, {seconds} s", "1 轮，{breakpoints} 个断点，{seconds} 秒"),
        .statusOptimal: ("optimal", "最优"),
        .statusFeasible: ("feasible", "可行"),
        .statusNoBound: ("{status}: no finite bound was proven", "{status}：未能证明有限的界"),
        .statusWithin: (
            "{status}: provably within {gap} of the best possible (bound {bound})",
            "{status}：可证明与理论最优相差不超过 {gap}（界 {bound}）"
        ),
        .statusAboveTarget: (", above the {target} target", "，高于 {target} 的目标"),
        .obeysEveryRule: ("obeys every rule", "满足全部规则"),
        .breaksOneRule: ("breaks {count} rule", "违反 {count} 条规则"),
        .breaksRules: ("breaks {count} rules", "违反 {count} 条规则"),
        .noOptimum: ("none: the scenario has no feasible plan", "无：该场景没有可行方案"),
        .brokenRules: ("Broken rules", "违反的规则"),
        .gapBelow: ("{gap} (the plan's {word} is below the optimum's by this share)", "{gap}（该方案的{word}比最优方案低这么多）"),
        .gapAbove: ("{gap} (the plan's {word} is above the optimum's by this share)", "{gap}（该方案的{word}比最优方案高这么多）"),
        .gapByBreakingRules: ("{gap} (the plan does as well only by breaking rules)", "{gap}（该方案只是靠违反规则才达到这个水平）"),
        .changes: ("Changes", "改动"),
        .noRuleBinds: ("No rule binds in the changed plan.", "改动后的方案中没有起约束作用的规则。"),
        .bindingAfterChanges: ("Binding rules after the changes", "改动后起约束作用的规则"),
        .spendByChannel: ("Spend by channel", "各渠道花费"),
        .totals: ("Totals", "合计"),
        .levelsText: ("{count} ({feasible} feasible)", "{count} 档（{feasible} 档可行）"),
        .frontier: ("Frontier", "预算-产出前沿"),
        .sweepNote: (
            "Step marginal ROI is the extra {word} per extra unit of budget since the previous level; the budget shadow price is the same rate at the level itself.",
            "分段边际 ROI：与上一档相比，每多一单位预算带来的额外{word}；预算影子价格：在该档位本身的同一比率。"
        ),

        // Table headings
        .tableChannels: ("Channels", "渠道"),
        .tableRules: ("Rules", "规则"),
        .columnChannel: ("Channel", "渠道"),
        .columnSpend: ("Spend", "花费"),
        .columnShare: ("Share", "占比"),
        .columnVsCurrent: ("vs current", "较当前"),
        .columnOutcome: ("Outcome", "产出"),
        .columnROI: ("ROI", "ROI"),
        .columnMarginalROI: ("Marginal ROI", "边际ROI"),
        .columnRule: ("Rule", "规则"),
        .columnBinding: ("Binding", "是否起约束"),
        .columnShadowPrice: ("Shadow price", "影子价格"),
        .columnUnit: ("Unit", "单位"),
        .columnPerUnitOfSpend: ("Per unit of spend", "每单位花费"),
        .columnMeaning: ("Meaning", "含义"),
        .columnOptimalSpend: ("Optimal spend", "最优花费"),
        .columnPlanMinusOptimal: ("Plan − optimal", "方案 − 最优"),
        .columnBase: ("Base", "原方案"),
        .columnChanged: ("Changed", "改动后"),
        .columnMeasure: ("Measure", "指标"),
        .columnFeasible: ("Feasible", "可行"),
        .columnStepMarginalROI: ("Step marginal ROI", "分段边际ROI"),
        .columnBudgetShadowPrice: ("Budget shadow price", "预算影子价格"),

        // Shadow prices in words
        .shadowSourceLP: ("GLPK row duals and reduced costs of the final LP", "最终线性规划（LP）的 GLPK 行对偶值与检验数"),
        .shadowSourceMILP: (
            "duals of the LP with the integer decisions (on/off, buy units, S-curve segments) fixed at this plan; they price small continuous changes around it, not switching a decision",
            "把整数决策（开/关、购买单位、S 型曲线分段）固定在本方案后所得 LP 的对偶值；它们衡量方案附近的小幅连续变化，而不是改变某个决策"
        ),
        .shadowPriceNote: (
            "Shadow prices are {source}: the change in the objective per one more unit of a rule's limit.",
            "影子价格取自{source}：规则的限额每增加一个单位，目标值的变化量。"
        ),
        .milpNote: (
            "Solved as a MILP: some decisions are integer (on/off for min_buy, whole buy units, S-curve segments). Shadow prices are duals of the LP with those decisions fixed at this plan; they price small continuous changes around it, not switching a decision.",
            "按混合整数规划（MILP）求解：部分决策是整数（min_buy 的开/关、整数个 buy_unit、S 型曲线分段）。影子价格是把这些决策固定在本方案后所得 LP 的对偶值；它们衡量方案附近的小幅连续变化，而不是改变某个决策。"
        ),
        .notBinding: ("not binding (has slack)", "未起约束（有余量）"),
        .bindingNoEffect: (
            "binding, but a small change in it alone would not change the {word}",
            "起约束，但单独小幅调整它不会改变{word}"
        ),
        .whyBudget: ("+{step} of budget → {effect}", "预算 +{step} → {effect}"),
        .whyChannelMax: ("+{step} on {channel}'s upper limit → {effect}", "{channel} 的上限 +{step} → {effect}"),
        .whyChangeUp: ("+{step} on {channel}'s max_change ceiling → {effect}", "{channel} 的 max_change 上沿 +{step} → {effect}"),
        .whyChannelMin: (
            "each {step} forced into {channel} by its minimum {verb} {cost} {word}",
            "{channel} 的下限每强制投入 {step}，{verb} {cost} {word}"
        ),
        .whyChangeDown: (
            "each {step} kept in {channel} by its max_change floor {verb} {cost} {word}",
            "{channel} 的 max_change 下沿每保留 {step}，{verb} {cost} {word}"
        ),
        .whyLocked: ("+{step} on locked {channel} → {effect}", "锁定的 {channel} +{step} → {effect}"),
        .whyMinBuy: ("+{step} on {channel}'s minimum buy (kept on) → {effect}", "{channel} 的最低购买额（保持投放）+{step} → {effect}"),
        .whyBuyUnit: (
            "{channel} spends whole units; a fraction of a unit would change the {word} by {price} per unit of spend",
            "{channel} 按整数个单位购买；若可买零头，每单位花费会使{word}变化 {price}"
        ),
        .whyGroupMax: ("+{step} on group {group}'s upper limit → {effect}", "组 {group} 的上限 +{step} → {effect}"),
        .whyGroupMin: (
            "each {step} forced into group {group} by its minimum {verb} {cost} {word}",
            "组 {group} 的下限每强制投入 {step}，{verb} {cost} {word}"
        ),
        .whyLinear: ("+{step} on the limit of rule {rule} → {effect}", "规则 {rule} 的限额 +{step} → {effect}"),
        .whyMinROI: ("raising min_roi by 0.1 → {effect}", "min_roi 提高 0.1 → {effect}"),
        .whyTargetOutcome: ("each extra {step} of outcome costs {cost} of spend", "产出每多 {step}，需多花 {cost}"),
        .sharePerPoint: ("+1 point of share → {effect} {word}", "占比 +1 个百分点 → {effect} {word}"),
        .whyShare: (
            "the {group} {share} {kind} {verb} {amount} {word} per unit of spend moved ({perPoint})",
            "{group} 的 {share} {kind}：每挪动一单位花费{verb} {amount} {word}（{perPoint}）"
        ),
        .whyShareShort: ("the {group} {share} {kind}: {perPoint}", "{group} 的 {share} {kind}：{perPoint}"),

        // Annual plan
        .annualTitle: ("Plan for {name}: {months} months", "全年方案：{name}（{months} 个月）"),
        .annualSolverText: ("{rounds} rounds, {seconds} s", "{rounds} 轮，{seconds} 秒"),
        .annualSolverTextOneRound: ("1 round, {seconds} s", "1 轮，{seconds} 秒"),
        .labelActuals: ("Actuals", "实际花费"),
        .tableMonths: ("Months", "各月"),
        .actualsText: ("{months} months fixed, the rest re-planned", "{months} 个月已固定，其余月份重新规划"),
        .actualSuffix: (" (actual)", "（实际）"),
        .bindingRules: ("Binding rules", "起约束作用的规则"),
        .looseRules: (
            "{count} other rules do not bind (shadow price 0); `--format json` lists them all.",
            "另有 {count} 条规则未起约束（影子价格为 0）；`--format json` 会列出全部规则。"
        ),
        .columnBudgetMarginalROI: ("Marginal ROI of budget", "预算的边际ROI"),
        .spendByMonthAndChannel: ("Spend by month and channel", "各月各渠道花费"),
        .wholeHorizon: ("horizon", "全期"),
        .movingNothing: (
            "Moving budget between months: every month's last unit of budget returns the same ({value}), so no shift between months would add anything.",
            "在月份之间挪动预算：每个月最后一单位预算的回报相同（{value}），所以在月份之间挪动不会带来任何增加。"
        ),
        .movingBudget: (
            "Moving budget between months: one more unit in {high} adds {highValue}, one unit less in {low} costs {lowValue}; moving one unit from {low} to {high} would add {value} if the month budget rules allowed it (the difference of the months' marginal ROIs of budget).",
            "在月份之间挪动预算：{high} 多一单位增加 {highValue}，{low} 少一单位损失 {lowValue}；如果月度预算规则允许，从 {low} 挪一单位到 {high} 将增加 {value}（两个月预算边际ROI之差）。"
        ),

        // Sweep chart
        .sweepChartTitle: ("Budget sweep: {name}", "预算扫描：{name}"),
        .noFeasibleLevel: ("no feasible budget level", "没有可行的预算档位"),
        .sweepLevelReason: ("At {budget}: {reason}.", "预算 {budget}：{reason}。"),
        .sweepLevelsWithoutPlan: ("Levels without a plan — {reasons}", "无可行方案的档位——{reasons}"),
        .sweepNoFeasibleLevel: ("no budget level in the sweep has a feasible plan", "扫描中没有任何预算档位存在可行方案"),
        .sweepNoFeasibleLevelAt: ("no budget level in the sweep has a feasible plan: at {budget}, {reason}", "扫描中没有任何预算档位存在可行方案：在 {budget} 时，{reason}"),
        .marginalPerUnit: ("Marginal {word} per unit", "每单位边际{word}"),
        .legendStepMarginal: ("step marginal {word}", "分段边际{word}"),
        .tipSweepPoint: ("budget {budget}: {word} {value}", "预算 {budget}：{word} {value}"),
        .tipSweepInfeasible: ("budget {budget}: infeasible", "预算 {budget}：不可行"),
        .tipStepMarginal: ("{from}–{to}: step marginal {value}", "{from}–{to}：分段边际 {value}"),
        .tipShadowPrice: ("budget {budget}: shadow price {value}", "预算 {budget}：影子价格 {value}"),
    ]
}
