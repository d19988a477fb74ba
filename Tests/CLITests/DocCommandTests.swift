import Foundation
import Testing

/// The `budgetlab` commands shown in README.md and docs/*.md (shell code blocks, and inline
/// code that starts with `budgetlab`) name real subcommands, options those subcommands have,
/// and bundled files that exist. Running them is too slow for `swift test`; this catches a
/// renamed option or a moved file.
@Suite struct DocCommandTests {
    /// README.md and every page of docs/, as (name, text).
    static func pages() throws -> [(String, String)] {
        let docs = CLI.root.appendingPathComponent("docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".md") }.sorted()
        return try [("README.md", String(contentsOf: CLI.root.appendingPathComponent("README.md"), encoding: .utf8))]
            + names.map { ("docs/\($0)", try String(contentsOf: docs.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// The command lines of a page: `sh` code blocks (a line ending in `\` joined with the
    /// next, `#` comments dropped), and inline code spans (which may run over a line break)
    /// that start with `budgetlab `.
    static func commandLines(_ text: String) -> [String] {
        var result: [String] = []
        var prose: [Substring] = []
        var inShell = false
        var inBlock = false
        var pending = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                inShell = !inBlock && trimmed == "```sh"
                inBlock.toggle()
            } else if inShell {
                let code = String(trimmed.prefix { $0 != "#" }).trimmingCharacters(in: .whitespaces)
                if code.hasSuffix("\\") { pending += code.dropLast() + " "; continue }
                result.append(pending + code)
                pending = ""
            } else if !inBlock {
                prose.append(line)
            }
        }
        let spans = prose.joined(separator: " ").split(separator: "`", omittingEmptySubsequences: false)
        return result + stride(from: 1, to: spans.count, by: 2).map { String(spans[$0]) }.filter { $0.hasPrefix("budgetlab ") }
    }

    /// The `budgetlab` invocations in a command line, as words after the program name
    /// (`budgetlab`, `$B`, `.build/release/budgetlab`, `swift run -c release budgetlab`).
    static func invocations(_ line: String) -> [[String]] {
        let separated = line.replacingOccurrences(of: "&&", with: ";").replacingOccurrences(of: "|", with: ";")
        return separated.split(separator: ";").compactMap { part in
            let words = part.split(separator: " ").map(String.init)
            guard let start = words.firstIndex(where: { ["budgetlab", "$B", ".build/release/budgetlab"].contains($0) }) else { return nil }
            return Array(words[(start + 1)...])
        }
    }

    @Test func docCommandsNameRealSubcommandsOptionsAndFiles() throws {
        let subcommands = try HelpExampleTests.subcommands()
        var options: [String: Set<String>] = [:]
        for name in subcommands {
            options[name] = HelpExampleTests.optionNames(try HelpExampleTests.help([name], columns: 1000))
        }
        var checked = 0
        for (page, text) in try Self.pages() {
            for line in Self.commandLines(text) {
                for words in Self.invocations(line) {
                    guard let name = words.first, !["FILE", "…"].contains(name) else { continue }
                    let known = try #require(options[name], "\(page): `\(line)`: no subcommand \(name)")
                    checked += 1
                    for word in words {
                        let bare = word.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
                        if bare.hasPrefix("--") {
                            let option = String(bare.prefix { $0 != "=" })
                            #expect(known.contains(option), "\(page): `\(line)`: \(name) has no option \(option)")
                        } else if bare.hasPrefix("Scenarios/") {
                            let path = CLI.root.appendingPathComponent(bare).path
                            #expect(FileManager.default.fileExists(atPath: path), "\(page): `\(line)`: no file \(bare)")
                        }
                    }
                }
            }
        }
        #expect(checked >= 50, "only \(checked) documented commands found")
    }
}
