import BudgetModel
import Fitting
import Foundation

/// A problem file of ../shared/peer/problems: hill channels, a total budget, optional group shares.
struct PeerProblem: Decodable {
    struct Channel: Decodable {
        let name: String
        let beta: Double
        let K: Double
        let s: Double
        let lower: Double
        let upper: Double
        let group: String?
    }
    struct GroupConstraint: Decodable {
        let group: String
        let min_share: Double?
        let max_share: Double?
    }
    let name: String
    let total_budget: Double
    let channels: [Channel]
    let group_constraints: [GroupConstraint]?

    static func load(_ path: String) throws -> PeerProblem {
        try JSONDecoder().decode(PeerProblem.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    var scenario: Scenario {
        Scenario(
            name: name, budget: .total(total_budget),
            channels: channels.map {
                BudgetModel.Channel(
                    name: $0.name, groups: $0.group.map { [$0] } ?? [], min: $0.lower, max: $0.upper,
                    curve: .hill(beta: $0.beta, halfSaturation: $0.K, shape: $0.s))
            },
            groupRules: (group_constraints ?? []).map { GroupRule(group: $0.group, minShare: $0.min_share, maxShare: $0.max_share) })
    }
}

/// Seeded instances of a campaign-level problem: `count` line items with concave hill curves
/// (shape 0.5–1), per-item bounds, a total budget and two group-share rules (core 30–50%,
/// social at most 45%; the groups overlap).
enum LineItems {
    static func scenario(count: Int, seed: UInt64) -> Scenario {
        var random = SplitMix64(seed: seed)
        var channels: [Channel] = []
        var capacity = 0.0
        for i in 0..<count {
            let scale = 1000 * pow(10, random.nextUniform() * 2)  // spend scale 1k–100k
            let upper = scale * (2 + 3 * random.nextUniform())
            capacity += upper
            var groups: [String] = []
            if random.nextUniform() < 0.4 { groups.append("core") }
            if random.nextUniform() < 0.5 { groups.append("social") }
            channels.append(Channel(
                name: "item\(i)", groups: groups, min: random.nextUniform() < 0.2 ? 0.1 * scale : nil, max: upper,
                curve: .hill(beta: scale * (2 + 6 * random.nextUniform()), halfSaturation: scale * (0.5 + random.nextUniform()), shape: 0.5 + 0.5 * random.nextUniform())))
        }
        return Scenario(
            name: "\(count) line items", budget: .total(0.35 * capacity), channels: channels,
            groupRules: [GroupRule(group: "core", minShare: 0.3, maxShare: 0.5), GroupRule(group: "social", maxShare: 0.45)])
    }
}
