extension Scenario {
    /// A rules file's channel has no curve (curves are fitted from the data): a `curve:` there
    /// would be silently replaced, so it is an error.
    static func rulesFileCurve(_ field: YAMLField?) throws(ScenarioError) -> Curve {
        guard let field else { return .linear(roi: 0) }
        throw field.error("a rules file takes no curve: the curves are fitted from the data; remove this key (or use the file with `optimize`)")
    }

    /// Rules that would otherwise be silently overridden: a lock with a `min`, `max`, `min_buy`
    /// or `buy_unit` that its `current` spend breaks (the lock would win without a word), and a
    /// channel `max_change` without `current` (there is nothing to measure the change from).
    func checkOverriddenRules(_ fail: (String, String) -> ScenarioError) throws(ScenarioError) {
        for (index, channel) in channels.enumerated() {
            let path = "channels[\(index)]"
            if let conflict = channel.lockConflict() {
                throw fail("\(path).locked", conflict)
            }
            if channel.maxChange != nil, channel.current == nil {
                throw fail("\(path).max_change", "a change limit needs 'current' (the spend the change is measured from)")
            }
        }
    }
}

extension Channel {
    /// Why `locked: true` contradicts another key of this channel, naming both; `nil` if it does not.
    public func lockConflict() -> String? {
        guard locked, let current else { return nil }
        let spend = formatPlain(current)
        if let min, current < min { return "locked at current \(spend), but min is \(formatPlain(min)): the two keys contradict each other" }
        if let max, current > max { return "locked at current \(spend), but max is \(formatPlain(max)): the two keys contradict each other" }
        if let minBuy, current > 0, current < minBuy {
            return "locked at current \(spend), but min_buy is \(formatPlain(minBuy)) (0 or at least that): the two keys contradict each other"
        }
        if let buyUnit {
            let units = current / buyUnit
            if abs(units - units.rounded()) > 1e-9 * Swift.max(1, units) {
                return "locked at current \(spend), which is not a whole multiple of buy_unit \(formatPlain(buyUnit)): the two keys contradict each other"
            }
        }
        return nil
    }
}
