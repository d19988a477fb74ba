import BudgetModel
import Foundation

/// Cells kept from one solve for the next, when only the budget changes between them (the
/// levels of a sweep): building a cell samples its response at the initial prices, a pass over
/// every item per price, which was a fifth of a small sweep's time.
///
/// A solve reuses the cells only when everything they were made from is the same: the items'
/// curves, groups and `linear` coefficients, and their spend ranges. The reused cells are the
/// freshly built ones (initial points only), so each level refines from the same start and its
/// result does not depend on the levels solved before it.
final class CellReuse: @unchecked Sendable {
    /// What the cells depend on.
    struct Key: Equatable {
        let curves: [Curve]
        let groups: [[String]]
        let ruleGroups: [String]
        let linear: [LinearRule]
        let lower: [Double]
        let upper: [Double]
        let initialPoints: Int
    }

    private let lock = NSLock()
    private var stored: (key: Key, cells: [Cell])?

    /// The solve's reuse, set by ``Optimizer/sweep(_:from:to:steps:progress:)``.
    @TaskLocal static var current: CellReuse?

    func cells(for key: Key) -> [Cell]? {
        lock.withLock { stored?.key == key ? stored?.cells : nil }
    }

    func store(_ cells: [Cell], for key: Key) {
        lock.withLock { stored = (key, cells) }
    }
}

extension CellReuse.Key {
    init(_ scenario: Scenario, lower: [Double], upper: [Double], initialPoints: Int) {
        curves = scenario.channels.map(\.curve)
        groups = scenario.channels.map(\.groups)
        ruleGroups = scenario.groupRules.map(\.group)
        linear = scenario.linearRules
        self.lower = lower
        self.upper = upper
        self.initialPoints = initialPoints
    }
}
