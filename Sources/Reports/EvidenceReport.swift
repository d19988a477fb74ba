import BudgetModel
import Localization

/// Evidence limits the plan reached, in words.
enum EvidenceReport {
    /// "the data has never seen douyin above 300,000 a month: capped at 360,000 (that + 20%);
    /// --extrapolate lifts the cap".
    static func sentence(_ limit: EvidenceLimit) -> String {
        let arguments = [
            "channel": limit.name, "seen": Format.amount(limit.seen), "limit": Format.amount(limit.limit),
            "margin": Format.percent(limit.margin, decimals: 0),
        ]
        return switch limit.side {
        case .above: tr(.evidenceCap, arguments)
        case .below: tr(.evidenceFloor, arguments)
        }
    }
}
