import Fitting
import Foundation

/// The fitting workloads of the "learn the curves" issue: an aggregate media-mix fit on
/// 208 weeks × 5 channels with 100 bootstrap refits (target < 30 s), and attributed curve fits
/// for 5 channels × 208 weeks (target < 1 s).
enum FitWorkload {
    static func run(repeats: Int) {
        let world = SyntheticMMM(channelCount: 5, periods: 208, noise: 0.05, seed: 42)
        var times: [Double] = []
        var fit: MMMFit?
        for _ in 0..<max(1, repeats) {
            let start = Date()
            fit = try? MMMFitter.fit(world.input, options: MMMOptions(bootstrapSamples: 100, seed: 1))
            times.append(Date().timeIntervalSince(start))
        }
        let worst = zip(world.channels, fit?.channels ?? []).map { abs($1.roi / $0.trueROI - 1) }.max() ?? .nan
        print(String(format: "%-32@  %7d  %9.3f   R² %.3f, worst ROI error %.1f%%", "aggregate fit, 5 ch, 100 boot" as NSString,
                     208, median(times), fit?.r2 ?? .nan, worst * 100))

        times = []
        var fitted = 0
        for _ in 0..<max(1, repeats) {
            let start = Date()
            fitted = 0
            for channel in world.channels {
                if (try? AttributedFitter.fit(spend: channel.spend, outcome: channel.contribution, holdout: 8)) != nil { fitted += 1 }
            }
            times.append(Date().timeIntervalSince(start))
        }
        print(String(format: "%-32@  %7d  %9.4f   %d of 5 channels fitted", "attributed fit, 5 channels" as NSString, 208, median(times), fitted))
    }

    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
}
