import Foundation
import Testing

@testable import Fitting

/// Measurements run by hand, not on every test run: timings of the benchmark-sized fits, and
/// the calibration study behind the numbers in docs/fitting.md. They print and never fail on
/// time (a timed assertion would be flaky on shared machines).
///
///     FITTING_BENCHMARK=1 swift test -c release -Xswiftc -enable-testing \
///         --scratch-path .build-fitting-release --filter FittingBenchmarks/timing
///     FITTING_CALIBRATION=40 swift test -c release -Xswiftc -enable-testing \
///         --scratch-path .build-fitting-release --filter FittingBenchmarks/calibration
@Suite struct FittingBenchmarks {
    static let environment = ProcessInfo.processInfo.environment

    /// Attributed fits of 5 channels × 208 weeks, then a 208-week × 5-channel media-mix fit
    /// with the default options (100 bootstrap samples).
    @Test(.enabled(if: environment["FITTING_BENCHMARK"] != nil, "a timing run, started by hand"))
    func timing() throws {
        let world = SyntheticMMM(channelCount: 5, periods: 208, noise: 0.05, mediaShare: 0.6, seed: 1)
        var start = Date()
        for channel in world.channels {
            _ = try AttributedFitter.fit(spend: channel.spend, outcome: channel.contribution, holdout: 13)
        }
        print(String(format: "attributed: 5 channels × 208 weeks in %.3f s", Date().timeIntervalSince(start)))
        start = Date()
        let fit = try MMMFitter.fit(world.input)
        print(String(format: "media mix: 208 weeks × 5 channels, 100 bootstrap samples in %.2f s (%d point-fit evaluations)",
                     Date().timeIntervalSince(start), fit.evaluations))
    }

    /// The recovery test's worlds and options over seeds 1…N: how often ROIs land within 15%
    /// of the truth and intervals contain it, and the spread of the errors in bootstrap
    /// standard deviations (≈ 1 when the bootstrap measures the uncertainty right).
    @Test(.enabled(if: environment["FITTING_CALIBRATION"] != nil, "a long study, started by hand"))
    func calibration() throws {
        let seeds = UInt64(Self.environment["FITTING_CALIBRATION"] ?? "") ?? 40
        var (count, within, covered, passing, squaredZ) = (0, 0, 0, 0, 0.0)
        for seed in 1...seeds {
            let world = SyntheticMMM(channelCount: 4, periods: 156, noise: 0.05, mediaShare: 0.6, seed: seed)
            let fit = try MMMFitter.fit(world.input, options: MMMRecoveryTests.options(seed: seed))
            var allGood = true
            for (channel, truth) in zip(fit.channels, world.channels) {
                let sd = Self.standardDeviation(channel.bootstrapROIs)
                let close = abs(channel.roi / truth.trueROI - 1) <= 0.15
                let inside = channel.roiInterval.contains(truth.trueROI)
                count += 1
                within += close ? 1 : 0
                covered += inside ? 1 : 0
                let z = (channel.roi - truth.trueROI) / sd
                squaredZ += z * z
                allGood = allGood && close && inside
                print(String(format: "seed %d %@: true %.3f fitted %.3f (%+.1f%%) interval [%.3f, %.3f]%@",
                             seed, channel.name, truth.trueROI, channel.roi, 100 * (channel.roi / truth.trueROI - 1),
                             channel.roiInterval.lowerBound, channel.roiInterval.upperBound, inside ? "" : " MISSED"))
            }
            passing += allGood ? 1 : 0
        }
        print(String(format: "%d channels: %.1f%% within 15%%, %.1f%% covered, rms error/bootstrap sd %.2f; %d of %d seeds pass both for every channel",
                     count, 100 * Double(within) / Double(count), 100 * Double(covered) / Double(count),
                     (squaredZ / Double(count)).squareRoot(), passing, seeds))
    }

    static func standardDeviation(_ values: [Double]) -> Double {
        let mean = values.reduce(0, +) / Double(values.count)
        let squares = values.reduce(0.0) { $0 + ($1 - mean) * ($1 - mean) }
        return (squares / Double(values.count - 1)).squareRoot()
    }
}
