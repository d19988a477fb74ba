/// The data of an aggregate media-mix fit: spend per channel, one total outcome, optional
/// controls, all per period (oldest first).
public struct MMMInput: Sendable {
    /// Periods per year of weekly data (365.25 / 7).
    public static let weekly = 52.1775
    /// Periods per year of monthly data.
    public static let monthly = 12.0
    /// Periods per year of daily data.
    public static let daily = 365.25

    /// Channel names, unique and non-empty.
    public let channels: [String]
    /// Spend per channel per period, `spend[channel][period]`, ≥ 0.
    public let spend: [[Double]]
    /// The total outcome (revenue, conversions, …) per period.
    public let outcome: [Double]
    /// Names of the control variables (price, promotions, competitor activity, …).
    public let controlNames: [String]
    /// Control values, `controls[control][period]`; their effects are fitted with free sign.
    public let controls: [[Double]]
    /// Periods per year: ``weekly``, ``monthly``, ``daily``, or any value > 1.
    public let periodsPerYear: Double
    /// Lift tests on the channels (checked by the fit: known channel, periods inside the data,
    /// finite values, standard error > 0).
    public var experiments: [MMMExperiment] = []

    /// The number of periods.
    public var periods: Int { outcome.count }
    /// Periods per month, `periodsPerYear / 12`.
    public var periodsPerMonth: Double { periodsPerYear / 12 }

    /// Checks and stores the data.
    ///
    /// - Throws: ``FittingError/invalidInput(_:)`` when names are missing, empty or repeated,
    ///   series lengths differ, a value is not finite, spend is negative, or periodsPerYear ≤ 1;
    ///   ``FittingError/noSpend(channel:)`` for a channel whose spend is all zero.
    public init(
        channels: [String], spend: [[Double]], outcome: [Double],
        controlNames: [String] = [], controls: [[Double]] = [], periodsPerYear: Double = MMMInput.weekly
    ) throws {
        guard !channels.isEmpty else { throw FittingError.invalidInput("at least one channel is needed") }
        try Self.checkNames(channels, kind: "channel")
        try Self.checkNames(controlNames, kind: "control")
        guard spend.count == channels.count else {
            throw FittingError.invalidInput("\(channels.count) channel names but \(spend.count) spend series")
        }
        guard controls.count == controlNames.count else {
            throw FittingError.invalidInput("\(controlNames.count) control names but \(controls.count) control series")
        }
        guard outcome.allSatisfy(\.isFinite) else { throw FittingError.invalidInput("outcome must be finite") }
        for (name, series) in zip(channels, spend) {
            guard series.count == outcome.count else {
                throw FittingError.invalidInput("spend of '\(name)' has \(series.count) periods, outcome has \(outcome.count)")
            }
            guard series.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
                throw FittingError.invalidInput("spend of '\(name)' must be finite and non-negative")
            }
            guard series.contains(where: { $0 > 0 }) else { throw FittingError.noSpend(channel: name) }
        }
        for (name, series) in zip(controlNames, controls) {
            guard series.count == outcome.count, series.allSatisfy(\.isFinite) else {
                throw FittingError.invalidInput("control '\(name)' must have \(outcome.count) finite values")
            }
        }
        guard periodsPerYear.isFinite, periodsPerYear > 1 else {
            throw FittingError.invalidInput("periodsPerYear must be > 1, got \(periodsPerYear)")
        }
        self.channels = channels
        self.spend = spend
        self.outcome = outcome
        self.controlNames = controlNames
        self.controls = controls
        self.periodsPerYear = periodsPerYear
    }

    private static func checkNames(_ names: [String], kind: String) throws {
        guard names.allSatisfy({ !$0.isEmpty }) else { throw FittingError.invalidInput("a \(kind) name is empty") }
        guard Set(names).count == names.count else {
            throw FittingError.invalidInput("\(kind) names must be unique: \(names.joined(separator: ", "))")
        }
    }
}
