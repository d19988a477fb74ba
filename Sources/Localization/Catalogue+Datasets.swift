extension Catalogue {
    /// Errors of YAML dataset files (`--dataset`), their experiments and the data they name.
    static let datasets: [Message: Entry] = [
        .dsFolder: ("cannot read the file (a folder)", "无法读取文件（这是一个文件夹）"),
        .dsUnreadable: ("cannot read the file (permission denied or unreadable)", "无法读取文件（没有权限或无法读取）"),
        .dsCSVText: ("cannot read the CSV text ({error})", "无法读取 CSV 文本（{error}）"),
        .dsAllMissing: ("every row has a missing value; nothing is left after skipping them", "每一行都有缺失值；跳过它们后没有剩下任何数据"),
        .dsCannotRead: ("cannot read the file ({reason})", "无法读取文件（{reason}）"),
        .dsIsDirectory: ("it is a directory", "这是一个目录"),
        .dsNotUTF8: ("not UTF-8 text", "不是 UTF-8 文本"),
        .dsNoSuchFile: ("no such file", "文件不存在"),
        .dsChannelLong: ("'channel' goes with 'format: long'", "'channel' 只能与 'format: long' 同用"),
        .dsSpendLong: ("with 'format: long', spend is one column name", "使用 'format: long' 时，spend 是一个列名"),
        .dsNotSpendColumn: ("'{name}' is not a spend column; expected one of: {columns}", "'{name}' 不是花费列；应为以下之一：{columns}"),
        .dsAttributedAll: ("give an attributed column for every channel or none; missing: {missing}", "请为每个渠道都给出归因列，或者都不给；缺少：{missing}"),
        .dsExperimentList: ("expected a list of experiments", "应为实验列表"),
        .dsExpectedDate: ("expected a date YYYY-MM-DD", "应为 YYYY-MM-DD 格式的日期"),
        .dsMissingDay: ("missing value on every row of {day} (set on_missing: zero or skip to accept missing values)", "{day} 的每一行都有缺失值（设置 on_missing: zero 或 skip 以接受缺失值）"),
        .dsMissingValue: ("missing value (set on_missing: zero or skip to accept missing values)", "缺失值（设置 on_missing: zero 或 skip 以接受缺失值）"),
        .dsNoRow: ("no row for channel '{channel}' on {day} (set on_missing: zero or skip to accept missing rows)", "渠道 '{channel}' 在 {day} 没有数据行（设置 on_missing: zero 或 skip 以接受缺失的行）"),
        .dsPlainKeys: ("keys must be plain names", "键必须是普通名称"),
        .dsExpectedText: ("expected text", "应为文本"),
        .dsNotEmpty: ("must not be empty", "不能为空"),
        .dsColumnList: ("expected a list of column names", "应为列名列表"),
        .dsOneOfFound: ("expected one of {values}, found '{value}'", "应为 {values} 之一，实际为 '{value}'"),
    ]
}
