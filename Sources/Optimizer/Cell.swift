import BudgetModel
import Dispatch
import Foundation

/// Line items (channels) that every coupling rule treats alike — the same groups and the same
/// coefficient in every `linear` rule — aggregated into one response.
///
/// For concave item curves fᵢ with bounds [lᵢ, uᵢ], the cell's response
/// `F(S) = max Σ fᵢ(xᵢ) s.t. Σ xᵢ = S, lᵢ ≤ xᵢ ≤ uᵢ` is concave, and at the price λ
/// (marginal return) each item's best spend is `xᵢ(λ) = argmax fᵢ(x) − λx` in closed form.
/// So points on F are cheap when parametrised by price: one pass over the items gives
/// `S(λ) = Σ xᵢ(λ)`, `F = Σ fᵢ(xᵢ(λ))`, and `F'(S(λ)) = λ` — the tangent's slope for free.
/// Chords between such points lie below F; the tangents' envelope lies above it.
struct Cell: Sendable {
    /// Indices of the items (scenario channels) in this cell.
    let items: [Int]
    /// Each item's response through its concave hull (the curve itself when concave).
    let responses: [HullResponse]
    let curves: [Curve]
    let lower: [Double]
    let upper: [Double]
    /// Points on F, by spend ascending (price descending).
    private(set) var points: [CellPoint]

    struct CellPoint: Sendable {
        /// The price (marginal return) at this point; `+∞` where every item sits at its lower bound
        /// and some curve's marginal is infinite there.
        var price: Double
        var spend: Double
        var outcome: Double
    }

    init(items: [Int], responses: [HullResponse], initialPoints: Int) {
        self.items = items
        self.responses = responses
        self.curves = responses.map(\.curve)
        self.lower = responses.map(\.low)
        self.upper = responses.map(\.high)
        let highest = responses.map(\.topPrice).max() ?? 0
        let lowest = responses.map { min($0.curve.marginal($0.high), $0.kneeSlope) }.min() ?? 0
        var first = CellPoint(price: highest, spend: lower.reduce(0, +), outcome: zip(curves, lower).reduce(0) { $0 + $1.0.outcome($1.1) })
        let last = CellPoint(price: lowest, spend: upper.reduce(0, +), outcome: zip(curves, upper).reduce(0) { $0 + $1.0.outcome($1.1) })
        first.price = max(first.price, last.price)
        points = [first, last]
        let top = Self.finitePrice(first.price, fallback: zip(curves, zip(lower, upper)).map { c, b in c.marginal(b.0 + (b.1 - b.0) * 1e-9) }.max() ?? 1)
        let bottom = max(last.price, top * 1e-12)
        guard top > bottom, last.spend > first.spend else { return }
        let prices = (1...initialPoints).map { k in bottom * pow(top / bottom, Double(k) / Double(initialPoints + 1)) }
        insert(prices)
    }

    /// The last few allocations asked for: a round's lower and upper plans, and the polish,
    /// usually fall in the same brackets (a pass over 25,000 items each).
    private let recent = RecentAllocations()

    /// Item spends at a price.
    func allocation(at price: Double) -> [Double] {
        if let known = recent.allocation(at: price) { return known }
        var x = [Double](repeating: 0, count: curves.count)
        for i in responses.indices { x[i] = responses[i].spend(atPrice: price) }
        recent.keep(x, at: price)
        return x
    }

    func point(at price: Double) -> CellPoint {
        var spend = 0.0
        var outcome = 0.0
        for i in curves.indices {
            let x = responses[i].spend(atPrice: price)
            spend += x
            outcome += curves[i].outcome(x)
        }
        return CellPoint(price: price, spend: spend, outcome: outcome)
    }

    /// Adds points at these prices (computed in parallel), keeping spend order.
    private mutating func insert(_ prices: [Double]) {
        let box = PointBox(count: prices.count)
        let cell = self
        if prices.count * items.count < 4096 {
            // Small cells: threads would cost more than they save.
            for k in prices.indices { box.set(k, cell.point(at: prices[k])) }
        } else {
            DispatchQueue.concurrentPerform(iterations: prices.count) { box.set($0, cell.point(at: prices[$0])) }
        }
        let tolerance = max(points[points.count - 1].spend - points[0].spend, 1) * 1e-12
        for point in box.values {
            guard let index = points.firstIndex(where: { $0.spend >= point.spend }) else { continue }
            if abs(points[index].spend - point.spend) <= tolerance { continue }
            if index > 0, abs(points[index - 1].spend - point.spend) <= tolerance { continue }
            points.insert(point, at: index)
        }
    }

    /// Adds two prices inside the bracket that holds `spend`, a third and two thirds of the way
    /// in log-price, so the bracket shrinks every refinement.
    mutating func refine(around spend: Double) {
        guard let (a, b) = bracket(spend) else { return }
        let high = Self.finitePrice(points[a].price, fallback: points[b].price * 4)
        let low = max(points[b].price, high * 1e-15)
        guard high > low else { return }
        let ratio = high / low
        insert([low * pow(ratio, 2.0 / 3), low * pow(ratio, 1.0 / 3)])
    }

