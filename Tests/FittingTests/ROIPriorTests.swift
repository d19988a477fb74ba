import Fitting
import Testing

/// The ROI prior ROIᵢ ~ N(0, (τ·R)²), R = Σ outcome / Σ spend: negligible when τ is huge,
/// shrinking every ROI when τ is small, and scale-free.
@Suite struct ROIPriorTests {
    private func fit(prior: Double?, outcomeScale: Double = 1) throws -> MMMFit {
        let world = SyntheticMMM(channelCount: 3, periods: 104, noise: 0.05, seed: 3)
        let input = try MMMInput(
            channels: world.channels.map(\.name), spend: world.channels.map(\.spend), outcome: world.outcome.map { $0 * outcomeScale })
        var options = MMMOptions(bootstrapSamples: 0, seed: 1, maxEvaluations: 600)
        options.roiPrior = prior
        return try MMMFitter.fit(input, options: options)
    }

    @Test func hugePriorChangesNothingAndTightPriorShrinks() throws {
        let free = try fit(prior: nil)
        let loose = try fit(prior: 1e12)
        for (a, b) in zip(free.channels, loose.channels) {
            #expect(abs(a.roi - b.roi) <= 1e-3 * max(abs(a.roi), 1e-9), "\(a.name): \(a.roi) vs \(b.roi)")
        }
        let tight = try fit(prior: 0.01)
        let freeTotal = free.channels.reduce(0) { $0 + $1.roi }
        let tightTotal = tight.channels.reduce(0) { $0 + $1.roi }
        #expect(tightTotal < 0.5 * freeTotal)
    }

    /// The failure: an ROI prior in absolute units wiped out channels whose ROI was in
    /// the hundreds. With τ relative to the data, revenue counted in units 1,000 times smaller
    /// gives ROIs exactly 1,000 times larger under the same τ: no units can make τ destructive.
    @Test func priorIsScaleFree() throws {
        let plain = try fit(prior: 1)
        let scaled = try fit(prior: 1, outcomeScale: 1000)
        for (a, b) in zip(plain.channels, scaled.channels) {
            #expect(abs(b.roi / 1000 - a.roi) <= 1e-4 * a.roi, "\(a.name): \(a.roi) vs \(b.roi / 1000)")
            #expect(a.roi > 0.5)  // τ = 1 leaves ROIs of 1–3 standing
        }
    }
}
