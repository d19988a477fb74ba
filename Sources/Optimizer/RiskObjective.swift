import BudgetModel
import LinearProgramming

/// Adds the draws' outcome variables and a risk measure's objective and rows to a program
/// whose spend columns and rules are already built (see ``RiskSolver`` for the formulation).
struct RiskObjective {
    let scenario: Scenario
    let risk: Risk
    var program: LinearProgram
    let spend: [VariableID]
    /// Per channel, the outcome of each draw (one shared when the channel has no draws) as
    /// `constant + Σ slope·δ` over that function's segment fills.
    private(set) var outcome: [[(terms: [(VariableID, Double)], constant: Double)]] = []

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

    /// Segment fills for each function (`functions[i][k]`: channel i, draw k or its only
    /// curve): `xᵢ = p₀ + Σⱼ δⱼ`, `0 ≤ δⱼ ≤ lengthⱼ`, outcome `y₀ + Σⱼ slopeⱼ·δⱼ`. Where every
    /// function is concave the slopes fall, so the LP fills segments in order by itself.
    ///
    /// A channel with non-concave functions gets a `grid` shared by its draws: cell fills
    /// `c_m` with `xᵢ = g₀ + Σₘ c_m`, ordering binaries (cell m is used only once cell m − 1 is
    /// full) up to the last cell where some draw is non-concave, and each draw's segments
    /// summing to the cell they lie in. Inside a cell a draw may be filled out of order, which
    /// only overstates it (its concave envelope there): still a relaxation, and exact in the
    /// limit as the grid is refined around the plan.
    mutating func addEnvelopes(_ functions: [[PiecewiseLinear]], grids: [[Double]?]) {
        outcome = functions.enumerated().map { i, list in
            guard let grid = grids[i], grid.count > 2 else {
                return list.enumerated().map { k, function in addFills(function, link: [(spend[i], 1)], name: "e[\(i)][\(k)]") }
            }
            let cells = addCells(grid, channel: i, functions: list)
            return list.enumerated().map { k, function in
                let function = function.inserting(grid)
                var rows = [[(VariableID, Double)]](repeating: [], count: cells.count)
                var terms: [(VariableID, Double)] = []
                for (j, slope) in function.slopes.enumerated() {
                    let (a, b) = (function.points[j].x, function.points[j + 1].x)
                    let delta = program.addVariable("e[\(i)][\(k)][\(j)]", bounds: .between(0, b - a))
                    let m = cells.lastIndex { $0.start <= (a + b) / 2 } ?? 0
                    rows[m].append((delta, 1))
                    terms.append((delta, slope))
                }
                for (m, row) in rows.enumerated() {
                    program.addRow("cell[\(i)][\(k)][\(m)]", terms: row + [(cells[m].fill, -1)], bounds: .equal(0))
                }
                return (terms, function.points[0].y)
            }
        }
    }

    /// `xᵢ = p₀ + Σⱼ δⱼ` written as `link − Σⱼ δⱼ = p₀`, with the outcome's terms.
    private mutating func addFills(
        _ function: PiecewiseLinear, link: [(VariableID, Double)], name: String
    ) -> (terms: [(VariableID, Double)], constant: Double) {
        let points = function.points
        var link = link
        var terms: [(VariableID, Double)] = []
        for (j, slope) in function.slopes.enumerated() {
            let delta = program.addVariable("\(name)[\(j)]", bounds: .between(0, points[j + 1].x - points[j].x))
            link.append((delta, -1))
            terms.append((delta, slope))
        }
        program.addRow(name, terms: link, bounds: .equal(points[0].x))
        return (terms, points[0].y)
    }

