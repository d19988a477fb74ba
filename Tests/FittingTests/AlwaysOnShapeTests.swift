import Foundation
import TestSupport
import Testing

@testable import Fitting

/// The shape prior of never-dark channels (``MMMOptions/alwaysOnShapePooling``, τ = 0.3 by default):
/// `Σ_{i never dark} (sᵢ − s̄_dark)² / (2τ²)`, s̄_dark the mean shape of the channels that go dark.
@Suite struct AlwaysOnShapeTests {
    /// By hand: shapes (1.0, 1.2, 2.0) with the first never dark and τ = 0.5: s̄_dark = 1.6, so
    /// (1.0 − 1.6)²/(2·0.25) = 0.72 nats; a never-dark shape at the others' mean costs nothing;
    /// no term without τ, without a never-dark channel, or without a channel that goes dark.
    @Test func penaltyByHand() {
        #expect(isClose(MMMPosterior.borrowingPenalty([1.0, 1.2, 2.0], alwaysOn: [true, false, false], tau: 0.5), 0.72, relative: 1e-12))
        #expect(MMMOptions().alwaysOnShapePooling == 0.3)
        #expect(MMMPosterior.borrowingPenalty([1.6, 1.2, 2.0], alwaysOn: [true, false, false], tau: 0.5) == 0)
        #expect(MMMPosterior.borrowingPenalty([1.0, 1.2, 2.0], alwaysOn: [true, false, false], tau: nil) == 0)
        #expect(MMMPosterior.borrowingPenalty([1.0, 1.2, 2.0], alwaysOn: [false, false, false], tau: 0.5) == 0)
        #expect(MMMPosterior.borrowingPenalty([1.0, 1.2, 2.0], alwaysOn: [true, true, true], tau: 0.5) == 0)
        // Two never-dark channels against one that goes dark (s̄_dark = 2): 1 + 0.25 over 2·0.25.
        #expect(isClose(MMMPosterior.borrowingPenalty([1.0, 1.5, 2.0], alwaysOn: [true, true, false], tau: 0.5), 2.5, relative: 1e-12))
    }

    /// The fit marks as never dark exactly the channels with spend in every period, and the
    /// posterior's score rises by the hand-computed term: on the confounded recipe (channel 1
    /// always on, the others pulsed) at shapes (1, 2, 2, …) with τ = 0.25 that is
    /// (1 − 2)²/(2·0.0625) = 8 nats.
    @Test func scoreAddsTheTerm() throws {
        let truth = KnownTruth(recipe: .confounded, seed: 2)
        let input = truth.input
        let flags = input.spend.map { $0.allSatisfy { $0 > 0 } }
        #expect(flags == truth.channels.map(\.alwaysOn))
        let design = MMMDesign(input, harmonics: 2)
        let problem = try ProjectedProblem(design: design, rows: input.periods, outcome: input.outcome, ridge: 1e-3)
        let plain = MMMPosterior(problem: problem, experiments: [], shapePenalty: 1)
        let borrowing = MMMPosterior(problem: problem, experiments: [], shapePenalty: 1, alwaysOn: flags, alwaysOnShapePooling: 0.25)
        let parameters = truth.channels.indices.map { MediaParameters(carryover: 0.3, saturation: 1, shape: $0 == 0 ? 1 : 2) }
        let media = design.media(parameters)
        let difference = borrowing.score(parameters, columns: media.columns, halfSaturations: media.halfSaturations)
            - plain.score(parameters, columns: media.columns, halfSaturations: media.halfSaturations)
        #expect(isClose(difference, 8, relative: 1e-9))
    }
}
