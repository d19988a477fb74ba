extension Catalogue {
    /// Errors of a scenario's `horizon:` section (`plan`, `recommend --horizon`) and of `plan --actuals`
    /// files; keys and values stay as written.
    static let horizon: [Message: Entry] = [
        .hzMaxMonths: ("at most 600 months (50 years) can be planned at once", "一次最多规划 600 个月（50 年）"),
        .hzPerMonthTwice: ("the top-level budget already sets each month's amount; leave out 'per_month' or the top-level budget", "顶层预算已经设定了每个月的金额；请去掉 'per_month' 或顶层预算"),
        .hzExpectedMonth: ("expected a month as YYYY-MM, found '{value}'", "应为 YYYY-MM 格式的月份，实际为 '{value}'"),
        .hzMultipliers: ("needs one multiplier per month: {months} values, found {count}", "每个月需要一个乘数：应有 {months} 个值，实际有 {count} 个"),
        .hzCarried: ("the carried share must be in [0, 1) (found {value})", "延续比例必须在 [0, 1) 之内（实际为 {value}）"),
        .hzMonthOutside: ("month {number} is outside 1...{months}", "月份 {number} 超出 1...{months}"),
        .hzNeedsStart: ("a YYYY-MM month needs 'horizon.start'; or give the month's number (1-based)", "YYYY-MM 格式的月份需要 'horizon.start'；或者给出月份序号（从 1 开始）"),
        .hzOutsideHorizon: ("{month} is outside the horizon ({start} to {end})", "{month} 超出规划期（{start} 至 {end}）"),
        .hzExpectedMonthOrNumber: ("expected a month as YYYY-MM or a 1-based number, found '{value}'", "应为 YYYY-MM 格式的月份或从 1 开始的序号，实际为 '{value}'"),
        .hzTotalOrMax: ("give 'total' or 'max', not both", "请给出 'total' 或 'max'，二者不能同时给出"),
        .hzAmounts: ("needs one amount per month: {months} values, found {count}", "每个月需要一个金额：应有 {months} 个值，实际有 {count} 个"),
        .hzFixedAmounts: ("with fixed amounts per month, leave out 'total' and 'max' (the amounts set it)", "给出每月固定金额时，请去掉 'total' 和 'max'（由这些金额决定）"),
        .hzMinMaxOrList: ("give 'min' and/or 'max', or a list of amounts", "请给出 'min' 和/或 'max'，或金额列表"),
        .hzTotalOrPerMonth: ("give 'total' (or 'max') for the whole horizon, or 'per_month' amounts", "请给出整个规划期的 'total'（或 'max'），或 'per_month' 金额"),
        .hzBoundsNeedTotal: ("bounds per month need a 'total' (or 'max') for the whole horizon", "每月的上下限需要整个规划期的 'total'（或 'max'）"),
        .hzChannelMinMax: ("give 'min' and/or 'max' (the channel's total over the horizon)", "请给出 'min' 和/或 'max'（该渠道在整个规划期的合计）"),
        .hzUnknownGroup: ("unknown group '{name}': no channel belongs to it", "未知的分组 '{name}'：没有渠道属于它"),
        .hzWholeNumber: ("must be a whole number ≥ 1 (found {value})", "必须是 ≥ 1 的整数（实际为 {value}）"),
        // `plan --actuals` files.
        .acHeader: ("the header must be month,channel,spend or month,channel,spend,outcome", "表头必须是 month,channel,spend 或 month,channel,spend,outcome"),
        .acFields: ("expected {expected} fields, found {count}", "应有 {expected} 个字段，实际有 {count} 个"),
        .acNonNegative: ("{field} must be a number ≥ 0, found '{value}'", "{field} 必须是 ≥ 0 的数，实际为 '{value}'"),
        .acSecondRow: ("a second row for {channel} in {month}", "{channel} 在 {month} 有第二行"),
        .acNoRows: ("no rows after the header", "表头后面没有数据行"),
        .acGap: ("actuals must cover the first months without gaps; {month} is missing", "实际花费必须连续覆盖最初的几个月；缺少 {month}"),
        .acNoChannelRow: ("{month} has no row for channel '{channel}' (give 0 if nothing was spent)", "{month} 没有渠道 '{channel}' 的行（没有花费请写 0）"),
        .acAllSpent: ("every month of the horizon is already spent; nothing is left to plan", "规划期的每个月都已花费，没有可规划的月份"),
        .acCannotRead: ("cannot read the file", "无法读取文件"),
        .acNeedsStart: ("a YYYY-MM month needs 'horizon.start' in the scenario; or give the month's number", "YYYY-MM 格式的月份需要场景中的 'horizon.start'；或者给出月份序号"),
        .acOutside: ("{month} is outside the horizon", "{month} 超出规划期"),
        // Planning without a horizon, actuals over budget.
        .planNoHorizon: ("the scenario has no 'horizon:' section", "场景没有 'horizon:' 部分"),
        .planNoHorizonHint: (
            "the scenario has no 'horizon:' section; give one (see docs/planning.md) or use `budgetlab optimize`",
            "场景没有 'horizon:' 部分；请加上（见 docs/planning.md），或使用 `budgetlab optimize`"),
        .planNoHorizonCLI: (
            "the scenario has no 'horizon:' section (see docs/planning.md); use `budgetlab optimize` for one month",
            "场景没有 'horizon:' 部分（见 docs/planning.md）；单个月份请使用 `budgetlab optimize`"),
        .planActualsOverBudget: ("the actuals spend {spent}, more than the horizon's budget {budget}", "实际花费为 {spent}，超过了规划期的预算 {budget}"),
    ]
}
