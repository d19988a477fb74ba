import BudgetModel
import Synchronization

/// The words for the rules a plan breaks, kept for the run: a strategy whose plans do not
/// depend on the noise (`historical`, which breaks rules every month) breaks the same rules
/// with the same numbers in every replicate, and wording them was a tenth of a replicate.
///
/// A month's rules depend only on the month and the previous plan
/// (``World/rules(month:previous:)``), so the key is the month, the previous plan and the
/// plan, bit for bit; a run uses one language throughout.
final class ViolationWording: Sendable {
    private struct Key: Hashable {
        let month: Int
        let previous: [UInt64]
        let plan: [UInt64]
    }

    private let known = Mutex<[Key: [String]]>([:])

    /// What `plan` breaks of `rules` (month `month`, after `previous`), worded.
    func messages(month: Int, previous: [Double], plan: [Double], rules: Scenario) -> [String] {
        // Most plans break nothing: asked without words first.
        guard !rules.violations(of: plan, described: false).isEmpty else { return [] }
        let key = Key(month: month, previous: previous.map(\.bitPattern), plan: plan.map(\.bitPattern))
        if let words = known.withLock({ $0[key] }) { return words }
        let words = rules.violations(of: plan).map(\.message)
        known.withLock { $0[key] = words }
        return words
    }
}
