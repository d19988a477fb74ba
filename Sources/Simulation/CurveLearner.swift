import BudgetModel
import Fitting
import Foundation

/// Learns one channel's monthly response from the months a strategy has seen: the spend it
/// chose and the outcome the channel reported, oldest first.
///
/// The simulator's learning strategies use a learner through this protocol, so the fast
/// default (``ElasticityLearner``) and the Fitting module's ``AttributedFitter`` (wrapped by
/// ``AttributedLearner``) are interchangeable.
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
    /// ``ElasticityLearner``: constant-elasticity curves by Bayesian regression (fast; default).
    case elasticity
    /// ``SaturationLearner``: saturating `hill` curves (shape 1) by a Bayesian grid fit.
    case saturation
    /// ``AttributedLearner``: the Fitting module's attributed fit (hill, exponential, log or
    /// power by hold-out error); much slower.
    case attributed

    /// The learner with its default settings.
    public var learner: any CurveLearner {
        switch self {
        case .elasticity: ElasticityLearner(forgetting: Double(ProcessInfo.processInfo.environment["XF"] ?? "0.9")!, priorElasticity: Double(ProcessInfo.processInfo.environment["XE"] ?? "0.5")!, priorSD: Double(ProcessInfo.processInfo.environment["XS"] ?? "0.25")!) // EXPLORE-HACK
        case .saturation: SaturationLearner(levelDrift: Double(ProcessInfo.processInfo.environment["XD"] ?? "0.02")!, slopeDrift: Double(ProcessInfo.processInfo.environment["XW"] ?? "0.005")!, priorSD: Double(ProcessInfo.processInfo.environment["XS"] ?? "1.0")!)
        case .attributed: AttributedLearner()
        }
    }
}
