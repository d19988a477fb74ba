import Foundation
import Localization

/// Runs a simulation: plans the oracle once, then plays the replicates in parallel on all
/// cores (`DispatchQueue.concurrentPerform`), each on its own seed, and collects them in
/// replicate order, so the result is the same whatever the number of cores or the order the
/// threads finish in.
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
        let oracle = try OraclePlan.plan(for: world, tolerance: options.oracleTolerance)
        let replay = Replay(world: world, options: options, oracle: oracle, projector: PlanProjector())
        let slots = Slots<Result<Replicate, SimulationError>>(count: options.seeds)
        let total = options.seeds
        // Worker threads do not inherit task-local values: carry the language of messages over.
        let locale = OutputLocale.current
        DispatchQueue.concurrentPerform(iterations: total) { index in
            let result: Result<Replicate, SimulationError> = OutputLocale.$current.withValue(locale) {
                do throws(SimulationError) { return .success(try replay.run(index: index)) } catch { return .failure(error) }
            }
            slots.set(index, result) { done in progress?(done, total) }
        }
        var replicates: [Replicate] = []
        for slot in slots.values {
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
