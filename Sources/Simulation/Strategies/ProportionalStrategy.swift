/// `proportional`: chase last months' returns. From month 1, spend is split in proportion to
/// each channel's ROI over the last ``window`` months (Σ reported outcome / Σ spend);
/// a channel without spend in them counts at the average ROI of the others. Month 0 keeps the
/// previous plan. The replay repairs the split where it breaks a rule (change limits
/// typically bind: a pure ROI split ignores saturation and scale).
public struct ProportionalStrategy: Strategy {
    public let kind = StrategyKind.proportional
    public let window: Int
    var log = ObservationLog()

    public init(window: Int = 3) {
        self.window = window
    }

    public mutating func decide(month: Int, context: StrategyContext) throws(SimulationError) -> [Double] {
        let previous = context.rules.channels.map { $0.current ?? 0 }
        guard log.count > 0 else { return previous }
        let roi = log.recentROI(months: window)
        let known = roi.compactMap { $0 }
        guard !known.isEmpty else { return previous }
        let average = known.reduce(0, +) / Double(known.count)
        let weights = roi.map { max($0 ?? average, 0) }
        let sum = weights.reduce(0, +)
        guard sum > 0 else { return previous }
        return weights.map { context.budget * $0 / sum }
    }

    public mutating func observe(month: Int, spend: [Double], outcome: [Double]) {
        log.append(spend: spend, outcome: outcome)
    }
}
