import Foundation
import Localization

/// Writes a command's result: to standard output, or atomically to a file (see ``OutputFiles``).
func emit(_ text: String, to path: String?) throws {
    guard let path else {
        try Streams.writeOutput(text)
        return
    }
    try OutputFiles.write([(text, path)])
}

/// Writes `files` and the result (to `output`, else standard output) all or none: files first,
/// then standard output, so a failure leaves nothing half-done.
func emit(_ text: String, to output: String?, with files: [(text: String, path: String)]) throws {
    guard let output else {
        try OutputFiles.write(files)
        try Streams.writeOutput(text)
        return
    }
    try OutputFiles.write(files + [(text, output)])
}

/// Writes one file (see ``OutputFiles/write(_:)``).
func writeAtomically(_ text: String, to path: String) throws {
    try OutputFiles.write([(text, path)])
}

/// Output files that cannot destroy input.
///
/// - A target must be a new path or an existing **regular** file: never a symlink, a
///   directory, a device (`/dev/full`), a pipe or a socket.
/// - A target must not be one of the run's inputs (``protect(_:)``), compared by device and
///   inode, so `-o scenario.yaml` and `-o ./data/../scenario.yaml` are both refused.
/// - Several files are written all or none: every target is checked and every temporary file
///   written before the first is renamed into place. A run that fails leaves earlier output
///   untouched (each file is a temporary beside it, renamed over it by rename(2)).
/// - Each file written is named on standard error: `budgetlab: wrote frontier.svg`.
enum OutputFiles {
    /// Files this run reads.
    nonisolated(unsafe) private static var inputs: [String] = []

    /// Marks files as inputs of this run: they will not be written over.
    static func protect(_ paths: [String?]) {
        inputs += paths.compactMap { $0 }
    }

    /// Checks every target, writes every temporary file, then renames them all into place.
    static func write(_ files: [(text: String, path: String)]) throws {
        for file in files { try check(file.path) }
        var temporaries: [String] = []
        func cleanUp() { for temporary in temporaries { unlink(temporary) } }
        for file in files {
            let url = URL(fileURLWithPath: file.path)
            let temporary = url.deletingLastPathComponent()
                .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
            do {
                try Data(file.text.utf8).write(to: URL(fileURLWithPath: temporary))
                temporaries.append(temporary)
            } catch {
                cleanUp()
                throw Failure.runtime(tr(.errCannotWrite, ["path": file.path, "reason": reason(error, directory: url.deletingLastPathComponent().path)]))
            }
        }
        for (index, file) in files.enumerated() where rename(temporaries[index], file.path) != 0 {
            let why = String(cString: strerror(errno))
            cleanUp()
            throw Failure.runtime(tr(.errCannotWrite, ["path": file.path, "reason": why]))
        }
        for file in files { Streams.writeError(tr(.usageWroteFile, ["path": file.path]) + "\n") }
    }

    /// Refuses a target that is not a new path or a regular file, or that is an input.
    static func check(_ path: String) throws {
        var target = stat()
        guard lstat(path, &target) == 0 else { return }  // a new path
        let kind = target.st_mode & S_IFMT
        guard kind != S_IFLNK else {
            throw Failure.runtime(tr(.outSymlink, ["path": path]))
        }
        guard kind == S_IFREG else {
            throw Failure.runtime(tr(.outNotRegular, ["path": path, "kind": describe(kind)]))
        }
        for input in inputs {
            var source = stat()
            if stat(input, &source) == 0, source.st_dev == target.st_dev, source.st_ino == target.st_ino {
                throw Failure.runtime(tr(.outIsInput, ["path": path, "input": input]))
            }
        }
    }

    private static func describe(_ kind: mode_t) -> String {
        switch kind {
        case S_IFDIR: tr(.outKindDirectory)
        case S_IFCHR, S_IFBLK: tr(.outKindDevice)
        case S_IFIFO: tr(.outKindPipe)
        case S_IFSOCK: tr(.outKindSocket)
        default: tr(.outKindOther)
        }
    }

    /// A failed write in words: the directory is missing, not writable, or the system's reason.
    private static func reason(_ error: Error, directory: String) -> String {
        var isDirectory: ObjCBool = false
        let folder = directory.isEmpty ? "." : directory
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) { return tr(.outNoFolder, ["folder": folder]) }
        if !isDirectory.boolValue { return tr(.outNotFolder, ["folder": folder]) }
        if access(folder, W_OK) != 0 { return tr(.outNotWritable, ["folder": folder]) }
        return (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}

/// Creates a directory for reports (and its parents) unless it exists; a path that exists and is
/// not a directory, or a symlink, is refused.
func makeDirectory(_ path: String) throws {
    var info = stat()
    if lstat(path, &info) == 0 {
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw Failure.runtime(tr(.outReportsNotDirectory, ["path": path]))
        }
        return
    }
    do {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    } catch {
        throw Failure.runtime(tr(.outCannotCreateFolder, ["path": path, "reason": (error as NSError).localizedFailureReason ?? tr(.outCreateReason)]))
    }
}
