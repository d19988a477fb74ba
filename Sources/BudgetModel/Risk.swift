/// How a plan's outcome over the curves' draws is turned into one number to optimise
/// (`objective.risk` in a scenario file).
///
/// Let `g_b(x)` be the objective of plan `x` in draw `b` (outcome `Σᵢ f_iᵇ(xᵢ)`, or profit
/// `value · outcome − Σ xᵢ`), over `B` joint draws, each with weight `1/B`.
public enum Risk: Sendable, Equatable {
    /// The expected objective `(1/B) Σ_b g_b(x)`.
    case mean
    /// The conditional value at risk at level `α ∈ (0, 1]`: the mean of the worst `α` share of
    /// the draws, `max_t { t − (1/(αB)) Σ_b max(t − g_b(x), 0) }` (Rockafellar–Uryasev).
    /// `α = 1` is the mean; small `α` guards against the worst cases.
    case cvar(level: Double)
    /// The expected objective, subject to the plan beating the current plan with probability
    /// about `p`. The chance rule `P(g_b(x) ≥ g_b(current)) ≥ p` is not convex; it is replaced
    /// by its convex, conservative stand-in `CVaR_{1−p}(g_b(x) − g_b(current)) ≥ 0` (the mean
    /// of the worst `1 − p` share of the improvements is not negative), which implies the
    /// chance rule.
    case chance(probability: Double)

    /// The name used in files and reports: `mean`, `cvar`, `chance`.
    public var name: String {
        switch self {
        case .mean: "mean"
        case .cvar: "cvar"
        case .chance: "chance"
        }
    }

    /// Reads the command-line form: `mean`, `cvar:0.1` (level α) or `chance:0.8` (probability p);
    /// `nil` when the text is not one of these or the number is out of range.
    public init?(argument: String) {
        let parts = argument.split(separator: ":", omittingEmptySubsequences: false)
        let number = parts.count == 2 ? Double(parts[1]) : nil
        switch (parts.first ?? "", number) {
        case ("mean", nil) where parts.count == 1: self = .mean
        case let ("cvar", level?) where level > 0 && level <= 1: self = .cvar(level: level)
        case let ("chance", p?) where p > 0 && p < 1: self = .chance(probability: p)
        default: return nil
        }
    }

    /// The measure in words, for error messages (reports use the translated catalogue).
    public var summary: String {
        switch self {
        case .mean: "mean over draws"
        case let .cvar(level): "CVaR: mean of the worst \(percent(level)) of draws"
        case let .chance(p): "mean over draws, beating the current plan with probability ≥ \(percent(p)) (CVaR form)"
        }
    }

    private func percent(_ value: Double) -> String {
        let scaled = value * 100
        return scaled == scaled.rounded() ? "\(Int(scaled))%" : "\(scaled)%"
    }
}
