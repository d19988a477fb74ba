import BudgetModel
import Fitting
import Foundation
import History
import Optimizer
import Recommendation

/// The two fuzz targets of issue 11 (point 9), as functions of one input's bytes, so that the
/// libFuzzer driver (`Benchmarks/fuzz/target`, `Benchmarks/fuzz/run.sh`) and the regression
/// tests (`Tests/FuzzTests`) run exactly the same code.
///
/// Each returns `nil` when the input was handled correctly: rejected with an error, or answered
/// with a result that passes the independent checks. A crash (a trap, an abort) is a finding
/// the fuzzer sees by itself; a returned string is a finding in words.
public enum FuzzTargets {
    /// Scenario parser + validator + optimiser: the bytes as a scenario file; a parsed scenario
    /// is optimised, and a plan returned must obey every rule (``PlanCheck``) and carry a bound
    /// on the right side of its objective.
    public static func scenario(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let scenario = try? Scenario.parse(yaml: text, file: "fuzz.yaml") else { return nil }
        guard let result = try? Optimizer().optimize(scenario) else { return nil }
        if let broken = PlanCheck.brokenRule(scenario, plan: result.spend) { return "exit-0 plan breaks a rule: \(broken)" }
        guard result.objective.isFinite else { return "non-finite objective \(result.objective)" }
        if result.bound.isFinite {
            let slack = 1e-9 * max(abs(result.bound), abs(result.objective)) + 1e-300
            let wrong: Bool = if case .minimizeSpend = scenario.objective {
                result.bound > result.objective + slack
            } else {
                result.bound < result.objective - slack
            }
            if wrong { return "bound \(result.bound) on the wrong side of the objective \(result.objective)" }
        }
        return nil
    }

    /// History CSV reader + fit: the bytes as a CSV whose first column is the date, second the
    /// outcome and the next up to three the channels' spend; a dataset read is fitted (a small
    /// search and 4 draws, and a row limit of 100 so the sampled path of long series is
    /// exercised too), and every ROI must be finite and inside its interval.
    public static func history(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let header = text.split(separator: "\n", maxSplits: 1).first else { return nil }
        let columns = header.split(separator: ",", omittingEmptySubsequences: false).map {
            String($0).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard columns.count >= 3 else { return nil }
        let mapping = ColumnMapping.wide(date: columns[0], outcome: columns[1], spend: Array(columns[2..<min(columns.count, 5)]))
        guard let dataset = try? Dataset.parse(csv: text, file: "fuzz.csv", mapping: mapping) else { return nil }
        var options = MMMOptions(bootstrapSamples: 4, maxEvaluations: 150, bootstrapEvaluations: 300)
        options.scoredRowLimit = 100
        guard let fit = try? HistoryFit.fit(dataset, options: options) else { return nil }
        for channel in fit.channels {
            guard channel.roi.isFinite, channel.roiInterval.lowerBound.isFinite, channel.roiInterval.upperBound.isFinite else {
                return "\(channel.name): non-finite ROI \(channel.roi) or interval \(channel.roiInterval)"
            }
            if !channel.roiInterval.contains(channel.roi) { return "\(channel.name): ROI \(channel.roi) outside \(channel.roiInterval)" }
        }
        return nil
    }
}