    /// Narrows the bracket around `spend` by bisection in log-price until its two prices are
    /// within a factor `ratio`, so the chords on either side of the plan have slopes equal to
    /// the true marginal return up to that factor: the master's duals are then true prices.
    mutating func pin(around spend: Double, ratio: Double = 1.0002) {
        for _ in 0..<40 {
            guard let (a, b) = bracket(spend) else { return }
            let high = points[a].price
            let low = points[b].price
            guard high.isFinite, low > 0, high / low > ratio else { return }
            let count = points.count
            insert([(high * low).squareRoot()])
            if points.count == count { return }
        }
    }

    /// The item spends for cell spend `spend`: the mix of the allocations at the two bracketing
    /// points that sums to `spend`. Each item stays within its bounds, and by concavity the
    /// outcome is at least the chord's.
    func disaggregate(_ spend: Double) -> [Double] {
        guard let (a, b) = bracket(spend) else { return lower }
        let left = a == 0 ? lower : allocation(at: points[a].price)
        let right = b == points.count - 1 ? upper : allocation(at: points[b].price)
        let width = points[b].spend - points[a].spend
        let t = width > 0 ? min(max((spend - points[a].spend) / width, 0), 1) : 0
        return zip(left, right).map { (1 - t) * $0 + t * $1 }
    }

    func bracket(_ spend: Double) -> (Int, Int)? {
        guard points.count >= 2 else { return nil }
        let b = points.firstIndex { $0.spend >= spend } ?? points.count - 1
        let upper = max(b, 1)
        return (upper - 1, upper)
    }

    /// Chords through the points: never above F.
    var lowerFunction: PiecewiseLinear {
        PiecewiseLinear(points: points.map { CurvePoint(x: $0.spend, y: $0.outcome) })
    }

    /// The envelope of the tangents at the points (slope = price): never below F.
    var upperFunction: PiecewiseLinear {
        let lines = points.filter { $0.price.isFinite }
        guard let first = lines.first, let last = lines.last, points.count >= 2 else { return lowerFunction }
        let start = points[0].spend
        var result = [CurvePoint(x: start, y: first.outcome + first.price * (start - first.spend))]
        for k in 1..<lines.count {
            let (a, b) = (lines[k - 1], lines[k])
            if a.price - b.price <= 1e-12 * a.price {
                result.append(CurvePoint(x: b.spend, y: b.outcome))
                continue
            }
            var x = (b.outcome - a.outcome + a.price * a.spend - b.price * b.spend) / (a.price - b.price)
            x = min(max(x, a.spend), b.spend)
            result.append(CurvePoint(x: x, y: a.outcome + a.price * (x - a.spend)))
        }
        let end = points[points.count - 1].spend
        result.append(CurvePoint(x: end, y: last.outcome + last.price * (end - last.spend)))
        var cleaned: [CurvePoint] = []
        for point in result {
            if let previous = cleaned.last, point.x - previous.x <= 1e-12 * max(abs(point.x), 1) {
                cleaned[cleaned.count - 1].y = max(previous.y, point.y)
            } else {
                cleaned.append(point)
            }
        }
        return PiecewiseLinear(points: cleaned)
    }

    /// The cell's response at spend `spend` as seen from above, as a points curve starting at
    /// (0, 0): a sound over-estimate, used only to name conflicting rules.
    var optimisticCurve: Curve {
        var pts = [CurvePoint(x: 0, y: 0)]
        for point in upperFunction.points where point.x > pts[pts.count - 1].x {
            pts.append(CurvePoint(x: point.x, y: max(point.y, pts[pts.count - 1].y)))
        }
        if pts.count < 2 { pts.append(CurvePoint(x: max(points[points.count - 1].spend, 1), y: pts[0].y)) }
        return .points(pts)
    }

    private static func finitePrice(_ price: Double, fallback: Double) -> Double {
        price.isFinite ? price : fallback
    }
}

/// A cell's last four allocations by price (a pure function of the price: sharing it between
/// copies of the cell is safe).
private final class RecentAllocations: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(price: Double, spend: [Double])] = []

    func allocation(at price: Double) -> [Double]? {
        lock.withLock { entries.first { $0.price == price }?.spend }
    }

    func keep(_ spend: [Double], at price: Double) {
        lock.withLock {
            entries.append((price, spend))
            if entries.count > 4 { entries.removeFirst() }
        }
    }
}

/// Results written by index from concurrent workers.
private final class PointBox: @unchecked Sendable {
    private var storage: [Cell.CellPoint]
    init(count: Int) { storage = Array(repeating: Cell.CellPoint(price: 0, spend: 0, outcome: 0), count: count) }
    func set(_ index: Int, _ value: Cell.CellPoint) { storage[index] = value }
    var values: [Cell.CellPoint] { storage }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
