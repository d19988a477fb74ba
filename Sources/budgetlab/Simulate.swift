import ArgumentParser
import BudgetModel
import Foundation
import History
import Localization
import Reports
import Simulation

struct Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Replay monthly re-allocation: several strategies against the same world, with regret against the oracle.",
        discussion: """
            The world is either a scenario of true curves (--world FILE; its `current` spends are the starting plan; an optional `world:` section sets months, noise, seasonality and drift) or fitted to a history (--history DATA.csv with --date, --outcome and --spend, or --dataset FILE.yaml). Each strategy gets every month's budget, must obey the rules, and sees only the outcomes its own plans produced (each channel's reported outcome and the total). See docs/simulation.md.

            Strategies: historical (history only), frozen, rule-of-thumb, proportional, optimizer, explorer, media-mix (S-shaped curves, a regression on the total outcome, plans over its uncertainty; ask for it with --strategies), anchored (shapes from the starting plan weighed against agnostic ones by the evidence, levels learned, calibrated by the total), combined (anchored until a channel's reports show an S-curve, then media-mix; ask for it with --strategies), oracle.

            Examples:
              budgetlab simulate --world Scenarios/world-poor-start.yaml --seeds 50
              budgetlab simulate --world Scenarios/world-drift.yaml \\
                --strategies frozen,optimizer,oracle --format json
              budgetlab simulate --history Scenarios/data/robyn_weekly.csv \\
                --date DATE --outcome revenue \\
                --spend tv_S,ooh_S,print_S,search_S,facebook_S --max-change 0.3
            """)

    @OptionGroup var input: SimulationInput
    @OptionGroup var output: OutputOptions

    @Option(help: "Also write every replicate's months (seed, strategy, month, channel, spend, outcome) to this CSV file.")
    var details: String?

    func validate() throws {
        try input.check(requireSource: true, locale: output.locale)
    }

    func run() throws {
        try runReportingFailures(output.locale) {
            input.protectInputs()
            let result = try input.simulate(label: "simulate")
            let summary = SimulationSummary(result)
            let files = details.map { [(SimulationReport.details(result), $0)] } ?? []
            try output.emit(SimulationReport.render(summary, format: output.format), with: files)
        }
    }
}

/// The world and the settings of a simulation, shared by `simulate` and `compare`.
struct SimulationInput: ParsableArguments {
    @Option(help: "A world file: a scenario whose curves are the truth, optionally with a `world:` section.")
    var world: String?

    @Option(help: "A history CSV to fit the world to (with --date, --outcome, --spend; or give --dataset FILE.yaml).")
    var history: String?

    @OptionGroup var columns: DataOptions

    @Option(help: "History worlds: a scenario naming the history's channels whose rules apply (its curves and budget are replaced).")
    var rules: String?

    @Option(help: "History worlds: every channel stays within this fraction of its previous month's spend.")
    var maxChange: Double?

    @Option(help: "Months to simulate, 1 to 1,200 (default: the world file’s `months`, else 12; a history: all its full months).")
    var months: Int?

    @Option(help: "Replicates (Monte Carlo seeds), 1 to 100,000. Progress goes to standard error: a bar on a terminal, otherwise a line every 10 s after the first 5 s.")
    var seeds: Int = 20

    @Option(help: "The first replicate's seed; replicate k uses seed + k.")
    var seed: UInt64 = 1

    @Option(help: "Comma-separated: historical, frozen, rule-of-thumb, proportional, optimizer, explorer, media-mix, anchored, combined, oracle (default: all that apply but media-mix and combined, which cost about 0.3 s CPU a month where a channel is S-shaped).")
    var strategies: String?

    @Option(help: "Months the learning strategies play the perturbed starting plan before their first refit.")
    var warmup: Int = 3

    @Option(help: "σ of the noise on each channel's reported outcome (0.1 ≈ ±10%).")
    var noise: Double?

    @Option(help: "Noise model: lognormal (multiplicative, default) or gaussian (additive).")
    var noiseModel: String?

    @Option(help: "CHANNEL=RATE,...: monthly relative change of a channel's effectiveness (-0.03 = 3% worse each month).")
    var drift: String?

