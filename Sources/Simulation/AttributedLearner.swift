import BudgetModel
import Fitting

/// The Fitting module's ``AttributedFitter`` as a ``CurveLearner``: hill, exponential, log or
/// power, whichever fits best (no hold-out: the months are too few).
///
/// It needs at least 5 months with spend; before that, and whenever the fit fails, it falls
/// back to ``SaturationLearner``. Uncertainty comes from a pairs bootstrap: a sample refits
/// the curve to the months drawn with replacement. Every fit searches a grid and runs
/// Nelder–Mead: a simulation with this learner runs about three times slower than with the
/// default (docs/simulation.md).
public struct AttributedLearner: CurveLearner {
    public var fallback = SaturationLearner()

    public init() {}

    public func learn(spend: [Double], outcome: [Double]) -> (any CurveBelief)? {
        let pairs = zip(spend, outcome).filter { $0.0 > 0 && $0.0.isFinite && $0.1.isFinite }
        guard pairs.count >= 5, let fit = try? AttributedFitter.fit(spend: pairs.map(\.0), outcome: pairs.map(\.1), holdout: 0)
        else { return fallback.learn(spend: spend, outcome: outcome) }
        return AttributedBelief(curve: fit.curve, spend: pairs.map(\.0), outcome: pairs.map(\.1))
    }
}

/// An attributed fit and the data behind it, resampled for Thompson draws.
public struct AttributedBelief: CurveBelief {
    public let curve: Curve
    let spend: [Double]
    let outcome: [Double]

    public func sample(using rng: inout SplitMix64) -> Curve {
        var x: [Double] = []
        var y: [Double] = []
        for _ in spend.indices {
            let k = rng.nextInt(below: spend.count)
            x.append(spend[k])
            y.append(outcome[k])
        }
        return (try? AttributedFitter.fit(spend: x, outcome: y, holdout: 0).curve) ?? curve
    }
}
