import Foundation
import Testing

/// The examples in every subcommand's `--help` run as written: none is wrapped at the default
/// width of 80 columns (a wrapped line breaks a copied command in two), every option an example
/// uses is one of its command's options, and every bundled file it names exists.
@Suite struct HelpExampleTests {
    /// `budgetlab ARGUMENTS --help` laid out for a terminal of `columns` columns.
    static func help(_ arguments: [String], columns: Int) throws -> String {
        let run = try CLI.run(arguments + ["--help"], environment: ["COLUMNS": "\(columns)"])
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return run.stdout
    }

    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The subcommands `budgetlab --help` lists (a name at two spaces' indent).
    static func subcommands() throws -> [String] {
        let all = lines(try help([], columns: 1000))
        guard let start = all.firstIndex(of: "SUBCOMMANDS:") else { return [] }
        return all[(start + 1)...].compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
    }

    /// The lines under "Example:" or "Examples:", up to the first line that is not indented.
    static func exampleLines(_ help: String) -> [Substring] {
        let all = lines(help)
        guard let start = all.firstIndex(where: { $0 == "Examples:" || $0 == "Example:" }) else { return [] }
        return Array(all[(start + 1)...].prefix { $0.hasPrefix("  ") })
    }

    /// The example commands as words, a line ending in ` \` joined with the next.
    static func commands(_ exampleLines: [Substring]) -> [[String]] {
        var result: [[String]] = []
        var continues = false
        for line in exampleLines {
            var words = line.split(separator: " ").map(String.init)
            let more = words.last == "\\"
            if more { words.removeLast() }
            if continues, !result.isEmpty { result[result.count - 1] += words } else { result.append(words) }
            continues = more
        }
        return result
    }

    /// The option names (`--name`) on the option lines of a help text and its usage line.
    static func optionNames(_ help: String) -> Set<String> {
        let optionLines = lines(help).filter { $0.hasPrefix("USAGE:") || $0.hasPrefix("  -") }
        let words = optionLines.flatMap { $0.split(whereSeparator: { " ,[]".contains($0) }) }
        return Set(words.filter { $0.hasPrefix("--") }.map(String.init))
    }

    @Test func everyHelpExampleRunsAsWritten() throws {
        let subcommands = try Self.subcommands()
        #expect(subcommands.contains("simulate") && subcommands.contains("import"))
        var wide: [String: String] = [:]
        for name in subcommands { wide[name] = try Self.help([name], columns: 1000) }
        var checked = 0
        for name in subcommands {
            let examples = Self.exampleLines(wide[name] ?? "")
            let narrow = Self.exampleLines(try Self.help([name], columns: 80))
            #expect(narrow == examples, "budgetlab \(name) --help: an example is wrapped at 80 columns")
            for command in Self.commands(examples) {
                checked += 1
                #expect(command.first == "budgetlab", "\(command)")
                let target = command.count > 1 ? command[1] : ""
                let known = Self.optionNames(try #require(wide[target], "\(command): no subcommand \(target)"))
                for word in command where word.hasPrefix("--") {
                    let option = String(word.prefix { $0 != "=" })
                    #expect(known.contains(option), "budgetlab \(name) --help: \(target) has no option \(option)")
                }
                for word in command where word.hasPrefix("Scenarios/") {
                    let path = CLI.root.appendingPathComponent(word).path
                    #expect(FileManager.default.fileExists(atPath: path), "budgetlab \(name) --help: no file \(word)")
                }
            }
        }
        #expect(checked >= subcommands.count, "only \(checked) examples found")
    }
}
