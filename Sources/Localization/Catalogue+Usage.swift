extension Catalogue {
    /// Usage errors (exit 64) of `simulate`, `compare`, `plan`, `import` and the shared option
    /// groups (`--risk`, `--evidence-margin`, `--dataset`), and the refusals and failures of writing
    /// output files. Option names and paths stay as written.
    static let usage: [Message: Entry] = [
        .usageToleranceFloor: (
            "--tolerance must be at least 1e-9 and below 1: a smaller gap cannot be proven in double-precision arithmetic (GLPK's own tolerance is 1e-7)",
            "--tolerance 必须不小于 1e-9 且小于 1：双精度运算无法证明更小的差距（GLPK 自身的容差为 1e-7）"),
        .usageRisk: (
            "--risk must be mean, cvar:ALPHA with 0 < ALPHA ≤ 1, or chance:P with 0 < P < 1 (found '{value}')",
            "--risk 必须是 mean、cvar:ALPHA（0 < ALPHA ≤ 1）或 chance:P（0 < P < 1）（实际为 '{value}'）"),
        .usageEvidenceMargin: ("--evidence-margin must be a fraction between 0 and 100", "--evidence-margin 必须是 0 到 100 之间的比例"),
        .usageFromOrWorld: (
            "give either --from FILE.json or a world (--world, --history), not both",
            "请给出 --from FILE.json 或一个世界（--world、--history），二者不能同时给出"),
        .usageRoiPrior: (
            "--roi-prior must be between 0.5 and 1000 (it is in units of the data's outcome per unit of spend)",
            "--roi-prior 必须在 0.5 到 1000 之间（单位是每单位花费带来的数据产出）"),
        .usageRobynData: (
            "robyn needs --data: Robyn's gamma is relative to the range of the adstocked spend in the data",
            "robyn 需要 --data：Robyn 的 gamma 是相对于数据中经过 adstock 的花费范围而言的"),
        .usageMeridianMonths: (
            "meridian needs --months: the curves cover the spend of a whole period",
            "meridian 需要 --months：曲线覆盖的是整个时期的花费"),
        .usagePymcScale: (
            "pymc needs --channel-scale: x is spend divided by the channel's scale",
            "pymc 需要 --channel-scale：x 是花费除以该渠道的缩放系数"),
        .usageCurrentList: ("--current takes CHANNEL=AMOUNT[,CHANNEL=AMOUNT...]", "--current 的格式为 渠道=金额[,渠道=金额...]"),
        .usageMaxDraws: (
            "--max-draws must be between 2 and 5000 (the scenario format's limits on draws)",
            "--max-draws 必须在 2 到 5000 之间（场景格式对抽样数的限制）"),
        .usageDataAndDataset: (
            "give either the data file ({path}) or --dataset {dataset}, not both: the dataset file names its own CSV",
            "请给出数据文件（{path}）或 --dataset {dataset}，二者不能同时给出：数据集文件自己指定了 CSV"),
        .usageNotWithDataset: (
            "{option} cannot be combined with --dataset: the dataset file {dataset} sets the columns",
            "{option} 不能与 --dataset 同用：列由数据集文件 {dataset} 设定"),
        .usageWorldOrHistory: ("give either --world or --history/--dataset, not both", "请给出 --world 或 --history/--dataset，二者不能同时给出"),
        .usageGiveWorld: (
            "give the world: --world FILE, or --history DATA.csv (or --dataset FILE.yaml)",
            "请给出世界：--world FILE，或 --history DATA.csv（或 --dataset FILE.yaml）"),
        .usageMonths: ("--months must be between 1 and 1200 (100 years)", "--months 必须在 1 到 1200 之间（100 年）"),
        .usageSeeds: ("--seeds must be between 1 and 100000", "--seeds 必须在 1 到 100000 之间"),
        .usageWarmup: ("--warmup must be at least 1", "--warmup 必须不小于 1"),
        .usageNonNegative: ("{option} must be a number ≥ 0", "{option} 必须是 ≥ 0 的数"),
        .usageTrust: ("--trust must be a positive fraction such as 0.3, or none", "--trust 必须是正的比例（如 0.3），或 none"),
        .usageDrift: (
            "--drift is CHANNEL=RATE,... with RATE a monthly change above -1 (such as tv=-0.03); got '{item}'",
            "--drift 的格式为 渠道=变化率,...，变化率是大于 -1 的月度变化（如 tv=-0.03）；实际为 '{item}'"),
        .usageSeasonality: (
            "--seasonality is a comma-separated list of positive multipliers (such as 1.2,0.9,1,...)",
            "--seasonality 是以逗号分隔的正乘数列表（如 1.2,0.9,1,...）"),
        .usageWroteFile: ("budgetlab: wrote {path}", "budgetlab：已写入 {path}"),
        // Output files and standard output.
        .outSymlink: ("refusing to write {path}: it is a symbolic link (write to the file it points to, or remove the link)", "拒绝写入 {path}：它是一个符号链接（请写入它指向的文件，或删除该链接）"),
        .outNotRegular: ("refusing to write {path}: it is {kind}, not a regular file", "拒绝写入 {path}：它是{kind}，不是普通文件"),
        .outIsInput: ("refusing to write {path}: it is an input of this run ({input})", "拒绝写入 {path}：它是本次运行的输入（{input}）"),
        .outKindDirectory: ("a directory", "一个目录"),
        .outKindDevice: ("a device", "一个设备"),
        .outKindPipe: ("a named pipe", "一个命名管道"),
        .outKindSocket: ("a socket", "一个套接字"),
        .outKindOther: ("not a regular file", "非普通文件"),
        .outNoFolder: ("the folder {folder} does not exist", "文件夹 {folder} 不存在"),
        .outNotFolder: ("{folder} is not a folder", "{folder} 不是文件夹"),
        .outNotWritable: ("the folder {folder} is not writable", "文件夹 {folder} 不可写"),
        .outReportsNotDirectory: ("cannot write reports into {path}: it is not a directory", "无法把报告写入 {path}：它不是目录"),
        .outCannotCreateFolder: ("cannot create the folder {path}: {reason}", "无法创建文件夹 {path}：{reason}"),
        .outCreateReason: ("permission denied or a parent is not a folder", "没有权限，或上级路径不是文件夹"),
        .outStdoutClosed: ("cannot write the result: standard output is closed", "无法写出结果：标准输出已关闭"),
        .outStdoutFailed: ("cannot write the result to standard output: {reason}", "无法把结果写到标准输出：{reason}"),
    ]
}
