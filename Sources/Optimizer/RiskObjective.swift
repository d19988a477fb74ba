import BudgetModel
import LinearProgramming

/// Adds the draws' outcome variables and a risk measure's objective and rows to a program
/// whose spend columns and rules are already built (see ``RiskSolver`` for the formulation).
struct RiskObjective {
    let scenario: Scenario
    let risk: Risk
    var program: LinearProgram
    let spend: [VariableID]
    /// Per channel, one outcome variable per draw (one shared when the channel has no draws).
    private(set) var outcome: [[VariableID]] = []

    init(scenario: Scenario, risk: Risk, program: LinearProgram, spend: [VariableID]) {
        self.scenario = scenario
        self.risk = risk
        self.program = program
        self.spend = spend
        for v in program.variables.indices where program.objectiveCoefficients[v] != 0 {
            self.program.setObjective(VariableID(index: v), 0)
        }
        self.program.objectiveConstant = 0
        self.program.direction = .maximize
    }

    /// `z ≤ a_k + s_k·xᵢ` for each line of each concave function (`functions[i][k]`: channel
    /// i, draw k or its only curve).
    mutating func addEnvelopes(_ functions: [[PiecewiseLinear]]) {
        outcome = functions.enumerated().map { i, list in
            list.enumerated().map { k, function in
                let z = program.addVariable("z[\(i)][\(k)]", bounds: .free)
                let points = function.points
                if points.count == 1 { program.setBounds(z, .atMost(points[0].y)) }
                for (j, slope) in function.slopes.enumerated() {
                    program.addRow("env[\(i)][\(k)][\(j)]", terms: [(z, 1), (spend[i], -slope)],
                                   bounds: .atMost(points[j].y - slope * points[j].x))
                }
                return z
            }
        }
    }

    /// Terms of `g_b`: `w·Σᵢ z_ib`, minus spend for profit.
    private func drawTerms(_ b: Int) -> [(VariableID, Double)] {
        var terms = outcome.map { ($0.count == 1 ? $0[0] : $0[b], weight) }
        if case .maximizeProfit = scenario.objective { terms += spend.map { ($0, -1.0) } }
        return terms
    }

    /// Outcome's weight in the objective: 1, or `value_per_outcome`.
    private var weight: Double {
        if case let .maximizeProfit(value, _) = scenario.objective { return value }
        return 1
    }

    mutating func addMeasure() {
        let count = scenario.drawCount
        switch risk {
        case .mean:
            addMean(count)
        case let .cvar(level):
            let t = addCVaR(count, level: level, shift: [Double](repeating: 0, count: count), name: "cvar")
            program.setObjective(t.t, 1)
            for u in t.u { program.setObjective(u, -1 / (level * Double(count))) }
        case let .chance(p):
            addMean(count)
            let base = DrawMeasures(scenario: scenario).values(scenario.currentPlan ?? [])
            let t = addCVaR(count, level: 1 - p, shift: base, name: "chance")
            program.addRow("chance", terms: [(t.t, 1)] + t.u.map { ($0, -1 / ((1 - p) * Double(count))) }, bounds: .atLeast(0))
        }
    }

    /// Objective `(1/B) Σ_b g_b`.
    private mutating func addMean(_ count: Int) {
        var coefficients: [Int: Double] = [:]
        for b in 0..<count {
            for (variable, c) in drawTerms(b) { coefficients[variable.index, default: 0] += c / Double(count) }
        }
        for (index, c) in coefficients { program.setObjective(VariableID(index: index), c) }
    }

    /// `t` free, `u_b ≥ 0` with `u_b + g_b − t ≥ shift_b`: then `t − Σ u_b/(level·B)` is at most
    /// the CVaR of `g_b − shift_b`, with equality at the best `t`.
    private mutating func addCVaR(_ count: Int, level: Double, shift: [Double], name: String) -> (t: VariableID, u: [VariableID]) {
        let t = program.addVariable("\(name) t", bounds: .free)
        var u: [VariableID] = []
        for b in 0..<count {
            let ub = program.addVariable("\(name) u[\(b)]", bounds: .atLeast(0))
            u.append(ub)
            program.addRow("\(name)[\(b)]", terms: drawTerms(b) + [(ub, 1), (t, -1)], bounds: .atLeast(shift.isEmpty ? 0 : shift[b]))
        }
        return (t, u)
    }
}

extension PiecewiseLinear {
    /// The least concave function ≥ this one on its points' range (upper hull of the points);
    /// itself when already concave.
    var concaveEnvelope: PiecewiseLinear {
        guard !isConcave else { return self }
        var hull: [CurvePoint] = []
        for point in points {
            while hull.count >= 2 {
                let (a, b) = (hull[hull.count - 2], hull[hull.count - 1])
                // Drop b when it lies on or below the chord from a to the new point.
                if (b.y - a.y) * (point.x - a.x) <= (point.y - a.y) * (b.x - a.x) { hull.removeLast() } else { break }
            }
            hull.append(point)
        }
        return PiecewiseLinear(points: hull)
    }
}
