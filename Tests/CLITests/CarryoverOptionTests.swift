import Foundation
import Testing

/// `fit --carryover`: the kernel each channel may use besides plain geometric decay.
@Suite struct CarryoverOptionTests {
    /// An unknown kernel is a usage error (exit 64) naming the option and its values, before
    /// any file is read.
    @Test func unknownKernelIsAUsageError() throws {
        let run = try CLI.run(["fit", "no-such-file.csv", "--carryover", "gamma"])
        #expect(run.status == 64 && run.stdout.isEmpty)
        #expect(run.stderr.contains("--carryover") && run.stderr.contains("weibull") && run.stderr.contains("delayed-geometric"), "\(run.stderr)")
    }

    /// The earlier delayed geometric kernel stays available and its fit writes a scenario the
    /// optimiser answers, like the default's.
    @Test func delayedGeometricKernelStillFits() throws {
        let data = try CLI.temporaryFile(FitCommandTests.history(), name: "history.csv")
        let scenario = try CLI.freshPath("fitted.yaml")
        let run = try CLI.run([
            "fit", data, "--date", "week", "--outcome", "revenue", "--spend", "search,social", "--control", "price",
            "--format", "json", "--draws", "0", "--carryover", "delayed-geometric", "--output", scenario,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let optimized = try CLI.run(["optimize", scenario, "--format", "json"])
        #expect(optimized.status == 0, "\(optimized.stderr)")
    }
}
