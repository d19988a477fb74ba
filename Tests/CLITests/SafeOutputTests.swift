import Foundation
import Testing

/// Output that cannot destroy input, and a closed or full standard output (issue 11, points 5
/// and 6): every refusal is exit 1 with the reason on standard error, and nothing is changed.
@Suite struct SafeOutputTests {
    static let scenario = """
        name: safe
        budget: { total: 1000 }
        channels:
          - { name: a, curve: { type: hill, beta: 900, half_saturation: 300, shape: 1 } }
          - { name: b, curve: { type: log, beta: 300, scale: 100 } }
        """

    @Test func refusesToWriteOverTheScenario() throws {
        let file = try CLI.temporaryFile(Self.scenario)
        let run = try CLI.run(["optimize", file, "--output", file])
        #expect(run.status == 1)
        #expect(run.stderr.contains("input"), "\(run.stderr)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == Self.scenario)
        // Another spelling of the same file.
        let other = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("./../\(URL(fileURLWithPath: file).deletingLastPathComponent().lastPathComponent)/scenario.yaml").path
        #expect(try CLI.run(["optimize", file, "-o", other]).status == 1)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == Self.scenario)
    }

    @Test func refusesSymlinksDevicesAndDirectories() throws {
        let file = try CLI.temporaryFile(Self.scenario)
        let target = try CLI.freshPath("target.txt")
        try Data("keep".utf8).write(to: URL(fileURLWithPath: target))
        let link = try CLI.freshPath("link.json")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let directory = try CLI.freshPath("folder")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        for (path, word) in [(link, "symbolic link"), ("/dev/full", "device"), ("/dev/null", "device"), (directory, "directory")] {
            let run = try CLI.run(["optimize", file, "--format", "json", "-o", path])
            #expect(run.status == 1, "\(path)")
            #expect(run.stderr.contains(word), "\(path): \(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        var info = stat()
        #expect(lstat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
    }

    /// Two files, the second refused: neither is written.
    @Test func severalFilesAllOrNone() throws {
        let file = try CLI.temporaryFile(Self.scenario)
        let output = try CLI.freshPath("frontier.csv")
        let run = try CLI.run(["sweep", file, "--steps", "3", "--chart", file, "-o", output])
        #expect(run.status == 1)
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == Self.scenario)
        let chart = try CLI.freshPath("frontier.svg")
        let good = try CLI.run(["sweep", file, "--steps", "3", "--chart", chart, "-o", output])
        #expect(good.status == 0)
        #expect(FileManager.default.fileExists(atPath: output) && FileManager.default.fileExists(atPath: chart))
        #expect(good.stderr.contains("wrote \(chart)") && good.stderr.contains("wrote \(output)"))
    }

    @Test func failedRunLeavesEarlierOutputUntouched() throws {
        let file = try CLI.temporaryFile(Self.scenario)
        let output = try CLI.freshPath("plan.json")
        #expect(try CLI.run(["optimize", file, "--format", "json", "-o", output]).status == 0)
        let before = try String(contentsOfFile: output, encoding: .utf8)
        let broken = try CLI.temporaryFile(Self.scenario.replacingOccurrences(of: "total: 1000", with: "total: -1"))
        #expect(try CLI.run(["optimize", broken, "--format", "json", "-o", output]).status == 2)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == before)
    }

    @Test func sweepWithNoFeasibleLevelExitsThree() throws {
        let text = Self.scenario.replacingOccurrences(of: "name: a,", with: "name: a, min: 5000,")
        let file = try CLI.temporaryFile(text)
        let run = try CLI.run(["sweep", file, "--steps", "3"])
        #expect(run.status == 3)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("a min"), "\(run.stderr)")
    }

    /// `> /dev/full`, `>&-` and `2>&-`: a message and exit 1 where one can be written, no trap.
    @Test func fullOrClosedStandardOutput() throws {
        let file = try CLI.temporaryFile(Self.scenario)
        let binary = CLI.binary.path
        let full = try CLI.shell("'\(binary)' optimize '\(file)' > /dev/full")
        #expect(full.status == 1)
        #expect(full.stderr.contains("standard output"), "\(full.stderr)")
        let closed = try CLI.shell("'\(binary)' optimize '\(file)' >&-")
        #expect(closed.status == 1)
        #expect(closed.stderr.contains("standard output is closed"), "\(closed.stderr)")
        let validate = try CLI.shell("'\(binary)' validate '\(file)' > /dev/full")
        #expect(validate.status == 1)
        let noErrors = try CLI.shell("'\(binary)' optimize '\(file)' 2>&-")
        #expect(noErrors.status == 0)
        #expect(noErrors.stdout.contains("Plan for safe"))
        let badNoErrors = try CLI.shell("'\(binary)' optimize /nonexistent.yaml 2>&-")
        #expect(badNoErrors.status == 2)
        // With standard output closed, a file output still works and the file is complete.
        let output = try CLI.freshPath("plan.json")
        let toFile = try CLI.shell("'\(binary)' optimize '\(file)' --format json -o '\(output)' >&-")
        #expect(toFile.status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8).hasPrefix("{"))
    }
}

extension CLI {
    /// Runs a shell command line (for redirections the Process API cannot express).
    static func shell(_ command: String) throws -> CLIRun {
        try run(executable: "/bin/sh", ["-c", command])
    }
}
