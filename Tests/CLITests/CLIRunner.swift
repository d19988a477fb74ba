import Foundation

/// Runs the built `budgetlab` binary and captures what it prints.
struct CLIRun {
    let status: Int32
    let stdout: String
    let stderr: String
}

enum CLI {
    /// The products directory that holds both the test bundle and the `budgetlab` executable.
    static let binary = URL(fileURLWithPath: Bundle.main.bundlePath).appendingPathComponent("budgetlab")

    /// The package root, for the bundled Scenarios/.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs the binary. The locale variables (`LANG`, `LC_ALL`, `LC_MESSAGES`) of the test
    /// process are not passed on, so output is English unless `environment` sets them.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIRun {
        try run(executable: binary.path, arguments, environment: environment)
    }

    /// Runs any executable with the package root as working directory.
    static func run(executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> CLIRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment
        for key in ["LANG", "LC_ALL", "LC_MESSAGES"] { variables[key] = nil }
        process.environment = variables.merging(environment) { $1 }
        process.currentDirectoryURL = root
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLIRun(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Writes `text` to a new temporary file and returns its path.
    static func temporaryFile(_ text: String, name: String = "scenario.yaml") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("budgetlab-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// A path in a fresh temporary directory that does not exist yet.
    static func freshPath(_ name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("budgetlab-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent(name).path
    }
}
