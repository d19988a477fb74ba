import Foundation
import Localization

/// Runs a simulation: plans the oracle once while the replicates' other strategies play, in
/// parallel on all cores (`DispatchQueue.concurrentPerform`), each replicate on its own seed;
/// then plays the oracle's own runs and collects the replicates in replicate order, so the
/// result is the same whatever the number of cores or the order the threads finish in.
public struct Simulator: Sendable {
    public let world: World
    public let options: SimulationOptions

    public init(world: World, options: SimulationOptions) {
        self.world = world
        self.options = options
    }

    /// Runs every replicate.
    ///
    /// - Parameter progress: Called with (replicates done, replicates in all) after each one
    ///   finishes, from the worker threads but never concurrently (calls are serialised).
    /// - Throws: ``SimulationError``: invalid options, a month whose rules admit no plan, a
    ///   solver failure.
    public func run(progress: (@Sendable (Int, Int) -> Void)? = nil) throws(SimulationError) -> SimulationResult {
        try options.validate(for: world)
        let total = options.seeds
        // The oracle's plan (one solve over all months, about 0.2 s on one thread) is worked
        // out as job 0 while the other jobs play every replicate's other strategies, which do
        // not need it; the oracle's own runs follow (a lookup per month, no solve).
        let others = options.strategies.filter { $0 != .oracle }
        let wording = ViolationWording()
        let early = Replay(world: world, options: options, oracle: nil, projector: PlanProjector(), wording: wording)
        let planned = Slots<Result<OraclePlan, SimulationError>>(count: 1)
        let partial = Slots<Result<Replicate, SimulationError>>(count: total)
        // Worker threads do not inherit task-local values: carry the language of messages over.
        let locale = OutputLocale.current
        DispatchQueue.concurrentPerform(iterations: total + 1) { job in
            OutputLocale.$current.withValue(locale) {
                if job == 0 {
                    let plan: Result<OraclePlan, SimulationError> = Self.attempt { () throws(SimulationError) in
                        try OraclePlan.plan(for: world, tolerance: options.oracleTolerance)
                    }
                    planned.set(0, plan) { _ in }
                } else {
                    let replicate = Self.attempt { () throws(SimulationError) in try early.run(index: job - 1, only: others) }
                    partial.set(job - 1, replicate) { done in progress?(done, total) }
                }
            }
        }
        guard let planResult = planned.values[0] else { throw .solverFailed(tr(.simReplicateUnfinished)) }
        let oracle = try planResult.get()
        let replay = Replay(world: world, options: options, oracle: oracle, projector: PlanProjector(), wording: wording)
        let oracleKinds = options.strategies.filter { $0 == .oracle }
        let completed = Slots<Result<Replicate, SimulationError>>(count: total)
        let parts = partial.values
        DispatchQueue.concurrentPerform(iterations: total) { index in
            OutputLocale.$current.withValue(locale) {
                let result = Self.attempt { () throws(SimulationError) -> Replicate in
                    guard let part = parts[index] else { throw .solverFailed(tr(.simReplicateUnfinished)) }
                    var replicate = try part.get()
                    let own = try replay.run(index: index, only: oracleKinds)
                    var runs = replicate.runs[...]
                    replicate.runs = options.strategies.map { $0 == .oracle ? own.runs[0] : runs.removeFirst() }
                    replicate.oracleOutcome = own.oracleOutcome
                    return replicate
                }
                completed.set(index, result) { _ in }
            }
        }
        var replicates: [Replicate] = []
        for slot in completed.values {
            switch slot {
            case let .success(replicate)?: replicates.append(replicate)
            case let .failure(error)?: throw error
            case nil: throw .solverFailed(tr(.simReplicateUnfinished))
            }
        }
        let byMonth = oracle.spend.indices.map { t in world.expectedOutcome(oracle.spend[t], month: t).reduce(0, +) }
        return SimulationResult(
            world: world, options: options, oracle: oracle, oracleExpectedOutcome: byMonth.reduce(0, +),
            oracleExpectedByMonth: byMonth, replicates: replicates)
    }

    private static func attempt<T>(_ body: () throws(SimulationError) -> T) -> Result<T, SimulationError> {
        do throws(SimulationError) { return .success(try body()) } catch { return .failure(error) }
    }
}

/// Slots filled concurrently by index, read after every writer has finished.
final class Slots<Value: Sendable>: @unchecked Sendable {
    // @unchecked: every access to the stored properties holds `lock`.
    private var stored: [Value?]
    private var filled = 0
    private let lock = NSLock()

    init(count: Int) {
        stored = Array(repeating: nil, count: count)
    }

    /// Stores a value, then calls `report` with the number of filled slots while still
    /// holding the lock, so reports never interleave and their counts only grow.
    func set(_ index: Int, _ value: Value, report: (Int) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        stored[index] = value
        filled += 1
        report(filled)
    }

    var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