    @Option(help: "Comma-separated effectiveness multipliers by month, repeating (e.g. 12 values for a year).")
    var seasonality: String?

    @Option(help: "How optimizer and explorer learn curves: saturation (default), elasticity, attributed (the Fitting module's curve fit; slower) or threshold (saturation over hill shapes 1-3, for S-shaped channels).")
    var learner: String = "saturation"

    @Option(help: "optimizer plans for this risk measure over curves drawn from its learner's beliefs: mean, cvar:0.2 or chance:0.8 (default: for the best-guess curves). See docs/simulation.md.")
    var planRisk: String?

    @Option(help: "Curves drawn per channel and month for --plan-risk and for media-mix (2 to 5,000).")
    var planDraws: Int = 30

    @Option(help: "media-mix: what a channel that is not possibly S-shaped is planned on: own (the S-capable learner's concave draws; default) or optimizer (optimizer's concave learner). See docs/simulation.md.")
    var mediaMixConcave: String = MediaMixSettings().concaveChannels.rawValue

    @Option(help: "media-mix: where the trust region is measured from on a channel without a change limit: last (last month's spend) or seen (every spend it has had). See docs/simulation.md.")
    var mediaMixTrust: String = MediaMixSettings().trustAnchor.rawValue

    @Option(help: "media-mix: the warm-up probe's step: trust (the trust region, or a tighter change limit) or rules (the change limit; double where there is none). See docs/simulation.md.")
    var mediaMixProbe: String = MediaMixSettings().probeStep.rawValue

    @Option(help: "Optimality gap the learning strategies’ monthly optimisation must prove (at least 1e-9).")
    var tolerance: Double = 1e-3

    @Option(help: "The learning strategies move each channel at most this fraction a month, on top of the rules ('none' to let only the rules limit them).")
    var trust: String = "0.3"

    var trustValue: Double?? {
        if trust == "none" { return .some(nil) }
        guard let value = Double(trust), value.isFinite, value > 0 else { return nil }
        return .some(value)
    }

    /// Marks every file this simulation reads as an input no output may overwrite.
    func protectInputs() {
        columns.protectInputs([world, history, rules])
    }

    var hasSource: Bool { world != nil || history != nil || columns.dataset != nil }

    func check(requireSource: Bool, locale: LocaleOptions) throws {
        let language = locale.locale.language
        let sources = [world != nil, history != nil || columns.dataset != nil].filter { $0 }.count
        if sources > 1 { throw usageError(locale, .usageWorldOrHistory) }
        if requireSource, sources == 0 { throw usageError(locale, .usageGiveWorld) }
        if let months, !(1...1200).contains(months) { throw usageError(locale, .usageMonths) }
        guard (1...100_000).contains(seeds) else { throw usageError(locale, .usageSeeds) }
        guard warmup >= 1 else { throw usageError(locale, .usageWarmup) }
        guard tolerance.isFinite, tolerance >= Optimize.smallestTolerance, tolerance < 1 else {
            throw usageError(locale, .usageToleranceFloor)
        }
        if let noise, !(noise.isFinite && noise >= 0) { throw usageError(locale, .usageNonNegative, ["option": "--noise"]) }
        if let noiseModel, !["lognormal", "gaussian"].contains(noiseModel) { throw usageError(locale, .usageOneOf, ["option": "--noise-model", "values": "lognormal, gaussian"]) }
        guard LearnerKind(rawValue: learner) != nil else { throw usageError(locale, .usageOneOf, ["option": "--learner", "values": "saturation, elasticity, attributed, threshold"]) }
        if let maxChange, !(maxChange.isFinite && maxChange >= 0) { throw usageError(locale, .usageNonNegative, ["option": "--max-change"]) }
        guard trustValue != nil else { throw usageError(locale, .usageTrust) }
        if let planRisk, Risk(argument: planRisk) == nil {
            throw usageError(locale, .usageOneOf, ["option": "--plan-risk", "values": "mean, cvar:α, chance:p"])
        }
        guard (2...5000).contains(planDraws) else { throw usageError(locale, .usageOneOf, ["option": "--plan-draws", "values": "2…5000"]) }
        guard MediaMixSettings.ConcaveChannels(rawValue: mediaMixConcave) != nil else {
            throw usageError(locale, .usageOneOf, ["option": "--media-mix-concave", "values": "optimizer, own"])
        }
        guard MediaMixSettings.TrustAnchor(rawValue: mediaMixTrust) != nil else {
            throw usageError(locale, .usageOneOf, ["option": "--media-mix-trust", "values": "last, seen"])
        }
        guard MediaMixSettings.ProbeStep(rawValue: mediaMixProbe) != nil else {
            throw usageError(locale, .usageOneOf, ["option": "--media-mix-probe", "values": "trust, rules"])
        }
        _ = try driftRates(language)
        _ = try seasonalityValues(language)
    }

