import Fitting
import Foundation

/// The known-truth benchmark of the media-mix fit (`--workloads fit-truth`): data sets from
/// every ``KnownTruth/Recipe`` with seeds 1…N fixed in advance, fitted with the default options;
/// per recipe the ROI error, interval coverage, evidence labels and fit time, as a markdown
/// table (progress on stderr). Also the confounded recipe again with one lift test on its
/// always-on channel. See docs/fitting-results.md.
enum FitTruthWorkload {
    struct Row {
        var errors: [Double] = []
        var varying: [Double] = []
        var alwaysOnMarginal: [Double] = []
        var covered = 0
        var strong = 0
        var strongMisses = 0
        var alwaysOnStrongMisses = 0
        var times: [Double] = []
        var failures = 0
        /// ROI errors with the true carryover, saturation and shape given (``KnownTruth/oracleROIs(options:)``).
        var oracle: [Double] = []
    }

    static func run(seeds: ClosedRange<UInt64>, recipes: [KnownTruth.Recipe] = KnownTruth.Recipe.allCases, options: MMMOptions = MMMOptions()) {
        print("| recipe | fits | channels | median abs ROI error | within 15% | varying within 15% | always-on mROI within 15% | always-on strong missing by > 20% | 90% coverage | strong labels missing by > 20% | median fit time | with true curves: median error, within 15% |")
        print("| :-- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |")
        var all = Row()
        for recipe in recipes {
            var row = Row()
            for seed in seeds {
                let truth = KnownTruth(recipe: recipe, seed: seed, noise: noise)
                measure(truth, input: truth.input, options: options, into: &row)
                FileHandle.standardError.write(Data("fit-truth: \(recipe.rawValue) seed \(seed) done\n".utf8))
            }
            print(line(recipe.rawValue, row, fits: seeds.count))
            merge(row, into: &all)
        }
        print(line("**all**", all, fits: seeds.count * recipes.count))
        print()
        alwaysOnOracle(seeds: seeds, recipes: recipes, options: options)
        guard ProcessInfo.processInfo.environment["FIT_TRUTH_QUICK"] == nil else { return }
        print()
        liftTest(seeds: seeds, options: options)
        print()
        timing(options: options)
    }

    /// The speed target: 208 weeks × 6 channels with 100 posterior draws (median of 3 runs).
    static func timing(options: MMMOptions) {
        let world = SyntheticMMM(channelCount: 6, periods: 208, noise: 0.05, mediaShare: 0.5, seed: 1)
        var times: [Double] = []
        var cpu: [Double] = []
        for _ in 0..<3 {
            let start = Date()
            let startCPU = processCPUSeconds()
            _ = try? MMMFitter.fit(world.input, options: options)
            times.append(Date().timeIntervalSince(start))
            cpu.append(processCPUSeconds() - startCPU)
        }
        print(String(format: "208 weeks × 6 channels with %d posterior draws: median %.2f s wall clock, %.2f s CPU (all threads) of 3 runs (%d cores, shared machine)",
                     options.bootstrapSamples, median(times), median(cpu), ProcessInfo.processInfo.activeProcessorCount))
    }

    /// User + system CPU time of this process so far, all threads, in seconds.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The confounded recipe with and without one lift test on its always-on channel: 8 weeks
    /// dark in a fifth of the market (a geo test), standard error 10% of the true lift.
    static func liftTest(seeds: ClosedRange<UInt64>, options: MMMOptions) {
        var without: [Double] = []
        var with: [Double] = []
        for seed in seeds {
            let truth = KnownTruth(recipe: .confounded, seed: seed)
            let channel = truth.channels[0]
            let (test, lift) = liftExperiment(truth)
            var input = truth.input
            input.experiments = [test]
            guard let plain = try? MMMFitter.fit(truth.input, options: options), let tested = try? MMMFitter.fit(input, options: options) else { continue }
            if verbose {
                describeLift(seed: seed, truth: channel, plain: plain.channels[0], tested: tested.channels[0], measured: input.experiments[0].lift, lift: lift)
                describeLiftFactors(seed: seed, truth: channel, fitted: tested.channels[0], test: test, trueLift: lift)
            }
            without.append(abs(plain.channels[0].roi / channel.roi - 1))
            with.append(abs(tested.channels[0].roi / channel.roi - 1))
            FileHandle.standardError.write(Data("fit-truth: lift test seed \(seed) done\n".utf8))
        }
        print("| confounded always-on channel | fits | median abs ROI error | within 10% |")
        print("| :-- | --: | --: | --: |")
        for (label, errors) in [("without a lift test", without), ("with one lift test (SE 10%)", with)] {
            print("| \(label) | \(errors.count) | \(percent(median(errors))) | \(percent(share(errors, 0.10))) |")
        }
    }

