import BudgetModel
import Foundation
import Fitting
import Testing
@testable import Simulation

/// The `threshold` learner (``SaturationLearner`` over shapes 1, 2, 3) tells an S-shaped channel
/// from a concave one on noiseless data.
@Suite struct ThresholdLearnerTests {
    static let spends: [Double] = [40, 60, 80, 100, 120, 140, 160, 180, 70, 110, 150, 90]

    @Test func picksShapeThreeForAnSCurveAndOneForAConcaveCurve() throws {
        let learner = LearnerKind.threshold.learner
        // y = 1000·x³/(x³ + 100³): convex below about 80, concave above.
        let truth = Curve.hill(beta: 1000, halfSaturation: 100, shape: 3)
        let sOutcome = Self.spends.map { truth.outcome($0) }
        let s = try #require(learner.learn(spend: Self.spends, outcome: sOutcome))
        guard case let .hill(_, k, shape) = s.curve else { Issue.record("expected a hill curve"); return }
        #expect(shape == 3)
        #expect(abs(k / 100 - 1) < 0.15)
        for x in [50.0, 100, 170] {
            let ratio = s.curve.outcome(x) / truth.outcome(x)
            #expect(abs(ratio - 1) < 0.1, "at \(x)")
        }
        // y = 1000·x/(x + 60): concave.
        let concave = try #require(learner.learn(spend: Self.spends, outcome: Self.spends.map { 1000 * $0 / ($0 + 60) }))
        guard case let .hill(_, _, concaveShape) = concave.curve else { Issue.record("expected a hill curve"); return }
        #expect(concaveShape == 1)
    }
}
