import BudgetModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Whole-process figures: the `budgetlab` executable next to this benchmark (same build) run
/// on scenario files written here, timed from spawn to exit (median of repeats), with the
/// child's peak resident memory as `/usr/bin/time` reports it (the child runs under it: Linux
/// keeps a process's high-water mark across `exec`, so spawning straight from this large
/// process would report this process's memory).
enum WholeProcessWorkload {
    struct Case {
        let label: String
        let scenario: Scenario
        let format: String  // "json" or "yaml" file
        let arguments: [String]
    }

    static func cases() -> [Case] {
        [
            Case(label: "optimize 10,000 items, JSON out", scenario: LineItems.scenario(count: 10_000, seed: 2), format: "json", arguments: ["optimize", "--format", "json"]),
            Case(label: "optimize 100,000 items, JSON out", scenario: LineItems.scenario(count: 100_000, seed: 3), format: "json", arguments: ["optimize", "--format", "json"]),
            Case(label: "optimize 10,000 items (YAML), JSON out", scenario: LineItems.scenario(count: 10_000, seed: 2), format: "yaml", arguments: ["optimize", "--format", "json"]),
            Case(label: "optimize 100,000 items (YAML), JSON out", scenario: LineItems.scenario(count: 100_000, seed: 3), format: "yaml", arguments: ["optimize", "--format", "json"]),
            Case(label: "optimize 100,000 items, table", scenario: LineItems.scenario(count: 100_000, seed: 3), format: "json", arguments: ["optimize"]),
            Case(label: "validate 100,000 items (JSON file)", scenario: LineItems.scenario(count: 100_000, seed: 3), format: "json", arguments: ["validate"]),
            Case(label: "validate 100,000 items (YAML file)", scenario: LineItems.scenario(count: 100_000, seed: 3), format: "yaml", arguments: ["validate"]),
            Case(label: "optimize 2,000 S-curves + group", scenario: LineItems.sCurveScenario(count: 2_000, seed: 12, group: true), format: "json", arguments: ["optimize", "--format", "json"]),
            Case(label: "optimize 10,000 S-curves + group", scenario: LineItems.sCurveScenario(count: 10_000, seed: 13, group: true), format: "json", arguments: ["optimize", "--format", "json"]),
        ]
    }

    /// Runs every case `repeats` times and prints median wall seconds, median CPU seconds (user + system) and peak memory.
    static func report(repeats: Int) {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let executable = directory.appendingPathComponent("budgetlab").path
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            print("whole process: \(executable) not found; build it with `swift build -c release --product budgetlab`")
            return
        }
        print("whole process (\(executable)), median of \(repeats):")
        for item in cases() {
            let path = NSTemporaryDirectory() + "budgetlab-bench-\(getpid())-\(item.scenario.channels.count).\(item.format)"
            let text = item.format == "json" ? json(item.scenario) : item.scenario.yaml()
            guard (try? text.write(toFile: path, atomically: true, encoding: .utf8)) != nil else { continue }
            defer { try? FileManager.default.removeItem(atPath: path) }
            var times: [Double] = []
            var cpu: [Double] = []
            var peak = 0.0
            var status: Int32 = 0
            for _ in 0..<max(repeats, 1) {
                guard let run = spawn(executable, [item.arguments[0], path] + item.arguments.dropFirst()) else { continue }
                times.append(run.seconds)
                cpu.append(run.cpuSeconds)
                peak = max(peak, run.peakMB)
                status = run.status
            }
            guard !times.isEmpty else { continue }
            print(item.label.padding(toLength: 42, withPad: " ", startingAt: 0),
                  String(format: "%8.3f s   CPU %7.3f s   peak %6.0f MB   exit %d", times.sorted()[times.count / 2], cpu.sorted()[cpu.count / 2], peak, status))
        }
    }

    /// Runs a child with stdout and stderr to /dev/null.
    private static func spawn(_ executable: String, _ arguments: [String]) -> (seconds: Double, cpuSeconds: Double, peakMB: Double, status: Int32)? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let report = NSTemporaryDirectory() + "budgetlab-bench-time-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: report) }
        let timer = "/usr/bin/time"
        let argv = ([timer, "-o", report, "-f", "%M %U %S", executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Date()
        guard posix_spawn(&pid, timer, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        guard waitpid(pid, &status, 0) == pid else { return nil }
        let seconds = Date().timeIntervalSince(start)
        let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        // The last line is "peak-KB user-s system-s" (earlier lines: the child's exit note).
        let fields = text.split(separator: "\n").last.map { $0.split(separator: " ").compactMap { Double($0) } } ?? []
        let kilobytes = fields.first ?? 0
        let cpu = fields.count == 3 ? fields[1] + fields[2] : 0
        return (seconds, cpu, kilobytes / 1024, (status >> 8) & 0xff)
    }

    /// The scenario as a JSON scenario file (hill curves; the keys the generators use).
    static func json(_ scenario: Scenario) -> String {
        func number(_ value: Double) -> String { "\(value)" }
        var out = "{\n \"name\": \"\(scenario.name)\",\n \"budget\": {\"total\": \(number(scenario.budget?.amount ?? 0))},\n \"channels\": [\n"
        for (i, channel) in scenario.channels.enumerated() {
            guard case let .hill(beta, k, s) = channel.curve else { continue }
            var fields = ["\"name\": \"\(channel.name)\""]
            if !channel.groups.isEmpty { fields.append("\"groups\": [\(channel.groups.map { "\"\($0)\"" }.joined(separator: ", "))]") }
            if let min = channel.min { fields.append("\"min\": \(number(min))") }
            if let max = channel.max { fields.append("\"max\": \(number(max))") }
            fields.append("\"curve\": {\"type\": \"hill\", \"beta\": \(number(beta)), \"half_saturation\": \(number(k)), \"shape\": \(number(s))}")
            out += "  {" + fields.joined(separator: ", ") + "}" + (i == scenario.channels.count - 1 ? "\n" : ",\n")
        }
        let rules = scenario.groupRules.map { rule in
            let parts = [("min_share", rule.minShare), ("max_share", rule.maxShare)].compactMap { key, value in value.map { "\"\(key)\": \(number($0))" } }
            return "\"\(rule.group)\": {\(parts.joined(separator: ", "))}"
        }
        out += " ],\n \"constraints\": {\"groups\": {\(rules.joined(separator: ", "))}}\n}\n"
        return out
    }
}
