import Foundation
import Testing

@testable import Fitting

/// Measurements run by hand, not on every test run: timings of the benchmark-sized fits. They
/// print and never fail on time (a timed assertion would be flaky on shared machines). The
/// accuracy and calibration study is the `fit-truth` benchmark (docs/fitting-results.md).
///
///     FITTING_BENCHMARK=1 swift test -c release -Xswiftc -enable-testing \
///         --scratch-path .build-fitting-release --filter FittingBenchmarks/timing
@Suite struct FittingBenchmarks {
    static let environment = ProcessInfo.processInfo.environment

    /// Attributed fits of 5 channels × 208 weeks, then a 208-week × 5-channel media-mix fit
    /// with the default options (100 posterior draws).
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
        print(String(format: "media mix: 208 weeks × 5 channels, 100 posterior draws in %.2f s (%d point-fit evaluations)",
                     Date().timeIntervalSince(start), fit.evaluations))
    }
}
