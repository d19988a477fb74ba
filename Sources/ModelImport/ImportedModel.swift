import BudgetModel

/// Another tool's fitted model, turned into BudgetLab's units: for every channel the outcome of
/// one MONTH's spend (carryover included), the monthly spend of today where the tool gives it,
/// and curve draws where the tool gives them.
public struct ImportedModel: Sendable {
    /// One channel.
    public struct Channel: Sendable {
        public var name: String
        /// The point curve: outcome of one month's spend, in the tool's outcome unit.
        public var curve: Curve
        /// Today's monthly spend, where the tool's output says it.
        public var current: Double?
        /// Posterior draws of the curve, in the same units. Draw `i` of every channel comes from
        /// the same posterior sample (``ImportedModel/drawIDs``).
        public var draws: [Curve]

        public init(name: String, curve: Curve, current: Double? = nil, draws: [Curve] = []) {
            self.name = name
            self.curve = curve
            self.current = current
            self.draws = draws
        }
    }

    /// What was read, for the scenario's name and header: "Robyn model 1_2_3".
    public var source: String
    public var channels: [Channel]
    /// The tool's identifiers of the draws, in order (empty without draws).
    public var drawIDs: [String]
    /// How the tool's numbers were mapped (units, carryover, period), one sentence each; written
    /// as comments at the top of the scenario file.
    public var notes: [ImportNote]

    public init(source: String, channels: [Channel], drawIDs: [String] = [], notes: [ImportNote] = []) {
        self.source = source
        self.channels = channels
        self.drawIDs = drawIDs
        self.notes = notes
    }

    /// The model as a scenario: one channel per imported channel with its curve, `current` and
    /// `draws`, and a budget.
    ///
    /// - Parameters:
    ///   - name: The scenario's name.
    ///   - current: Monthly spends that replace (or supply) the tool's, by channel name.
    ///   - budget: The monthly budget (`total`); `nil` takes the sum of the channels' `current`.
    /// - Throws: ``ImportError`` when `current` names an unknown channel, or when there is no
    ///   budget (neither `budget` nor a `current` for every channel).
    public func scenario(name: String, file: String, current: [String: Double] = [:], budget: Double? = nil) throws(ImportError) -> Scenario {
        let known = Set(channels.map(\.name))
        if let unknown = current.keys.sorted().first(where: { !known.contains($0) }) {
            throw ImportError(file: file, message: "--current names '\(unknown)', which is not a channel of the model (channels: \(channels.map(\.name).joined(separator: ", ")))")
        }
        let scenarioChannels = channels.map { channel in
            BudgetModel.Channel(name: channel.name, current: current[channel.name] ?? channel.current, curve: channel.curve, draws: channel.draws)
        }
        let spends = scenarioChannels.compactMap(\.current)
        guard let amount = budget ?? (spends.count == channels.count ? spends.reduce(0, +) : nil), amount > 0 else {
            throw ImportError(file: file, message: "no monthly budget: the file does not give every channel's current spend; give --budget AMOUNT or --current CHANNEL=AMOUNT for each channel")
        }
        return Scenario(name: name, budget: .total(amount), channels: scenarioChannels)
    }
}
