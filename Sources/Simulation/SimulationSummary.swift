import Foundation
import Localization

/// A simulation condensed for people and other tools: per strategy the totals, regret and
/// rule breaks over all replicates, and month-by-month means and bands for charts. It is
/// what `budgetlab simulate --format json` writes and `budgetlab compare --from` reads back.
///
/// Definitions (s runs over the K replicates, O the oracle's expected total outcome):
/// - `total_outcome`: mean over s of Σ months, channels of the **reported** outcome;
///   `expected_outcome` the same on the true curves (no noise). Media outcome only: the
///   baseline (history worlds) is the same for every strategy and is given once, in the world.
/// - `roi` = total_outcome / total_spend.
/// - `regret` = mean over s of `(O − E_s)/O`, E_s the strategy's expected total outcome in
///   replicate s: the share of the oracle's outcome it fell short by, with the luck of the
///   noise removed (the oracle maximises expected outcome, so this regret is ≥ 0 up to the
///   oracle's proven gap). `regret_p05`/`regret_p95`: its 5th and 95th percentiles over s.
///   `realized_regret`: the same with reported outcomes (oracle's plan under the same noise).
/// - `violations`: rules broken, summed over months and replicates; `repaired_months`: mean
///   number of months per replicate whose proposal broke a rule and was repaired.
/// - monthly `spend`/`outcome`: means over s, `[month][channel]`; `roi` per month: mean
///   outcome / mean spend; `cumulative_outcome`: mean and 5–95% band over s of the running
///   total of reported outcome; `cumulative_regret`: mean over s of the running expected
///   shortfall against the oracle divided by O (its last value is `regret`).
public struct SimulationSummary: Sendable, Equatable, Codable {
    public struct WorldInfo: Sendable, Equatable, Codable {
        public var name: String
        public var currency: String?
        /// `scenario` or `history`.
        public var source: String
        public var channels: [String]
        public var months: [String]
        public var budgets: [Double]
        /// Σ baseline over the months (0 for scenario worlds).
        public var baselineTotal: Double
        public var noise: String
        public var oracleMethod: String
        public var oracleGap: Double
        public var oracleExpectedOutcome: Double
        public var seeds: Int
        public var seed: UInt64
        public var warmup: Int
        public var learner: String
        /// For history worlds: the media-mix fit's R² and hold-out MAPE.
        public var fitR2: Double?
        public var fitHoldoutMAPE: Double?

        enum CodingKeys: String, CodingKey {
            case name, currency, source, channels, months, budgets, noise, seeds, seed, warmup, learner
            case baselineTotal = "baseline_total", oracleMethod = "oracle_method", oracleGap = "oracle_gap"
            case oracleExpectedOutcome = "oracle_expected_outcome", fitR2 = "fit_r2", fitHoldoutMAPE = "fit_holdout_mape"
        }
    }

    /// A mean with its 5th and 95th percentiles over replicates, per month.
    public struct Band: Sendable, Equatable, Codable {
        public var mean: [Double]
        public var p05: [Double]
        public var p95: [Double]
    }

    public struct Monthly: Sendable, Equatable, Codable {
        public var spend: [[Double]]
        public var outcome: [[Double]]
        public var roi: [Double]
        public var cumulativeOutcome: Band
        public var cumulativeRegret: [Double]

        enum CodingKeys: String, CodingKey {
            case spend, outcome, roi
            case cumulativeOutcome = "cumulative_outcome", cumulativeRegret = "cumulative_regret"
        }
    }

    public struct Strategy: Sendable, Equatable, Codable {
        public var name: String
        /// 1 for the highest expected outcome.
        public var rank: Int
        public var totalOutcome: Double
        public var expectedOutcome: Double
        public var totalSpend: Double
        public var roi: Double
        public var regret: Double
        public var regretP05: Double
        public var regretP95: Double
        public var realizedRegret: Double
        public var violations: Int
        public var repairedMonths: Double
        /// Up to five broken rules, as `seed 3, month 2026-04: …`.
        public var violationExamples: [String]
        public var monthly: Monthly

        enum CodingKeys: String, CodingKey {
            case name, rank, roi, regret, violations, monthly
            case totalOutcome = "total_outcome", expectedOutcome = "expected_outcome", totalSpend = "total_spend"
            case regretP05 = "regret_p05", regretP95 = "regret_p95", realizedRegret = "realized_regret"
            case repairedMonths = "repaired_months", violationExamples = "violation_examples"
        }
    }

    public var world: WorldInfo
    /// In the order the strategies were given.
    public var strategies: [Strategy]

    /// The strategies best first (by rank).
    public var ranking: [Strategy] { strategies.sorted { $0.rank < $1.rank } }

    /// Reads a summary from the JSON that `simulate --format json` writes.
    ///
    /// - Throws: ``SimulationError/invalidWorld(_:)`` describing what is missing or malformed.
    public static func decode(json: Data, file: String) throws(SimulationError) -> SimulationSummary {
        do { return try JSONDecoder().decode(SimulationSummary.self, from: json) } catch let error as DecodingError {
            throw .invalidWorld(tr(.simNotResult, ["file": file, "error": Self.describe(error)]))
        } catch {
            throw .invalidWorld("\(file): \(error)")
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case let .keyNotFound(key, context): return "missing key '\(key.stringValue)' at \(path(context).isEmpty ? "top level" : path(context))"
        case let .typeMismatch(_, context), let .valueNotFound(_, context): return "wrong value at \(path(context)): \(context.debugDescription)"
        case let .dataCorrupted(context): return context.debugDescription
        @unknown default: return "\(error)"
        }
    }
}
