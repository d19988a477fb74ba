import ArgumentParser
import Foundation
import Localization

/// Standard output and standard error written with write(2), so that a closed or full stream
/// is an error with a message (exit 1), never a trap in Foundation's FileHandle.
enum Streams {
    /// Whether the process started with standard output closed (`>&-`).
    nonisolated(unsafe) private(set) static var stdoutWasClosed = false

    /// Run first: a stream the process started without is opened on /dev/null, so that no file
    /// this run opens can take its number (a report written "to standard output" would
    /// otherwise land in the first file opened).
    static func prepare() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            if descriptor == STDOUT_FILENO { stdoutWasClosed = true }
            let null = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if null >= 0, null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
        }
    }

    /// Writes the whole of `text` to standard output.
    ///
    /// - Throws: ``Failure/runtime(_:)`` when standard output is closed or cannot take it
    ///   (a full disk, `/dev/full`, a closed pipe).
    static func writeOutput(_ text: String) throws {
        guard !stdoutWasClosed else { throw Failure.runtime(tr(.outStdoutClosed)) }
        if let reason = write(text, to: STDOUT_FILENO) {
            throw Failure.runtime(tr(.outStdoutFailed, ["reason": reason]))
        }
    }

    /// Writes to standard error; failures are ignored (there is nowhere left to report them).
    static func writeError(_ text: String) {
        _ = write(text, to: STDERR_FILENO)
    }

    /// Writes every byte, retrying short writes; returns the reason on failure.
    private static func write(_ text: String, to descriptor: Int32) -> String? {
        var text = text  // the bytes in place: no copy of a large report
        return text.withUTF8 { bytes -> String? in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }
}

extension BudgetLab {
    /// The entry point: streams prepared, then ArgumentParser's parse-and-run.
    static func main() {
        Streams.prepare()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
