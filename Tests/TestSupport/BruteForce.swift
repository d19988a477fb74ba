/// Brute-force references for separable allocation with non-concave curves.

/// The global optimum of Σ fᵢ(xᵢ) subject to Σ xᵢ = budget, xᵢ ∈ [0, capᵢ], with every xᵢ on
/// the grid {0, h, 2h, ...}, h = budget / steps, by dynamic programming over channels:
/// best_k(b) = max_{j ≤ b} f_k(j·h) + best_{k−1}(b − j). Exact on the grid, for any curves.
public func gridOptimum(
    outcomes: [(Double) -> Double], caps: [Double], budget: Double, steps: Int
) -> (value: Double, x: [Double]) {
    let h = budget / Double(steps)
    var best = [Double](repeating: -.infinity, count: steps + 1)
    best[0] = 0
    var choices: [[Int]] = []
    for (f, cap) in zip(outcomes, caps) {
        let limit = min(steps, Int((cap / h + 1e-9).rounded(.down)))
        let values = (0...limit).map { f(Double($0) * h) }
        var next = [Double](repeating: -.infinity, count: steps + 1)
        var choice = [Int](repeating: 0, count: steps + 1)
        for b in 0...steps {
            for j in 0...min(b, limit) where best[b - j] > -.infinity {
                let candidate = best[b - j] + values[j]
                if candidate > next[b] { (next[b], choice[b]) = (candidate, j) }
            }
        }
        best = next
        choices.append(choice)
    }
    var x = [Double](repeating: 0, count: outcomes.count)
    var b = steps
    for k in stride(from: outcomes.count - 1, through: 0, by: -1) {
        x[k] = Double(choices[k][b]) * h
        b -= choices[k][b]
    }
    return (best[steps], x)
}

/// A local method like SLSQP: starting from an even split, repeatedly moves spend from the
/// channel with the lowest marginal return to the one with the highest (steps shrinking),
/// as long as the total improves. It stops at a point where marginals are equal — for
/// S-shaped curves often a local optimum.
public func localAscentFromEvenSplit(
    outcomes: [(Double) -> Double], marginals: [(Double) -> Double], caps: [Double], budget: Double
) -> Double {
    var x = [Double](repeating: budget / Double(outcomes.count), count: outcomes.count)
    func total(_ x: [Double]) -> Double { zip(outcomes, x).reduce(0) { $0 + $1.0($1.1) } }
    var step = budget / Double(outcomes.count) / 10
    while step > budget * 1e-9 {
        let m = zip(marginals, x).map { $0($1) }
        let receivers = x.indices.filter { x[$0] < caps[$0] }
        let givers = x.indices.filter { x[$0] > 0 }
        guard let up = receivers.max(by: { m[$0] < m[$1] }), let down = givers.min(by: { m[$0] < m[$1] }), up != down else { break }
        var candidate = x
        let amount = min(step, x[down], caps[up] - x[up])
        candidate[down] -= amount
        candidate[up] += amount
        if total(candidate) > total(x) { x = candidate } else { step /= 2 }
    }
    return total(x)
}
