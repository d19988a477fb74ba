import BudgetModel

/// Evidence limits the plan reached, in words.
enum EvidenceReport {
    /// "the data has never seen douyin above 300,000 a month: capped at 360,000 (that + 20%);
    /// --extrapolate lifts the cap".
    static func sentence(_ limit: EvidenceLimit) -> String {
        let margin = Format.percent(limit.margin, decimals: 0)
        switch limit.side {
        case .above:
            return "the data has never seen \(limit.name) above \(Format.amount(limit.seen)) a month: "
                + "capped at \(Format.amount(limit.limit)) (that + \(margin)); --extrapolate lifts the cap"
        case .below:
            return "the data has never seen \(limit.name) below \(Format.amount(limit.seen)) a month: "
                + "kept at \(Format.amount(limit.limit)) or more (that − \(margin)); --extrapolate lifts the floor"
        }
    }
}
