/// `rule-of-thumb`: the planning guide's monthly practice, done literally.
///
/// Month 0 keeps the previous plan. From month 1, with each channel's ROI last month
/// (reported outcome / spend):
/// 1. move ``shift`` (10%) of the worst-ROI channel's spend to the best-ROI channel;
/// 2. keep the core channels at 60–70% of the budget: if their share is outside, scale the
///    core and the other channels so that it sits at the nearer end.
///
/// Core channels are the world's group `core`; a world without one takes the channels with
/// the largest starting spends, in order, until they hold at least 60% of it. The replay then
/// repairs the plan if it breaks a rule (typically a change limit).
public struct RuleOfThumbStrategy: Strategy {
    public let kind = StrategyKind.ruleOfThumb
    /// Channel indices of the core group.
    public let core: [Int]
    /// The share of the worst channel's spend moved each month.
    public let shift: Double
    /// The guide's range for the core share.
    public let coreShare: ClosedRange<Double>
    var log = ObservationLog()

    public init(core: [Int], shift: Double = 0.1, coreShare: ClosedRange<Double> = 0.6...0.7) {
        self.core = core
        self.shift = shift
        self.coreShare = coreShare
    }

    /// The core channels of a world (see the type's description).
    public static func coreChannels(of world: World) -> [Int] {
        let members = world.ruleTemplate.members(of: "core")
        if !members.isEmpty { return members }
        let total = world.startingPlan.reduce(0, +)
        var chosen: [Int] = []
        var sum = 0.0
        for i in world.startingPlan.indices.sorted(by: { world.startingPlan[$0] > world.startingPlan[$1] }) {
            guard total > 0, sum < 0.6 * total else { break }
            chosen.append(i)
            sum += world.startingPlan[i]
        }
        return chosen.sorted()
    }

    public mutating func decide(month: Int, context: StrategyContext) throws(SimulationError) -> [Double] {
        var plan = context.rules.channels.map { $0.current ?? 0 }
        let roi = log.recentROI(months: 1)
        if !roi.isEmpty {
            let rated = plan.indices.filter { roi[$0] != nil && plan[$0] > 0 }
            if let worst = rated.min(by: { roi[$0]! < roi[$1]! }), let best = rated.max(by: { roi[$0]! < roi[$1]! }), worst != best {
                let moved = shift * plan[worst]
                plan[worst] -= moved
                plan[best] += moved
            }
        }
        return Self.keepingCoreShare(plan, core: core, range: coreShare)
    }

    public mutating func observe(month: Int, spend: [Double], outcome: [Double]) {
        log.append(spend: spend, outcome: outcome)
    }

    /// The plan with the core's share of its total moved into `range` (core and other
    /// channels each scaled proportionally); unchanged when inside, or when either side is empty.
    static func keepingCoreShare(_ plan: [Double], core: [Int], range: ClosedRange<Double>) -> [Double] {
        let total = plan.reduce(0, +)
        let coreSum = core.reduce(0) { $0 + plan[$1] }
        let otherSum = total - coreSum
        guard total > 0, coreSum > 0, otherSum > 0 else { return plan }
        let share = coreSum / total
        let target = min(max(share, range.lowerBound), range.upperBound)
        guard target != share else { return plan }
        let isCore = Set(core)
        return plan.indices.map { i in
            isCore.contains(i) ? plan[i] * target * total / coreSum : plan[i] * (1 - target) * total / otherSum
        }
    }
}
