import Fitting
import Testing

/// The ROI prior ROIᵢ ~ N(0, τ²): negligible when τ is huge, shrinking every ROI when τ is small.
@Suite struct ROIPriorTests {
    private func fit(prior: Double?) throws -> MMMFit {
        let world = SyntheticMMM(channelCount: 3, periods: 104, noise: 0.05, seed: 3)
        var options = MMMOptions(bootstrapSamples: 0, seed: 1, maxEvaluations: 600)
        options.roiPrior = prior
        return try MMMFitter.fit(world.input, options: options)
    }

    @Test func hugePriorChangesNothingAndTightPriorShrinks() throws {
        let free = try fit(prior: nil)
        let loose = try fit(prior: 1e12)
        for (a, b) in zip(free.channels, loose.channels) {
            #expect(abs(a.roi - b.roi) <= 1e-3 * max(abs(a.roi), 1e-9), "\(a.name): \(a.roi) vs \(b.roi)")
        }
        let tight = try fit(prior: 0.05)
        let freeTotal = free.channels.reduce(0) { $0 + $1.roi }
        let tightTotal = tight.channels.reduce(0) { $0 + $1.roi }
        #expect(tightTotal < 0.5 * freeTotal)
    }
}
