import BudgetModel
import Foundation
import LinearProgramming

extension ColumnGenerationSolver {
    /// The master LP of ``ColumnGenerationSolver`` and what its rounds need: the curves, each
    /// spend's bounds, the points sampled so far, and which rows are the scenario's rules.
    struct Master {
        /// The program as first built (the session holds the grown one); spend columns, rule rows.
        var model: BuiltModel
        /// The sampled points of each channel, sorted.
        private(set) var points: [[Double]]
        private let curves: [Curve]
        /// The value of one unit of outcome in the objective; each spent unit costs `cost`.
        private let weight: Double
        private let cost: Double
        /// xᵢ's bounds: the box of the Lagrangian's inner maxima, and where points are sampled.
        private let box: [ClosedRange<Double>]
        /// Rows `xᵢ − Σⱼ pᵢⱼ·λᵢⱼ = 0` and `Σⱼ λᵢⱼ = 1`.
        private let link: [RowID]
        private let convexity: [RowID]
        /// Rows from this index on are the scenario's rules.
        private let firstRuleRow: Int
        /// The channel of each spend column, by variable index.
        private let channelOf: [Int: Int]
        /// Sets of local moves added so far (for their names).
        private var moves = 0

        init(builder: ModelBuilder, weight: Double) throws(EmptyRange) {
            let scenario = builder.scenario
            var program = LinearProgram(direction: .maximize)
            var spend: [VariableID] = []
            var boundRules: [(lower: Rule?, upper: Rule?)] = []
            var outcomeTerms: [(VariableID, Double)] = []
            var (box, points, link, convexity) = ([ClosedRange<Double>](), [[Double]](), [RowID](), [RowID]())
            for i in scenario.channels.indices {
                let range = builder.spendRange(i)
                if let upper = range.upper, range.lower > upper + 1e-9 * Swift.max(1, upper) {
                    throw EmptyRange(rules: [range.lowerRule, range.upperRule].compactMap { $0 })
                }
                box.append(range.lower...Swift.max(range.upper ?? builder.domain(i).upperBound, range.lower))
                boundRules.append((range.lowerRule, range.upperRule))
            }
            let cost: Double = if case .maximizeProfit = scenario.objective { 1 } else { 0 }
            let ladder = Self.ladder(scenario: scenario, box: box, weight: weight)
            for (i, channel) in scenario.channels.enumerated() {
                let x = program.addVariable("x[\(i)]", bounds: .between(box[i].lowerBound, box[i].upperBound))
                spend.append(x)
                // Points in xᵢ's own range: its ends span it, points beyond would never be used.
                let range = box[i]
                let width = range.upperBound - range.lowerBound
                var start = (0...ColumnGenerationSolver.initialSegments).map {
                    range.lowerBound + width * Double($0) / Double(ColumnGenerationSolver.initialSegments)
                }
                start += [channel.current].compactMap { $0 } + channel.curve.specialPoints + channel.curve.ladder(over: range)
                start += ladder.map { channel.curve.spend(atMarginal: $0 / weight, lower: range.lowerBound, upper: range.upperBound) }
                let sampled = Self.spaced(start.filter { range.contains($0) })
                points.append(sampled)
                let lambdas = sampled.indices.map { program.addVariable("l[\(i)][\($0)]") }
                outcomeTerms += zip(lambdas, sampled).map { ($0, channel.curve.outcome($1)) }
                link.append(program.addRow("curve[\(i)]", terms: [(x, 1)] + zip(lambdas, sampled).map { ($0, -$1) }, bounds: .equal(0)))
                convexity.append(program.addRow("hull[\(i)]", terms: lambdas.map { ($0, 1) }, bounds: .equal(1)))
            }
            let firstRuleRow = program.rows.count
            var ruleRows: [Rule: RowID] = [:]
            builder.addRules(spend: spend, outcomeTerms: outcomeTerms, outcomeConstant: 0, to: &program, rows: &ruleRows)
            model = BuiltModel(program: program, spend: spend, ruleRows: ruleRows, boundRules: boundRules, outcomeConstant: 0)
            (self.points, self.box, self.link, self.convexity) = (points, box, link, convexity)
            (curves, self.weight, self.firstRuleRow) = (scenario.channels.map(\.curve), weight, firstRuleRow)
            self.cost = cost
            channelOf = Dictionary(uniqueKeysWithValues: spend.enumerated().map { ($1.index, $0) })
        }

        /// `D(y)` for the rule rows' duals (see ``ColumnGenerationSolver``) and each channel's
        /// best response x̂ᵢ(y). A dual of the wrong sign for its row's limits counts as 0,
        /// which keeps the bound valid.
        func lagrangian(_ duals: [Double]) -> (bound: Double, responses: [Double]) {
            let rows = model.program.rows
            var price = Array(repeating: cost, count: curves.count)
            var bound = 0.0
            for r in firstRuleRow..<rows.count {
                let y = duals[r]
                guard y != 0, let limit = y > 0 ? rows[r].bounds.upper : rows[r].bounds.lower else { continue }
                bound += y * limit
                for term in rows[r].terms {
                    if let i = channelOf[term.variable.index] { price[i] += y * term.coefficient }
                }
            }
            var responses: [Double] = []
            for i in curves.indices {
                let x = curves[i].spend(atMarginal: price[i] / weight, lower: box[i].lowerBound, upper: box[i].upperBound)
                bound += weight * curves[i].outcome(x) - price[i] * x
                responses.append(x)
            }
            return (bound, responses)
        }

