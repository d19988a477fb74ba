import BudgetModel
import Foundation

extension Cell {
    /// Item spends that sum to `spend`, each item on the part of its range where the hull
    /// equals its curve, so the plan loses nothing to the hull's straight pieces.
    ///
    /// Concave cells mix the two bracketing allocations (``disaggregate(_:)``). A cell with
    /// S-shaped items first narrows the price `p` at which the cell's best responses `S(p)`
    /// cross `spend`; items whose on/off decision flips inside that bracket are the open ones
    /// (usually one). Two completions are tried and the better one on the true curves is
    /// kept: every item keeps the status it has just below the bracket ("on": spend in
    /// `[knee, high]`, "off": at `low`) and the on items' common price rises until the sum
    /// falls to `spend`; or the status just above it, with the price falling. In both the
    /// open item sits at its knee or its `low`, and the others move along their concave
    /// stretches at one common marginal return — first-order optimal, which is why the
    /// loss against the hull bound is second order and shrinks as the cell grows.
    func allocate(_ spend: Double) -> [Double] {
        guard responses.contains(where: \.isOpenable) else { return disaggregate(spend) }
        guard let (a, b) = bracket(spend) else { return lower }
        if spend <= points[0].spend { return lower }
        if spend >= points[points.count - 1].spend { return upper }
        var high = points[a].price.isFinite ? points[a].price : max(points[b].price, 1e-300) * 1e6
        let low = max(points[b].price, high * 1e-15)
        if !(spendSum(atPrice: high) <= spend) { high = responses.map(\.topPrice).filter(\.isFinite).max() ?? high }
        // Only the on/off statuses matter here: stop once at most one item's decision is open.
        let slopes = responses.filter(\.isOpenable).map(\.kneeSlope).sorted()
        let found = PriceSearch.bracket(low: low, high: max(high, low), { spendSum(atPrice: $0) - spend }) { a, b, ga, gb in
            abs(ga) <= 1e-12 * max(spend, 1) || abs(gb) <= 1e-12 * max(spend, 1) || Self.count(slopes, in: a, b) <= 1
        }
        let (lowPrice, highPrice) = (found.low, found.high)
        let options = [status(at: lowPrice), status(at: highPrice)].compactMap { complete($0, to: spend) }
        return options.max { outcome($0) < outcome($1) } ?? disaggregate(spend)
    }

    /// Which items are "on" (on their concave stretch) at price `p`.
    private func status(at p: Double) -> [Bool] {
        responses.map { !$0.isOpenable || p < $0.kneeSlope }
    }

    /// The allocation with these statuses whose on items share one price and that sums to
    /// `spend`; nil when the statuses cannot reach it.
    private func complete(_ on: [Bool], to spend: Double) -> [Double]? {
        func allocation(_ p: Double) -> [Double] {
            responses.indices.map { on[$0] ? responses[$0].concaveSpend(atPrice: p) : responses[$0].low }
        }
        let least = responses.indices.reduce(0.0) { $0 + (on[$1] ? responses[$1].knee : responses[$1].low) }
        let most = responses.indices.reduce(0.0) { $0 + (on[$1] ? responses[$1].high : responses[$1].low) }
        let slack = 1e-9 * max(abs(spend), 1)
        guard least <= spend + slack, most >= spend - slack else { return nil }
        func total(_ p: Double) -> Double { allocation(p).reduce(0, +) }
        var high = responses.indices.filter { on[$0] }.map { responses[$0].curve.marginal(responses[$0].knee) }
            .filter(\.isFinite).max() ?? 1
        high = max(high, 1e-300)
        var low = high / 2
        var steps = 0
        while steps < 400, total(high) > spend { (high, steps) = (high * 4, steps + 1) }
        while steps < 800, total(low) < spend { (low, steps) = (low / 4, steps + 1) }
        let tolerance = 1e-12 * max(abs(spend), 1)
        let found = PriceSearch.bracket(low: low, high: high, { total($0) - spend }) { _, _, ga, gb in
            abs(ga) <= tolerance || abs(gb) <= tolerance
        }
        var best = allocation(found.high)
        if abs(total(found.low) - spend) <= tolerance { best = allocation(found.low) }
        // What the search leaves (a linear curve's jump, rounding) goes to items with room.
        var rest = spend - best.reduce(0, +)
        for i in best.indices where rest > 0 && on[i] {
            let add = min(rest, responses[i].high - best[i])
            best[i] += add
            rest -= add
        }
        return best
    }

    /// How many sorted values lie strictly between `a` and `b`.
    private static func count(_ sorted: [Double], in a: Double, _ b: Double) -> Int {
        func firstIndex(above value: Double) -> Int {
            var (lo, hi) = (0, sorted.count)
            while lo < hi {
                let mid = (lo + hi) / 2
                if sorted[mid] <= value { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        return max(firstIndex(above: b * (1 - 1e-15)) - firstIndex(above: a), 0)
    }

    private func spendSum(atPrice p: Double) -> Double {
        responses.reduce(0) { $0 + $1.spend(atPrice: p) }
    }

    private func outcome(_ x: [Double]) -> Double {
        zip(curves, x).reduce(0) { $0 + $1.0.outcome($1.1) }
    }
}
