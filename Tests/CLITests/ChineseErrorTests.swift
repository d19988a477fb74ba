import Foundation
import Testing

/// Usage errors, world and simulation errors, dataset-file errors and import errors under
/// `--lang zh`: the message is Chinese, and only option names, keys, file names and quoted
/// values stay as written (ArgumentParser's own `Error:`/`Usage:` frame stays English).
@Suite struct ChineseErrorTests {
    /// ASCII words of three letters or more in `message` once option names, quoted values, paths
    /// and `allowed` identifiers are taken out: an English message that escaped the catalogue.
    static func englishWords(_ message: String, allowed: Set<String>) -> Set<String> {
        let frame = message.replacingOccurrences(of: "^(Error:|budgetlab：错误：)", with: " ", options: .regularExpression)
        let stripped = frame.replacingOccurrences(
            of: "--[a-z-]+|'[^']*'|\\S*/\\S*|\\S+\\.(yaml|csv|json)|[A-Z]+\\.(yaml|csv|json)", with: " ", options: .regularExpression)
        let words = stripped.split(whereSeparator: { !($0.isASCII && $0.isLetter) }).map(String.init)
        return Set(words.filter { $0.count >= 3 && !allowed.contains($0) })
    }

    /// The first line of stderr: the message (the `Usage:` lines below it are ArgumentParser's).
    static func message(_ arguments: [String]) throws -> String {
        let run = try CLI.run(arguments)
        #expect(run.status != 0)
        return String(run.stderr.split(separator: "\n").first ?? "")
    }

    @Test(arguments: [
        // Usage errors (exit 64) of simulate, compare, optimize's --risk (an option group), import.
        (["simulate", "--world", "Scenarios/world-drift.yaml", "--seeds", "0", "--lang", "zh"], "之间"),
        (["simulate", "--world", "Scenarios/world-drift.yaml", "--drift", "tv", "--lang", "zh"], "变化率"),
        (["compare", "--from", "x.json", "--report", "x.md", "--world", "Scenarios/world-drift.yaml", "--lang", "zh"], "二者"),
        (["optimize", "Scenarios/b2c-consumer-brand.yaml", "--risk", "bogus", "--lang=zh"], "必须"),
        (["import", "robyn", "x.json", "--lang", "zh"], "需要"),
        // A simulation setting (thrown by the Simulation module), an import file's error.
        (["simulate", "--world", "Scenarios/world-drift.yaml", "--strategies", "foo", "--lang", "zh"], "未知策略"),
        (["import", "pymc", "Scenarios/import/pymc-saturation-curves.csv", "--channel-scale", "tv=10000", "--lang", "zh"], "缩放"),
        // Output files: a folder in place of a file, a missing folder.
        (["optimize", "Scenarios/b2c-consumer-brand.yaml", "--lang", "zh", "-o", "Scenarios"], "一个目录"),
        (["optimize", "Scenarios/b2c-consumer-brand.yaml", "--lang", "zh", "-o", "no-such-folder/plan.txt"], "不存在"),
        // A sweep where no level has a plan (exit 3): the reason names the rules, in Chinese around them.
        (["sweep", "Scenarios/errors/infeasible-minimums.yaml", "--budget", "10%..50%", "--lang", "zh"], "没有任何预算档位"),
    ] as [([String], String)])
    func errorIsChinese(arguments: [String], expected: String) throws {
        let text = try Self.message(arguments)
        #expect(text.contains(expected), "\(text)")
        let allowed: Set<String> = ["mean", "cvar", "ALPHA", "chance", "robyn", "gamma", "Robyn", "adstock", "RATE", "CHANNEL", "historical",
                                    "frozen", "rule", "thumb", "proportional", "optimizer", "explorer", "media", "mix", "anchored", "combined", "oracle", "channel", "search", "FILE", "DATA", "Scenarios",
                                    "budget", "douyin", "baidu", "sem", "xiaohongshu", "min"]
        let english = Self.englishWords(text, allowed: allowed)
        #expect(english.isEmpty, "\(english) in \(text)")
    }

    @Test func datasetFileErrorIsChinese() throws {
        let file = try CLI.temporaryFile("file: data.csv\ndate: week\noutcome: sales\nspend: [tv]\ncolour: red\n", name: "dataset.yaml")
        let text = try Self.message(["fit", "--dataset", file, "--lang", "zh"])
        #expect(text.contains("未知的键 'colour'"), "\(text)")
        let english = Self.englishWords(text, allowed: ["file", "format", "date", "outcome", "spend", "channel", "controls", "attributed", "frequency",
                                                        "week_ending", "ending", "week", "missing", "unsorted", "duplicate", "dates", "multiplier", "experiments", "colour"])
        #expect(english.isEmpty, "\(english) in \(text)")
        // The same error in English is unchanged.
        #expect(try Self.message(["fit", "--dataset", file, "--lang", "en"]).contains("unknown key 'colour'; expected one of:"))
    }

    @Test func horizonErrorIsChinese() throws {
        let file = try CLI.temporaryFile("name: t\nbudget: { total: 100 }\nchannels: [{ name: a, curve: { type: linear, roi: 1 } }]\nhorizon:\n  months: 700\n")
        let text = try Self.message(["plan", file, "--lang", "zh"])
        #expect(text.contains("最多规划 600 个月"), "\(text)")
        let english = Self.englishWords(text, allowed: ["horizon", "months"])
        #expect(english.isEmpty, "\(english) in \(text)")
    }

    @Test func actualsErrorIsChinese() throws {
        let file = try CLI.temporaryFile("month,channel,spend\n2027-01,douyin,-5\n", name: "actuals.csv")
        let text = try Self.message(["plan", "Scenarios/annual-plan-b2c.yaml", "--actuals", file, "--lang", "zh"])
        #expect(text.contains("spend 必须是 ≥ 0 的数"), "\(text)")
        #expect(Self.englishWords(text, allowed: ["spend"]).isEmpty, "\(text)")
    }
}