        /// Columns at the given spends, one per channel and spend not already sampled, whose
        /// reduced cost `G(p) + μᵢ·p − πᵢ` (μᵢ, πᵢ: the duals of channel i's link and convexity
        /// rows) exceeds `threshold`: a column priced below it could raise the master's
        /// objective by at most that much.
        /// Without duals every new point is added.
        mutating func newColumns(at plans: [[Double]], duals: [Double]?, threshold: Double) -> [WarmStartSession.Column] {
            var columns: [WarmStartSession.Column] = []
            for plan in plans {
                for i in curves.indices {
                    let p = Swift.min(Swift.max(plan[i], box[i].lowerBound), box[i].upperBound)
                    let value = weight * curves[i].outcome(p)
                    if let duals { guard value + duals[link[i].index] * p - duals[convexity[i].index] > threshold else { continue } }
                    let at = points[i].firstIndex { $0 >= p } ?? points[i].count
                    let near = [at - 1, at].filter { points[i].indices.contains($0) }
                    guard near.allSatisfy({ abs(points[i][$0] - p) > ColumnGenerationSolver.pointSpacing * Swift.max(1, abs(p)) }) else { continue }
                    points[i].insert(p, at: at)
                    columns.append(WarmStartSession.Column(
                        name: "l[\(i)][\(points[i].count - 1)]", objective: value, entries: [(link[i], -p), (convexity[i], 1)]))
                }
            }
            return columns
        }

        /// Two columns per channel that move its spend from the plan by up to `width` at the
        /// curve's chord slope over that step: `uᵢ` (−1 in the link row, objective
        /// `(G(x + w) − G(x))/w`) and `vᵢ` (+1, objective `−(G(x) − G(x − w))/w`), so
        /// `xᵢ = Σⱼ pᵢⱼλᵢⱼ + uᵢ − vᵢ`. At an optimum where neither moves, dual feasibility holds the
        /// link row's dual between the two slopes to GLPK's reduced-cost tolerance (10⁻⁷), where
        /// points alone leave it anywhere between two chords. The master stays a model of the
        /// plans only: every plan obeys the rules (they are rows), and the bound does not depend
        /// on it.
        mutating func localMoves(around plan: [Double], width: [Double]) -> [WarmStartSession.Column] {
            var columns: [WarmStartSession.Column] = []
            moves += 1
            for i in curves.indices {
                let x = plan[i]
                let value = weight * curves[i].outcome(x)
                if x + width[i] <= box[i].upperBound {
                    let slope = (weight * curves[i].outcome(x + width[i]) - value) / width[i]
                    columns.append(WarmStartSession.Column(
                        name: "up[\(i)][\(moves)]", bounds: .between(0, width[i]), objective: slope, entries: [(link[i], -1)]))
                }
                if x - width[i] >= box[i].lowerBound {
                    let slope = (value - weight * curves[i].outcome(x - width[i])) / width[i]
                    columns.append(WarmStartSession.Column(
                        name: "down[\(i)][\(moves)]", bounds: .between(0, width[i]), objective: -slope, entries: [(link[i], 1)]))
                }
            }
            return columns
        }

        /// Prices around the one at which the channels' best responses spend the budget, ignoring
        /// every other rule (found by ``PriceSearch``): `p₀/2, p₀, 2p₀`. Each channel's best
        /// responses to them sample its curve where an optimum that equalises marginal returns
        /// (up to the other rules' prices) lands, so the first master is already close. Empty
        /// without a budget.
        private static func ladder(scenario: Scenario, box: [ClosedRange<Double>], weight: Double) -> [Double] {
            guard let budget = scenario.budget?.amount, budget > 0 else { return [] }
            let curves = scenario.channels.map(\.curve)
            func excess(_ price: Double) -> Double {
                curves.indices.reduce(0) { $0 + curves[$1].spend(atMarginal: price / weight, lower: box[$1].lowerBound, upper: box[$1].upperBound) } - budget
            }
            let highest = curves.indices.map { weight * curves[$0].marginal(box[$0].lowerBound) }.filter(\.isFinite).max() ?? 1
            var (low, high) = (1e-12 * Swift.max(highest, 1e-300), Swift.max(highest, 1e-300))
            guard excess(low) >= 0, excess(high) <= 0 else { return [] }
            (low, high) = PriceSearch.bracket(low: low, high: high, limit: 40, excess) { low, high, _, _ in high <= 1.01 * low }
            let center = (low * high).squareRoot()
            return [center / 2, center, center * 2]
        }

        /// Sorted, without points closer than ``ColumnGenerationSolver/pointSpacing``.
        private static func spaced(_ values: [Double]) -> [Double] {
            var result: [Double] = []
            for x in values.sorted() where result.last.map({ x - $0 > ColumnGenerationSolver.pointSpacing * Swift.max(1, abs(x)) }) ?? true {
                result.append(x)
            }
            return result
        }
    }
}
