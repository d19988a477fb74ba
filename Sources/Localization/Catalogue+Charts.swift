extension Catalogue {
    /// Texts of SVG charts written beside reports (`plan --chart`), and the plan's `month N` labels.
    static let charts: [Message: Entry] = [
        .planMonthNumber: ("month {number}", "第 {number} 个月"),
        .planChartLabel: ("Spend by month and channel", "按月、按渠道的花费"),
        .planChartTitle: ("Spend by month and channel: {name}", "按月、按渠道的花费：{name}"),
        .planChartAxis: ("Spend{currency} per month{note}", "每月花费{currency}{note}"),
        .planChartPale: (" (pale: months already spent)", "（浅色：已花费的月份）"),
    ]
}