    static func measure(_ truth: KnownTruth, input: MMMInput, options: MMMOptions, into row: inout Row) {
        let start = Date()
        guard let fit = try? MMMFitter.fit(input, options: options) else {
            row.failures += 1
            return
        }
        row.times.append(Date().timeIntervalSince(start))
        row.oracle += oracleErrors(truth, options: options)
        for (fitted, actual) in zip(fit.channels, truth.channels) {
            let error = fitted.roi / actual.roi - 1
            if verbose { describe(fitted, actual, in: truth) }
            if verbose && actual.alwaysOn { describeAlwaysOn(fitted, actual, in: truth) }
            row.errors.append(abs(error))
            if actual.alwaysOn {
                row.alwaysOnMarginal.append(abs(fitted.marginalROI / actual.marginalROI - 1))
                if fitted.evidence == .strong && abs(error) > 0.2 { row.alwaysOnStrongMisses += 1 }
            } else {
                row.varying.append(abs(error))
            }
            if fitted.roiInterval.contains(actual.roi) { row.covered += 1 }
            if fitted.evidence == .strong {
                row.strong += 1
                if abs(error) > 0.2 { row.strongMisses += 1 }
            }
        }
    }

    static func merge(_ row: Row, into all: inout Row) {
        all.errors += row.errors
        all.varying += row.varying
        all.alwaysOnMarginal += row.alwaysOnMarginal
        all.covered += row.covered
        all.strong += row.strong
        all.strongMisses += row.strongMisses
        all.alwaysOnStrongMisses += row.alwaysOnStrongMisses
        all.times += row.times
        all.failures += row.failures
        all.oracle += row.oracle
    }

    static func line(_ name: String, _ row: Row, fits: Int) -> String {
        let channels = row.errors.count
        let alwaysOn = row.alwaysOnMarginal.isEmpty ? "—" : "\(percent(share(row.alwaysOnMarginal, 0.15))) of \(row.alwaysOnMarginal.count)"
        let strong = row.strong == 0 ? "— (none strong)" : "\(row.strongMisses) of \(row.strong)"
        let alwaysOnStrong = row.alwaysOnMarginal.isEmpty ? "—" : "\(row.alwaysOnStrongMisses)"
        return "| \(name) | \(fits - row.failures) | \(channels) | \(percent(median(row.errors))) | \(percent(share(row.errors, 0.15))) | "
            + "\(percent(share(row.varying, 0.15))) | \(alwaysOn) | \(alwaysOnStrong) | \(percent(Double(row.covered) / Double(max(channels, 1)))) | "
            + "\(strong) | \(String(format: "%.2f s", median(row.times))) | "
            + (row.oracle.isEmpty ? "—" : "\(percent(median(row.oracle))), \(percent(share(row.oracle, 0.15))) of \(row.oracle.count)") + " |"
    }

    static func share(_ values: [Double], _ limit: Double) -> Double {
        values.isEmpty ? .nan : Double(values.filter { $0 <= limit }.count) / Double(values.count)
    }

    static func median(_ values: [Double]) -> Double {
        values.isEmpty ? .nan : values.sorted()[values.count / 2]
    }

    static func percent(_ value: Double) -> String {
        value.isNaN ? "—" : String(format: "%.0f%%", 100 * value)
    }
}
