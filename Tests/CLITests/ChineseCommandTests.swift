import Foundation
import Testing

/// Chinese names on the command line, Chinese output, spreadsheets, and the Chinese example.
@Suite struct ChineseCommandTests {
    static let english = "Scenarios/b2c-consumer-brand.yaml"
    static let chinese = "Scenarios/b2c-consumer-brand.zh.yaml"
    /// The Chinese example's channel and group names, in the English file's order.
    static let names = [
        "douyin": "抖音", "xiaohongshu": "小红书", "baidu_sem": "百度SEM", "wechat": "微信", "tmall_jd_ads": "天猫京东站内",
        "bilibili": "哔哩哔哩", "zhihu": "知乎", "live_streaming": "直播带货", "wecom_private": "企微私域", "kol_package": "达人套餐",
        "core": "核心", "test": "测试", "ecommerce": "电商",
    ]

    static func json(_ run: CLIRun) throws -> [String: Any] {
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    /// `douyin max_change up` → `抖音 max_change up`.
    static func translated(_ ruleName: String) -> String {
        ruleName.split(separator: " ").map { names[String($0)] ?? String($0) }.joined(separator: " ")
    }

    /// The plan's numbers, with names mapped to Chinese: channels and rules must agree exactly.
    static func expectSamePlan(_ english: [String: Any], _ chinese: [String: Any]) throws {
        for key in ["status", "objective", "bound", "total_spend", "total_outcome", "method"] {
            #expect("\(english[key] ?? "nil")" == "\(chinese[key] ?? "nil")", "\(key)")
        }
        let a = try #require(english["channels"] as? [[String: Any]])
        let b = try #require(chinese["channels"] as? [[String: Any]])
        #expect(a.count == b.count)
        for (x, y) in zip(a, b) {
            #expect(names[x["name"] as? String ?? ""] == y["name"] as? String)
            for key in ["spend", "outcome", "marginal_roi", "change"] { #expect("\(x[key]!)" == "\(y[key]!)", "\(key)") }
        }
        let rulesA = try #require(english["constraints"] as? [[String: Any]])
        let rulesB = try #require(chinese["constraints"] as? [[String: Any]])
        #expect(rulesA.map { translated($0["name"] as? String ?? "") } == rulesB.map { $0["name"] as? String ?? "" })
        for (x, y) in zip(rulesA, rulesB) {
            #expect("\(x["binding"]!)" == "\(y["binding"]!)" && "\(x["shadow_price"]!)" == "\(y["shadow_price"]!)", "\(x["name"]!)")
        }
    }

    @Test func chineseExampleGivesTheEnglishExamplesPlan() throws {
        let english = try Self.json(CLI.run(["optimize", Self.english, "--format", "json"]))
        let chinese = try Self.json(CLI.run(["optimize", Self.chinese, "--format", "json"]))
        try Self.expectSamePlan(english, chinese)
        #expect((chinese["channels"] as? [[String: Any]])?.first?["label"] as? String == "抖音（含千川）")
    }

    @Test func whatIfWithChineseNames() throws {
        let english = try Self.json(CLI.run([
            "whatif", Self.english, "--scale", "douyin=0.8", "--set", "douyin.max=300000", "--share", "core=0.55..0.7", "--format", "json",
        ]))
        let chinese = try Self.json(CLI.run([
            "whatif", Self.chinese, "--scale", "抖音=0.8", "--set", "抖音.max=30万", "--share", "核心=0.55..0.7", "--format", "json",
        ]))
        try Self.expectSamePlan(try #require(english["changed"] as? [String: Any]), try #require(chinese["changed"] as? [String: Any]))
        let changed = try #require((chinese["changed"] as? [String: Any])?["channels"] as? [[String: Any]])
        #expect((changed[0]["spend"] as? Double ?? .infinity) <= 300_000 * (1 + 1e-9))
        #expect((chinese["changes"] as? [String])?.contains("抖音 曲线 × 0.8") == false)  // JSON text is English by default
        #expect((chinese["changes"] as? [String])?.contains("抖音 curve × 0.8") == true)
    }

    @Test func chineseOutputByFlagAndByEnvironment() throws {
        let byFlag = try CLI.run(["optimize", Self.chinese, "--lang", "zh", "--units", "wan"])
        #expect(byFlag.status == 0)
        #expect(byFlag.stdout.contains("预算方案：国内消费品牌月度预算分配"))
        #expect(byFlag.stdout.contains("抖音（含千川）"))
        #expect(byFlag.stdout.contains("CNY 100万（须全部花完）"))
        let byEnvironment = try CLI.run(["optimize", Self.english], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(byEnvironment.stdout.contains("影子价格"))
        let overridden = try CLI.run(["optimize", Self.english, "--lang", "en"], environment: ["LC_ALL": "zh_CN.UTF-8"])
        #expect(overridden.stdout.contains("Shadow price"))
        let english = try CLI.run(["optimize", Self.english])
        #expect(english.stdout.contains("Shadow price") && !english.stdout.contains("影子价格"))
    }

    @Test func errorsInChineseKeepPathsAndKeys() throws {
        let run = try CLI.run(["optimize", "Scenarios/errors/unknown-key.yaml", "--lang", "zh"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("budgetlab：错误："))
        #expect(run.stderr.contains("channels[1].curve.half_saturaton: 未知的键 'half_saturaton'；应为以下之一：type, beta, half_saturation, shape"))
        let infeasible = try CLI.run(["optimize", "Scenarios/errors/infeasible-minimums.yaml"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(infeasible.status == 3)
        #expect(infeasible.stderr.contains("没有方案能同时满足这些规则"))
        let unknown = try CLI.run(["whatif", Self.chinese, "--scale", "抖音音=0.8", "--lang", "zh"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("未知的渠道 '抖音音'"))
    }

    @Test func spreadsheetExportReadsBackIntoEvaluate() throws {
        // Export the plan for Excel/WPS (UTF-8 with a byte-order mark), in Chinese.
        let csv = try CLI.freshPath("方案.csv")
        #expect(try CLI.run(["optimize", Self.chinese, "--format", "csv", "--bom", "--lang", "zh", "-o", csv]).status == 0)
        let data = try Data(contentsOf: URL(fileURLWithPath: csv))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        #expect(text.contains("渠道,花费 (CNY)"))
        // Read back unchanged: the same plan, so the same outcome and no gap to the optimum.
        let optimum = try Self.json(CLI.run(["optimize", Self.chinese, "--format", "json"]))
        let evaluated = try Self.json(CLI.run(["evaluate", Self.chinese, "--plan", csv, "--format", "json"]))
        #expect(evaluated["feasible"] as? Bool == true)
        let outcome = try #require(optimum["total_outcome"] as? Double)
        #expect(abs((evaluated["total_outcome"] as? Double ?? 0) - outcome) <= 1e-9 * outcome)
        // Edited in the spreadsheet: move 1万 from 小红书 to 抖音, typed as a planner would.
        let spends = try #require(optimum["channels"] as? [[String: Any]]).map { ($0["name"] as! String, $0["spend"] as! Double) }
        // The edited spends, as typed in the sheet and as numbers.
        func editedSpend(_ name: String, _ spend: Double) -> (typed: String?, value: Double) {
            switch name {
            case "抖音":
                let value = (spend + 10_000).rounded()
                return ("\"\(Self.grouped(value))\"", value)
            case "小红书":
                let wan = ((spend - 10_000) / 10_000 * 100).rounded() / 100
                return ("\(wan)万", wan * 10_000)
            default: return (nil, spend)
            }
        }
        var edited: [String] = []
        var block = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty { block += 1 }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if block == 1, let (name, spend) = spends.first(where: { $0.0 == fields.first }) {
                let typed = editedSpend(name, spend).typed ?? fields[1]
                edited.append(([fields[0], typed] + fields.dropFirst(2)).joined(separator: ","))
            } else {
                edited.append(String(line))
            }
        }
        let editedPath = try CLI.temporaryFile("\u{FEFF}" + edited.joined(separator: "\n"), name: "edited.csv")
        var yaml = ""
        for (name, spend) in spends {
            yaml += "\(name): \(editedSpend(name, spend).value)\n"
        }
        let yamlPath = try CLI.temporaryFile(yaml, name: "edited.yaml")
        let fromCSV = try Self.json(CLI.run(["evaluate", Self.chinese, "--plan", editedPath, "--format", "json"]))
        let fromYAML = try Self.json(CLI.run(["evaluate", Self.chinese, "--plan", yamlPath, "--format", "json"]))
        let a = try #require(fromCSV["total_outcome"] as? Double), b = try #require(fromYAML["total_outcome"] as? Double)
        #expect(abs(a - b) <= 1e-9 * b)
        #expect(a < outcome)  // the optimum was optimal
    }

    @Test func recommendationExportReadsBackByItsRecommendedColumn() throws {
        // The channel table of `recommend --format csv --lang zh` (other blocks before it), with
        // the channels' current spends as the recommendation: evaluate must read 建议, not 上月.
        let current: [(String, Double)] = [
            ("抖音", 300_000), ("小红书", 160_000), ("百度SEM", 180_000), ("微信", 70_000), ("天猫京东站内", 60_000),
            ("哔哩哔哩", 40_000), ("知乎", 25_000), ("直播带货", 60_000), ("企微私域", 25_000), ("达人套餐", 80_000),
        ]
        var csv = "\u{FEFF}项目,值\n预算,1000000\n\n渠道,上月 (CNY),建议 (CNY),变化\n"
        for (name, spend) in current { csv += "\(name),1,\(spend),0\n" }
        let path = try CLI.temporaryFile(csv, name: "建议.csv")
        let fromCSV = try Self.json(CLI.run(["evaluate", Self.chinese, "--plan", path, "--format", "json"]))
        let fromCurrent = try Self.json(CLI.run(["evaluate", Self.chinese, "--plan", "current", "--format", "json"]))
        #expect("\(fromCSV["total_outcome"]!)" == "\(fromCurrent["total_outcome"]!)")
    }

    @Test func spreadsheetWithoutTheColumnsIsRefused() throws {
        let path = try CLI.temporaryFile("name,amount\n抖音,1\n", name: "plan.csv")
        let run = try CLI.run(["evaluate", Self.chinese, "--plan", path, "--lang", "zh"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("找不到同时有渠道列和花费列的表格"))
    }

    /// Every `$B ...` command of the Chinese quick start runs as written (files it writes go to
    /// a temporary folder). `fit` and `recommend` take minutes in a debug build and are left
    /// to the recommendation tests; their flags are checked by `--help`.
    @Test func quickStartCommandsRun() throws {
        let readme = try String(contentsOf: CLI.root.appendingPathComponent("docs/README.zh.md"), encoding: .utf8)
        let commands = readme.split(separator: "\n").filter { $0.hasPrefix("$B ") }.map { $0.dropFirst(3).split(separator: " ").map(String.init) }
        #expect(commands.count >= 7)
        let folder = URL(fileURLWithPath: try CLI.freshPath("x")).deletingLastPathComponent()
        for command in commands {
            let arguments = command.map { argument in
                !argument.contains("/") && (argument.hasSuffix(".csv") || argument.hasSuffix(".svg"))
                    ? folder.appendingPathComponent(argument).path : argument
            }
            if ["fit", "recommend"].contains(arguments[0]) {
                let help = try CLI.run([arguments[0], "--help"])
                #expect(help.stdout.contains("--lang") && help.stdout.contains("--units"))
                continue
            }
            let run = try CLI.run(arguments)
            #expect(run.status == 0, "\(command.joined(separator: " ")): \(run.stderr)")
            #expect(!run.stdout.contains("Shadow price"))
        }
    }

    static func grouped(_ value: Double) -> String {
        let digits = String(Int64(value.rounded()))
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}
