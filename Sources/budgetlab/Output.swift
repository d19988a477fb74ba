import Foundation
import Localization

/// Writes a command's result: to standard output, or atomically to a file (a temporary file
/// beside it, renamed into place), so a failed run never leaves a half-written file.
func emit(_ text: String, to path: String?) throws {
    guard let path else {
        FileHandle.standardOutput.write(Data(text.utf8))
        return
    }
    try writeAtomically(text, to: path)
}

func writeAtomically(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
        .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
        try Data(text.utf8).write(to: temporary)
    } catch {
        throw Failure.runtime(tr(.errCannotWrite, ["path": path, "reason": error.localizedDescription]))
    }
    // rename(2) replaces an existing file atomically (FileManager.replaceItemAt fails on Linux
    // when the target exists).
    guard rename(temporary.path, url.path) == 0 else {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temporary)
        throw Failure.runtime(tr(.errCannotWrite, ["path": path, "reason": reason]))
    }
}

/// A one-line progress bar on standard error, drawn only when it is a terminal.
struct ProgressBar {
    let label: String
    let enabled = isatty(STDERR_FILENO) == 1

    func update(_ done: Int, of total: Int) {
        guard enabled, total > 0 else { return }
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(done)/\(total)".utf8))
        if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