    /// Builds the world, runs every replicate with a progress bar, and returns the result.
    func simulate(label: String) throws -> SimulationResult {
        let world = try makeWorld()
        var options = SimulationOptions(
            seeds: seeds, seed: seed, warmup: warmup, learner: LearnerKind(rawValue: learner) ?? .saturation, tolerance: tolerance,
            trust: trustValue ?? 0.3)
        options.planRisk = planRisk.flatMap(Risk.init(argument:))
        options.planDraws = planDraws
        options.mediaMix.concaveChannels = MediaMixSettings.ConcaveChannels(rawValue: mediaMixConcave) ?? options.mediaMix.concaveChannels
        options.mediaMix.trustAnchor = MediaMixSettings.TrustAnchor(rawValue: mediaMixTrust) ?? options.mediaMix.trustAnchor
        options.mediaMix.probeStep = MediaMixSettings.ProbeStep(rawValue: mediaMixProbe) ?? options.mediaMix.probeStep
        if let strategies {
            options.strategies = try StrategyKind.parseList(strategies)
        } else {
            options.strategies = SimulationOptions.defaultStrategies(for: world)
        }
        let bar = ProgressBar(label: label)
        return try Simulator(world: world, options: options).run { bar.update($0, of: $1) }
    }

    private func makeWorld() throws -> World {
        if let world {
            let file = try WorldFile.load(path: world)
            let dynamics = try dynamics(from: file.dynamics)
            return try World(scenario: file.scenario, dynamics: dynamics, months: months ?? file.months ?? 12)
        }
        let dataset = try columns.load(path: history)
        let ruleScenario = try rules.map { try Scenario.load(path: $0) }
        var options = HistoryWorldOptions(
            months: months, dynamics: try dynamics(from: WorldDynamics()), rules: ruleScenario, maxChange: maxChange)
        options.fit.progress = ProgressBar.fitHandler(label: "fit of the history")
        let name = URL(fileURLWithPath: history ?? columns.dataset ?? "history").lastPathComponent
        return try World.fitted(to: dataset, name: "History \(name)", options: options).world
    }

    private func dynamics(from base: WorldDynamics) throws -> WorldDynamics {
        var dynamics = base
        if let rates = try driftRates() { dynamics.drift = rates }
        if let values = try seasonalityValues() { dynamics.seasonality = values }
        let sigma = noise ?? base.noise.sigma
        let model = noiseModel ?? { if case .gaussian = base.noise { return "gaussian" } else { return "lognormal" } }()
        dynamics.noise = model == "gaussian" ? .gaussian(sigma: sigma) : .logNormal(sigma: sigma)
        return dynamics
    }

    private func driftRates(_ language: Language = OutputLocale.current.language) throws -> [String: Double]? {
        guard let drift else { return nil }
        var rates: [String: Double] = [:]
        for item in drift.split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, let rate = Double(parts[1]), rate.isFinite, rate > -1 else {
                throw ValidationError(tr(.usageDrift, ["item": String(item)], in: language))
            }
            rates[parts[0]] = rate
        }
        return rates
    }

    private func seasonalityValues(_ language: Language = OutputLocale.current.language) throws -> [Double]? {
        guard let seasonality else { return nil }
        let values = seasonality.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ $0.map { $0.isFinite && $0 > 0 } ?? false }) else {
            throw ValidationError(tr(.usageSeasonality, in: language))
        }
        return values.compactMap { $0 }
    }
}
