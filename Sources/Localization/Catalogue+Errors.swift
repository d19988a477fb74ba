import Localization

extension Catalogue {
    /// Error messages and command-line texts. Field paths, keys, names and values inside them
    /// stay as the user wrote them.
    static let errors: [Message: Entry] = [
        .errorPrefix: ("budgetlab: error: {message}", "budgetlab：错误：{message}"),
        .validLP: ("{file}: valid — {channels} channels, {rules} rules; solved as an LP", "{file}：有效 — {channels} 个渠道，{rules} 条规则；按线性规划（LP）求解"),
        .validMILP: ("{file}: valid — {channels} channels, {rules} rules; solved as a MILP", "{file}：有效 — {channels} 个渠道，{rules} 条规则；按混合整数规划（MILP）求解"),
        .validNonConcave: (" ({count} S-shaped or non-concave curves)", "（{count} 条 S 型或非凹曲线）"),
        .validInteger: (" ({count} channels with min_buy or buy_unit)", "（{count} 个渠道有 min_buy 或 buy_unit）"),

        // Reading a scenario: types and keys
        .errCannotRead: ("cannot read the file ({reason})", "无法读取文件（{reason}）"),
        .errNoSuchFile: ("no such file", "文件不存在"),
        .errNotUTF8: ("not UTF-8 text", "不是 UTF-8 文本"),
        .errEmptyFile: ("the file is empty", "文件是空的"),
        .errNotYAML: ("not valid YAML: {detail}", "不是有效的 YAML：{detail}"),
        .errExpectedMapping: ("expected a mapping of keys to values", "应为“键: 值”的映射"),
        .errPlainKeys: ("keys must be plain names", "键必须是普通名称"),
        .errUnknownKey: ("unknown key '{key}'; expected one of: {keys}", "未知的键 '{key}'；应为以下之一：{keys}"),
        .errExpectedNameMapping: ("expected a mapping of names to values", "应为“名称: 值”的映射"),
        .errExpectedList: ("expected a list", "应为列表"),
        .errExpectedText: ("expected text", "应为文本"),
        .errExpectedNumber: ("expected a number", "应为数字"),
        .errExpectedNumberFound: ("expected a number, found '{value}'", "应为数字，实际为 '{value}'"),
        .errNotFinite: ("must be a finite number, not {value}", "必须是有限的数字，不能是 {value}"),
        .errNegative: ("must not be negative (found {value})", "不能为负数（实际为 {value}）"),
        .errNotPositive: ("must be greater than 0 (found {value})", "必须大于 0（实际为 {value}）"),
        .errNotShare: ("must be a share between 0 and 1 (found {value})", "必须是 0 到 1 之间的比例（实际为 {value}）"),
        .errExpectedBool: ("expected true or false", "应为 true 或 false"),
        .errExpectedBoolFound: ("expected true or false, found '{value}'", "应为 true 或 false，实际为 '{value}'"),
        .errMissingKey: ("missing required key '{key}'", "缺少必需的键 '{key}'"),

        // Reading a scenario: meaning
        .errNeedsChannel: ("needs at least one channel", "至少需要一个渠道"),
        .errBudgetForm: ("give either 'total' (spend exactly) or 'max' (spend at most)", "请给出 'total'（全部花完）或 'max'（最多花这么多）之一"),
        .errBudgetBoth: ("give 'total' or 'max', not both", "'total' 和 'max' 只能给一个"),
        .errObjectiveBoth: ("give 'maximize' or 'minimize', not both", "'maximize' 和 'minimize' 只能给一个"),
        .errOnlySpendMinimised: ("only 'spend' can be minimised", "只能最小化 'spend'"),
        .errMinimizeNeedsTarget: ("'minimize: spend' needs 'target_outcome'", "'minimize: spend' 需要 'target_outcome'"),
        .errMinROIWithMinimize: ("min_roi goes with 'maximize', not 'minimize: spend'", "min_roi 只能与 'maximize' 搭配，不能与 'minimize: spend' 搭配"),
        .errValueWithProfit: ("value_per_outcome goes with 'maximize: profit'", "value_per_outcome 只能与 'maximize: profit' 搭配"),
        .errTargetWithMinimize: ("target_outcome goes with 'minimize: spend'", "target_outcome 只能与 'minimize: spend' 搭配"),
        .errMaximizeKind: ("expected 'outcome' or 'profit', found '{value}'", "应为 'outcome' 或 'profit'，实际为 '{value}'"),
        .errProfitNeedsValue: ("'maximize: profit' needs 'value_per_outcome'", "'maximize: profit' 需要 'value_per_outcome'"),
        .errGroupBoth: ("give 'group' or 'groups', not both", "'group' 和 'groups' 只能给一个"),
        .errGroupRuleEmpty: ("give at least one of min_share, max_share, min, max", "请至少给出 min_share、max_share、min、max 之一"),
        .errUnknownChannel: ("unknown channel '{name}'", "未知的渠道 '{name}'"),
        .errEqualAndBounds: ("give 'equal', or 'min' and/or 'max', not both", "请给出 'equal'，或 'min' 和/或 'max'，不能同时给出"),
        .errRuleNeedsBound: ("give 'min', 'max' or 'equal'", "请给出 'min'、'max' 或 'equal'"),
        .errMinAboveMax: ("min {min} is above max {max}", "min {min} 大于 max {max}"),
        .errCurveMapping: ("expected a mapping with 'type' and its parameters", "应为包含 'type' 及其参数的映射"),
        .errCurveType: ("missing required key 'type' (hill, exponential, log, power, linear or points)", "缺少必需的键 'type'（hill、exponential、log、power、linear 或 points）"),
        .errUnknownCurve: ("unknown curve type '{type}'; expected one of: hill, exponential, log, power, linear, points", "未知的曲线类型 '{type}'；应为以下之一：hill, exponential, log, power, linear, points"),
        .errExponentRange: ("must be in (0, 1] (found {value})", "必须在 (0, 1] 之间（实际为 {value}）"),
        .errTwoPoints: ("needs at least 2 points", "至少需要 2 个点"),
        .errPointPair: ("a point is [spend, outcome]", "每个点的格式为 [花费, 产出]"),
        .errPointsIncrease: ("spend must increase from point to point ({x} after {previous})", "各点的花费必须递增（{previous} 之后是 {x}）"),
        .errFirstPoint: ("the first point must be [0, 0]", "第一个点必须是 [0, 0]"),
        .errInvalidName: ("'{name}' is not a valid name (letters, digits, '_', '.', '-'; no spaces)", "'{name}' 不是有效的名称（只能包含字母、数字、'_'、'.'、'-'，不能有空格）"),
        .errDuplicateChannel: ("duplicate channel name '{name}'", "渠道名称重复：'{name}'"),
        .errInvalidGroup: ("'{name}' is not a valid group name", "'{name}' 不是有效的组名"),
        .errGroupTwice: ("a group is listed twice", "有一个组列了两次"),
        .errLockedNeedsCurrent: ("a locked channel needs 'current' (the spend it is locked at)", "锁定的渠道需要 'current'（锁定的花费）"),
        .errMinBuyAboveMax: ("min_buy {minBuy} is above max {max}", "min_buy {minBuy} 大于 max {max}"),
        .errNoUpperLimit: ("channel '{name}' has no upper limit: give it a 'max' or give the scenario a budget", "渠道 '{name}' 没有上限：请给它设 'max'，或给场景设预算"),
        .errUnknownGroup: ("unknown group '{group}': no channel belongs to it", "未知的组 '{group}'：没有渠道属于它"),
        .errGroupRuleTwice: ("group listed twice", "该组列了两次"),
        .errMinShareAboveMax: ("min_share {low} is above max_share {high}", "min_share {low} 大于 max_share {high}"),
        .errDuplicateRule: ("duplicate rule name '{name}'", "规则名称重复：'{name}'"),

        // What-if changes
        .errNoBudgetToChange: ("the scenario has no budget to change", "该场景没有可修改的预算"),
        .errBudgetPositive: ("the budget must stay positive ({amount})", "预算必须为正（{amount}）"),
        .errFieldNonNegative: ("{name}.{field} must be a non-negative number", "{name}.{field} 必须是非负数"),
        .errUnknownField: ("unknown channel field '{field}'; expected one of: {fields}, locked", "未知的渠道字段 '{field}'；应为以下之一：{fields}, locked"),
        .errNothingToLock: ("{name} has no current spend to lock at", "{name} 没有可锁定的当前花费（current）"),
        .errScalePositive: ("the scale for {name} must be positive", "{name} 的缩放系数必须为正"),
        .errUnknownGroupName: ("unknown group '{group}'", "未知的组 '{group}'"),
        .errShareOutside: ("group {group} share {share} is outside [0, 1]", "组 {group} 的占比 {share} 不在 [0, 1] 之内"),
        .errShareOrder: ("group {group}: min share above max share", "组 {group}：最小占比大于最大占比"),
        .errChannelMinAboveMax: ("{name}: min {min} is above max {max}", "{name}：min {min} 大于 max {max}"),
        .errChannelNoLimit: ("channel #{index} {name} has no upper limit", "第 {index} 个渠道 {name} 没有上限"),
        .changeScaleBudget: ("budget × {factor}", "预算 × {factor}"),
        .changeSetBudget: ("budget = {amount}", "预算 = {amount}"),
        .changeScaleCurve: ("{channel} curve × {factor}", "{channel} 曲线 × {factor}"),
        .changeShare: ("group {group} share {low}..{high}", "组 {group} 占比 {low}..{high}"),

        // Rules a plan breaks
        .violBelow: ("{what} is {value}, below {limit} ({rule})", "{what}为 {value}，低于 {limit}（{rule}）"),
        .violAbove: ("{what} is {value}, above {limit} ({rule})", "{what}为 {value}，高于 {limit}（{rule}）"),
        .violTotalSpend: ("total spend", "总花费"),
        .violChannelSpend: ("{channel} spend", "{channel} 的花费"),
        .violNegative: ("{what} is negative", "{what}为负数"),
        .violMinBuy: ("{what} is {value}: either 0 or at least {limit}", "{what}为 {value}：应为 0 或至少 {limit}"),
        .violBuyUnit: ("{what} is {value}, not a whole multiple of {limit}", "{what}为 {value}，不是 {limit} 的整数倍"),
        .violGroupShareBelow: ("group {group} has {share} of spend, below {limit}", "组 {group} 占花费的 {share}，低于 {limit}"),
        .violGroupShareAbove: ("group {group} has {share} of spend, above {limit}", "组 {group} 占花费的 {share}，高于 {limit}"),
        .violGroupSpend: ("group {group} spend", "组 {group} 的花费"),
        .violRule: ("rule {name}", "规则 {name} 的值"),
        .violROI: ("ROI is {value}, below min_roi {limit}", "ROI 为 {value}，低于 min_roi {limit}"),
        .violTotalOutcome: ("total outcome", "总产出"),

        // Solving
        .stmtTotal: ("{name} (total = {amount})", "{name}（合计 = {amount}）"),
        .stmtChange: ("{name} (±{limit}% of current {current})", "{name}（当前花费 {current} 的 ±{limit}%）"),
        .stmtMinBuy: ("{name} (0 or ≥ {amount})", "{name}（0 或 ≥ {amount}）"),
        .stmtBuyUnit: ("{name} (multiples of {amount})", "{name}（{amount} 的整数倍）"),
        .errNoPlan: ("no plan satisfies the rules", "没有满足全部规则的方案"),
        .errConflict: ("no plan satisfies these rules together: {rules}", "没有方案能同时满足这些规则：{rules}"),
        .errSolverFailed: ("the solver failed: {message}", "求解器失败：{message}"),
        .errAfterChanges: ("after the changes, {message}", "改动之后，{message}"),

        // History files and recommendations
        .errCSVEmpty: ("the file is empty; expected a header row", "文件是空的；应有一行列名"),
        .errCSVFieldCount: ("has {fields} fields but the header has {columns} columns", "有 {fields} 个字段，但列名行有 {columns} 列"),
        .errCSVNoRows: ("no data rows below the header", "列名行下面没有数据"),
        .errCSVNoColumn: ("no such column; available columns: {columns}", "没有这一列；现有的列：{columns}"),
        .errCSVColumnTwice: ("appears {count} times in the header (positions {positions})", "在列名行中出现了 {count} 次（第 {positions} 列）"),
        .errCSVNotNumber: ("not a number: '{value}'", "不是数字：'{value}'"),
        .placeRow: ("row {row}", "第 {row} 行"),
        .placeColumn: ("column {column}", "列 {column}"),
        .notePartialMonth: (
            "{month} is only {percent}% covered by the data; its spend is scaled to the full month",
            "{month} 只有 {percent}% 的天数有数据；其花费已按整月折算"
        ),
        .noteLeftOut: ("channels in the data but not in the rules are left out: {channels}", "数据中有、规则中没有的渠道未纳入：{channels}"),
        .noteLaterExperiments: (
            "lift tests that had not ended before {month} are not used: {tests}",
            "{month} 之前尚未结束的增量实验未被使用：{tests}"
        ),
        .noteNoBootstrap: (
            "no bootstrap curves (attributed fit): the interval is the point estimate",
            "没有自助法曲线（归因拟合）：区间即为点估计"
        ),

        // Fitting
        .fitInvalidInput: ("invalid fitting input: {reason}", "拟合输入无效：{reason}"),
        .fitTooFewPeriods: ("too few periods to fit: need at least {needed}, have {got}", "数据期数太少，无法拟合：至少需要 {needed} 期，现有 {got} 期"),
        .fitNoSpend: ("channel '{channel}' has no spend in the fitted periods", "渠道 '{channel}' 在拟合期内没有花费"),
        .fitSingular: ("cannot solve {what}: its columns are linearly dependent", "无法求解 {what}：其各列线性相关"),
        .fitExtremeValue: (
            "{column} in period {period} is {value}, outside 1e-8 to 1e4 times the column's median magnitude ({median}); correct the cell, or allow extreme values (--allow-extreme-values) if it is real",
            "{column} 第 {period} 期的值为 {value}，超出该列中位数量级（{median}）的 1e-8 到 1e4 倍；请修正该单元格，若数值属实，可用 --allow-extreme-values 允许极端值"
        ),

        // Command line
        .usageTolerance: ("--tolerance must be between 0 and 1 (exclusive)", "--tolerance 必须在 0 和 1 之间（不含 0 和 1）"),
        .usageSteps: ("--steps must be between 2 and 1000", "--steps 必须在 2 到 1000 之间"),
        .usageNoChange: (
            "give at least one change (--budget, --set, --scale, --share, --max-change)",
            "请至少给出一项改动（--budget、--set、--scale、--share、--max-change）"
        ),
        .usageMonth: ("--month must be YYYY-MM", "--month 的格式必须是 YYYY-MM"),
        .usagePositive: ("{option} must be a positive number", "{option} 必须是正数"),
        .usageBudgetWithHorizon: ("--budget does not apply with --horizon: the rules file's horizon gives the budget", "--budget 不能与 --horizon 同用：预算由规则文件的 horizon 给出"),
        .recommendHorizonIntro: ("Recommendation for {month}: the first month of the rest-of-horizon plan below.", "{month} 的建议：即下方剩余周期计划的第一个月。"),
        .usageBootstrap: ("--draws must be between 0 and 2000", "--draws 必须在 0 到 2000 之间"),
        .usageDataFile: ("give the data file, or --dataset FILE.yaml", "请给出数据文件，或 --dataset FILE.yaml"),
        .usageColumns: ("give --date, --outcome and --spend (or --dataset FILE.yaml)", "请给出 --date、--outcome 和 --spend（或 --dataset FILE.yaml）"),
        .usageAttributed: ("--attributed for wide data is SPEND_COL=OUTCOME_COL,...", "宽表数据的 --attributed 格式为 花费列=产出列,..."),
        .usageLongChannel: ("long data needs --channel COL", "长表数据需要 --channel 列名"),
        .usageOneOf: ("{option} must be one of: {values}", "{option} 必须是以下之一：{values}"),
        .errCannotFit: ("cannot fit the data: {message}", "无法拟合数据：{message}"),
        .errCannotWrite: ("cannot write {path}: {reason}", "无法写入 {path}：{reason}"),
        .errNoCurrentToEvaluate: ("{file}: channel '{name}' has no 'current' spend to evaluate", "{file}：渠道 '{name}' 没有可评估的 'current' 花费"),
        .errCannotReadPlan: ("{file}: cannot read the plan file", "{file}：无法读取方案文件"),
        .errPlanNotYAML: ("{file}: not valid YAML or JSON: {detail}", "{file}：不是有效的 YAML 或 JSON：{detail}"),
        .errPlanEntry: ("{file}: channels[{index}] needs a name and a numeric spend", "{file}：channels[{index}] 需要名称和数字形式的花费"),
        .errPlanNumber: ("{file}: {name}: expected a number, found '{value}'", "{file}：{name}：应为数字，实际为 '{value}'"),
        .errPlanShape: ("{file}: expected a mapping of channel to spend, an optimize JSON, or an exported CSV", "{file}：应为“渠道: 花费”映射、optimize 输出的 JSON，或导出的 CSV"),
        .errPlanUnknownChannel: ("{file}: {name}: unknown channel", "{file}：{name}：未知的渠道"),
        .errPlanMissingChannel: ("{file}: no spend given for channel '{name}'", "{file}：没有给出渠道 '{name}' 的花费"),
        .errPlanNegative: ("{file}: {name}: spend must be a non-negative number", "{file}：{name}：花费必须是非负数"),
        .errPlanCSVColumns: (
            "{file}: no table with a channel column and a spend column ({channel} and {spend}, or {recommended})",
            "{file}：找不到同时有渠道列和花费列的表格（{channel} 和 {spend}，或 {recommended}）"
        ),
        .errPlanDuplicate: ("{file}: channel '{name}' is given twice", "{file}：渠道 '{name}' 出现了两次"),
        .errSweepNoBudget: ("{file}: the scenario has no budget; give the sweep range as amounts", "{file}：该场景没有预算；请用金额给出扫描范围"),
    ]
}
