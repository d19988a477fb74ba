import BudgetModel
import Foundation
import Yams
import Localization

/// A world file: a scenario (the truth: its curves, budget, rules and `current` spends as the
/// starting plan) with an optional top-level `world:` section for how it changes over time.
///
/// ```yaml
/// world:
///   months: 24                 # default months to simulate (--months overrides)
///   noise: 0.1                 # σ of the reported outcomes' noise (default 0.1)
///   noise_model: lognormal     # lognormal (default) or gaussian; see NoiseModel
///   seasonality: [1.1, 0.9, …] # effectiveness multipliers by simulated month, repeating
///   drift: { tv: -0.03 }       # monthly relative change of a channel's effectiveness
///   report_bias: { douyin: 0.3 }  # the channel reports 30% more outcome than it causes
/// ```
///
/// Everything else is the scenario format (docs/scenario-format.md) and is read by
/// ``Scenario/parse(yaml:file:)``, so its errors name the same paths and lines. Without a
/// `world:` section a world file is an ordinary scenario.
public struct WorldFile: Sendable {
    public var scenario: Scenario
    public var dynamics: WorldDynamics
    /// `world.months`, if given.
    public var months: Int?

    static let keys = ["months", "noise", "noise_model", "seasonality", "drift", "report_bias"]

    /// Reads a world file.
    ///
    /// - Throws: ``ScenarioError`` for the scenario part (exit 2 in the CLI) and
    ///   ``SimulationError/invalidWorld(_:)`` naming the file, line and key of a bad `world:` entry.
    public static func load(path: String) throws -> WorldFile {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw ScenarioError(file: path, path: "", message: "cannot read the file (\(fileReadProblem(path, error: error)))")
        }
        return try parse(yaml: text, file: path)
    }

    /// Parses a world file from YAML text (see ``load(path:)``).
    public static func parse(yaml: String, file: String = "<input>") throws -> WorldFile {
        guard let root = try? Yams.compose(yaml: yaml), case let .mapping(mapping) = root,
              let entry = mapping.first(where: { $0.key.string == "world" })
        else { return WorldFile(scenario: try Scenario.parse(yaml: yaml, file: file), dynamics: WorldDynamics(), months: nil) }
        let scenarioText = try withoutWorld(yaml, mapping: mapping, key: entry.key, file: file)
        let scenario = try Scenario.parse(yaml: scenarioText, file: file)
        let reader = SectionReader(file: file)
        let (dynamics, months) = try reader.read(entry.value)
        return WorldFile(scenario: scenario, dynamics: dynamics, months: months)
    }

    /// The text with the `world:` entry removed. In block style its lines become empty, so
    /// the scenario's error messages keep their line numbers; a JSON document is written again
    /// without it (its line numbers are lost).
    static func withoutWorld(_ yaml: String, mapping: Node.Mapping, key: Node, file: String) throws -> String {
        let flow = yaml.drop { $0.isWhitespace || $0.isNewline }.first == "{"
        guard !flow, let start = key.mark?.line else {
            guard var object = (try? JSONSerialization.jsonObject(with: Data(yaml.utf8))) as? [String: Any] else {
                throw SimulationError.invalidWorld(tr(.simWorldFlow, ["file": file]))
            }
            object["world"] = nil
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
        let later = mapping.compactMap { $0.key.mark?.line }.filter { $0 > start }.min()
        var lines = yaml.components(separatedBy: "\n")
        let end = min(later.map { $0 - 1 } ?? lines.count, lines.count)
        for index in (start - 1)..<end { lines[index] = "" }
        return lines.joined(separator: "\n")
    }
}

/// Reads the `world:` section, with errors that name the file, line and key.
private struct SectionReader {
    let file: String

    func fail(_ node: Node, _ key: String, _ message: String) -> SimulationError {
        let line = node.mark.map { ":\($0.line)" } ?? ""
        return .invalidWorld("\(file)\(line): world.\(key): \(message)")
    }

    func read(_ node: Node) throws(SimulationError) -> (WorldDynamics, Int?) {
        guard case let .mapping(mapping) = node else { throw fail(node, "", tr(.simWorldMapping, ["keys": WorldFile.keys.joined(separator: ", ")])) }
        var dynamics = WorldDynamics()
        var months: Int?
        var sigma = 0.1
        var model = "lognormal"
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "months":
                guard let number = value.int, number >= 1 else { throw fail(value, key, tr(.simWorldMonths)) }
                months = number
            case "noise":
                guard let number = value.float, number.isFinite, number >= 0 else { throw fail(value, key, tr(.simWorldNonNegative)) }
                sigma = number
            case "noise_model":
                guard let name = value.string, ["lognormal", "gaussian"].contains(name) else {
                    throw fail(value, key, tr(.simWorldNoiseModel))
                }
                model = name
            case "seasonality":
                guard case let .sequence(items) = value else { throw fail(value, key, tr(.simWorldPositiveList)) }
                dynamics.seasonality = try items.map { item throws(SimulationError) in
                    guard let number = item.float, number.isFinite, number > 0 else { throw fail(item, key, tr(.simWorldPositive)) }
                    return number
                }
                guard !dynamics.seasonality.isEmpty else { throw fail(value, key, tr(.simWorldOneMultiplier)) }
            case "drift", "report_bias":
                // Both map channel names to a relative change above −1.
                guard case let .mapping(entries) = value else { throw fail(value, key, tr(.simWorldDriftMap)) }
                for (channel, rate) in entries {
                    let name = channel.string ?? ""
                    guard let number = rate.float, number.isFinite, number > -1 else {
                        throw fail(rate, "\(key).\(name)", tr(key == "drift" ? .simWorldDriftRate : .simWorldReportBias))
                    }
                    if key == "drift" { dynamics.drift[name] = number } else { dynamics.reportBias[name] = number }
                }
            default:
                throw fail(keyNode, key, tr(.simWorldUnknownKey, ["keys": WorldFile.keys.joined(separator: ", ")]))
            }
        }
        dynamics.noise = model == "gaussian" ? .gaussian(sigma: sigma) : .logNormal(sigma: sigma)
        return (dynamics, months)
    }
}
