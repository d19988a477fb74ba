import Fitting
import Foundation

/// Progress on standard error for anything that can run longer than a few seconds (never on
/// standard output).
///
/// - Standard error a terminal: a bar redrawn in place, `sweep ███░░ 12/40`.
/// - Standard error redirected (a log file, a pipe, CI): nothing for the first
///   ``quietSeconds``, then a plain line at most every ``lineSeconds``,
///   `fit: posterior draws 5200/13332 (39%), 41 s`, and a last line when the work ends. A run
///   that ends within ``quietSeconds`` writes nothing. The environment variable
///   `BUDGETLAB_PROGRESS_SECONDS` sets both intervals (0: a line for every update).
///
/// Safe to call from several threads (the fit's sampler chains report concurrently).
final class ProgressBar: @unchecked Sendable {
    // @unchecked: every mutable field is accessed under `lock`.
    let label: String
    let interactive = isatty(STDERR_FILENO) == 1
    let quietSeconds: Double
    let lineSeconds: Double
    private let started = Date()
    private var lastLine: Date?
    private var lastStage = ""
    private let lock = NSLock()

    init(label: String) {
        self.label = label
        let configured = ProcessInfo.processInfo.environment["BUDGETLAB_PROGRESS_SECONDS"].flatMap(Double.init)
            .flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
        quietSeconds = configured ?? 5
        lineSeconds = configured ?? 10
    }

    /// `done` of `total` units of work in `stage` (a word or two such as "posterior draws").
    func update(_ done: Int, of total: Int, stage: String = "") {
        guard total > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        let name = stage.isEmpty ? label : "\(label): \(stage)"
        if interactive {
            let width = 30
            let filled = width * min(done, total) / total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            if stage != lastStage, !lastStage.isEmpty { Streams.writeError("\n") }
            Streams.writeError("\r\(name) \(bar) \(done)/\(total)")
            if done >= total { Streams.writeError("\n") }
            lastStage = done >= total ? "" : stage
            return
        }
        let now = Date()
        let elapsed = now.timeIntervalSince(started)
        let due = lastLine.map { now.timeIntervalSince($0) >= lineSeconds } ?? (elapsed >= quietSeconds)
        let finishing = done >= total && lastLine != nil
        guard due || finishing else { return }
        lastLine = now
        let percent = Int((100 * Double(min(done, total)) / Double(total)).rounded(.down))
        Streams.writeError("\(name) \(done)/\(total) (\(percent)%), \(Int(elapsed.rounded())) s\n")
    }
}

extension ProgressBar {
    /// A media-mix fit's progress as lines of a bar labelled `label` (`fit`, `recommend`, ...).
    static func fitHandler(label: String) -> FitProgressHandler {
        let bar = ProgressBar(label: label)
        return { bar.update($0.done, of: $0.total, stage: words($0.stage)) }
    }

    /// A fit stage for the progress line.
    static func words(_ stage: FitProgress.Stage) -> String {
        switch stage {
        case .holdout: "hold-out search"
        case .full: "search on all periods"
        case .sampling: "posterior draws"
        }
    }
}
