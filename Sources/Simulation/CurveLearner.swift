import BudgetModel
import Fitting

/// Learns one channel's monthly response from the months a strategy has seen: the spend it
/// chose and the outcome the channel reported, oldest first.
///
/// The simulator's learning strategies use a learner through this protocol, so the fast
/// default (``SaturationLearner``), ``ElasticityLearner`` and the Fitting module's
/// ``AttributedFitter`` (wrapped by ``AttributedLearner``) are interchangeable.
public protocol CurveLearner: Sendable {
    /// A belief about the curve, or `nil` when the data holds no month with positive spend
    /// and positive outcome.
    func learn(spend: [Double], outcome: [Double]) -> (any CurveBelief)?
}

/// What a learner believes about one channel's curve: a best guess and its uncertainty.
public protocol CurveBelief: Sendable {
    /// The best-guess curve (expected monthly outcome of a month's spend).
    var curve: Curve { get }
    /// A curve drawn from the belief's uncertainty, for Thompson sampling.
    func sample(using rng: inout SplitMix64) -> Curve
}

/// Which learner the learning strategies use.
public enum LearnerKind: String, Sendable, CaseIterable, Codable {
    /// ``SaturationLearner``: saturating `hill` curves (shape 1) whose level may drift, by a
    /// Bayesian grid fit with a Kalman filter (fast; the default).
    case saturation
    /// ``ElasticityLearner``: constant-elasticity `power` curves by Bayesian log-log
    /// regression with forgetting (fast; no saturation).
    case elasticity
    /// ``AttributedLearner``: the Fitting module's attributed fit (hill, exponential, log or
    /// power by least squares); a simulation runs about three times slower.
    case attributed
    /// ``SaturationLearner`` with shapes 1, 2 and 3: a channel may be S-shaped (a threshold),
    /// the shape chosen by its posterior mass.
    case threshold

    /// The learner with its default settings.
    public var learner: any CurveLearner {
        switch self {
        case .saturation: SaturationLearner()
        case .elasticity: ElasticityLearner()
        case .attributed: AttributedLearner()
        case .threshold: {
            var learner = SaturationLearner()
            learner.shapes = [1, 2, 3]
            return learner
        }()
        }
    }
}
