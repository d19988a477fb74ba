import Foundation

/// Where a media-mix fit is, for a progress display (computation reports it, never prints it).
public struct FitProgress: Sendable {
    public enum Stage: String, Sendable {
        /// The search for the hold-out fit (all but the last periods).
        case holdout
        /// The search on all periods.
        case full
        /// Posterior sampling (four chains; `done` counts steps of all chains).
        case sampling
    }

    public var stage: Stage
    /// Objective evaluations (search) or sampler steps done so far in this stage.
    public var done: Int
    /// The most this stage can take (searches often stop earlier).
    public var total: Int
}

/// A progress callback; it may be called from several threads at once (the sampler's chains).
public typealias FitProgressHandler = @Sendable (FitProgress) -> Void

/// Steps done by the sampler's chains together, reported as ``FitProgress/Stage/sampling``.
final class StepCounter: @unchecked Sendable {
    // @unchecked: every access to `done` holds `lock`.
    private var done = 0
    private let lock = NSLock()
    let total: Int
    let report: FitProgressHandler?

    init(total: Int, report: FitProgressHandler?) {
        self.total = total
        self.report = report
    }

    func add(_ steps: Int) {
        guard let report else { return }
        lock.lock()
        done += steps
        let now = done
        lock.unlock()
        report(FitProgress(stage: .sampling, done: min(now, total), total: total))
    }
}