    /// The shared cells of a non-concave channel: fills in order up to the last cell where a
    /// draw is non-concave; the rest is one cell (all draws concave there).
    private mutating func addCells(_ grid: [Double], channel i: Int, functions: [PiecewiseLinear]) -> [(start: Double, fill: VariableID)] {
        let lastBend = functions.map { f in f.points[f.concaveSuffixStart].x }.max() ?? grid[0]
        var starts = [grid[0]]
        for x in grid.dropFirst().dropLast() where x <= lastBend { starts.append(x) }
        let end = grid[grid.count - 1]
        var link: [(VariableID, Double)] = [(spend[i], 1)]
        var cells: [(start: Double, fill: VariableID)] = []
        for (m, start) in starts.enumerated() {
            let length = (m + 1 < starts.count ? starts[m + 1] : end) - start
            let fill = program.addVariable("c[\(i)][\(m)]", bounds: .between(0, length))
            link.append((fill, -1))
            if m > 0 {
                let open = program.addVariable("open[\(i)][\(m)]", kind: .binary)
                let previous = start - starts[m - 1]
                program.addRow("full[\(i)][\(m)]", terms: [(cells[m - 1].fill, 1), (open, -previous)], bounds: .atLeast(0))
                program.addRow("gate[\(i)][\(m)]", terms: [(fill, 1), (open, -length)], bounds: .atMost(0))
            }
            cells.append((start, fill))
        }
        program.addRow("cells[\(i)]", terms: link, bounds: .equal(grid[0]))
        return cells
    }

    /// `g_b` as terms and a constant: `w·Σᵢ outcomeᵢᵇ`, minus spend for profit.
    private func draw(_ b: Int) -> (terms: [(VariableID, Double)], constant: Double) {
        var terms: [(VariableID, Double)] = []
        var constant = 0.0
        for list in outcome {
            let piece = list.count == 1 ? list[0] : list[b]
            terms += piece.terms.map { ($0.0, $0.1 * weight) }
            constant += piece.constant * weight
        }
        if case .maximizeProfit = scenario.objective { terms += spend.map { ($0, -1.0) } }
        return (terms, constant)
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
        var constant = 0.0
        for b in 0..<count {
            let g = draw(b)
            for (variable, c) in g.terms { coefficients[variable.index, default: 0] += c / Double(count) }
            constant += g.constant / Double(count)
        }
        for (index, c) in coefficients { program.setObjective(VariableID(index: index), c) }
        program.objectiveConstant = constant
    }

    /// `t` free, `u_b ≥ 0` with `u_b + g_b − t ≥ shift_b`: then `t − Σ u_b/(level·B)` is at most
    /// the CVaR of `g_b − shift_b`, with equality at the best `t`.
    private mutating func addCVaR(_ count: Int, level: Double, shift: [Double], name: String) -> (t: VariableID, u: [VariableID]) {
        let t = program.addVariable("\(name) t", bounds: .free)
        var u: [VariableID] = []
        for b in 0..<count {
            let ub = program.addVariable("\(name) u[\(b)]", bounds: .atLeast(0))
            u.append(ub)
            let g = draw(b)
            program.addRow("\(name)[\(b)]", terms: g.terms + [(ub, 1), (t, -1)], bounds: .atLeast(shift[b] - g.constant))
        }
        return (t, u)
    }
}

extension PiecewiseLinear {
    /// The same function with points added at `xs` (those inside its range).
    func inserting(_ xs: [Double]) -> PiecewiseLinear {
        guard let first = points.first, let last = points.last else { return self }
        let tolerance = max(last.x - first.x, 1) * 1e-12
        var result: [CurvePoint] = []
        var k = 0
        for x in (points.map(\.x) + xs.filter { $0 > first.x && $0 < last.x }).sorted() {
            if let previous = result.last, x - previous.x <= tolerance { continue }
            while k + 1 < points.count - 1, points[k + 1].x <= x { k += 1 }
            let (a, b) = (points[k], points[min(k + 1, points.count - 1)])
            let y = b.x > a.x ? a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x) : a.y
            result.append(CurvePoint(x: x, y: x == b.x ? b.y : y))
        }
        return PiecewiseLinear(points: result)
    }

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
