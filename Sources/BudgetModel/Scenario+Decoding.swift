import Foundation
import Localization
import Yams

extension Scenario {
    /// Top-level keys of a scenario file.
    static let topLevelKeys = ["name", "currency", "budget", "objective", "channels", "constraints", "horizon"]
    static let objectiveKeys = ["maximize", "minimize", "value_per_outcome", "min_roi", "target_outcome", "risk"]
    static let channelKeys = [
        "name", "group", "groups", "current", "min", "max", "min_buy", "buy_unit", "locked", "max_change", "curve", "label",
        "draws", "seen",
    ]

    /// Reads and validates a scenario file (YAML, or JSON, which is YAML).
    ///
    /// - Throws: ``ScenarioError`` naming the file, the field path and the line.
    public static func load(path: String) throws(ScenarioError) -> Scenario {
        try load(path: path, curves: .required)
    }

    /// Reads the file's document, letting go of the text before decoding (a 100,000-channel
    /// file is 14–20 MB of it), then decodes and validates it.
    private static func load(path: String, curves: CurvePolicy) throws(ScenarioError) -> Scenario {
        let root = try { () throws(ScenarioError) -> DocumentNode in
            let text: String
            do {
                text = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw ScenarioError(file: path, path: "", message: tr(.errCannotRead, ["reason": fileReadProblem(path, error: error)]))
            }
            return try document(text, file: path)
        }()
        return try decodeAndValidate(root, file: path, curves: curves)
    }

    /// Parses and validates a scenario from YAML text.
    ///
    /// - Parameters:
    ///   - yaml: The document.
    ///   - file: The name used in error messages.
    public static func parse(yaml: String, file: String = "<input>") throws(ScenarioError) -> Scenario {
        try parse(yaml: yaml, file: file, curves: .required)
    }

    /// Whether channels must give a `curve`.
    public enum CurvePolicy: Sendable {
        /// A scenario: every channel has its response curve.
        case required
        /// A rules file (for `recommend`): curves come from fitted data; a channel without one
        /// gets a placeholder `linear` curve with ROI 0 to be replaced.
        case optional
    }

    /// Reads and validates a rules file: a scenario whose channels need no curves.
    public static func loadRules(path: String) throws(ScenarioError) -> Scenario {
        try load(path: path, curves: .optional)
    }

    /// Parses and validates a scenario or rules file from YAML text.
    public static func parse(yaml: String, file: String, curves: CurvePolicy) throws(ScenarioError) -> Scenario {
        try parse(yaml: yaml, file: file, curves: curves, fastReaders: true)
    }

    /// As ``parse(yaml:file:curves:)``; `fastReaders: false` reads every text with Yams (tests
    /// check that both give the same scenario or the same error).
    static func parse(yaml: String, file: String, curves: CurvePolicy, fastReaders: Bool) throws(ScenarioError) -> Scenario {
        try decodeAndValidate(try document(yaml, file: file, fastReaders: fastReaders), file: file, curves: curves)
    }

    private static func decodeAndValidate(_ root: DocumentNode, file: String, curves: CurvePolicy) throws(ScenarioError) -> Scenario {
        let document = YAMLField(node: root, file: file)
        let scenario = try decode(document, curves: curves)
        try scenario.validate(file: file, document: document, requireLimits: curves == .required && scenario.horizon?.budget == nil)
        return scenario
    }

    /// The parsed document: by ``JSONReader`` or ``YAMLSubsetReader`` when the text is within
    /// what they read (much faster and lighter on large files), else by Yams.
    static func document(_ text: String, file: String, fastReaders: Bool = true) throws(ScenarioError) -> DocumentNode {
        if fastReaders, let fast = JSONReader.read(text) ?? YAMLSubsetReader.read(text) { return fast }
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ScenarioError(file: file, path: "", message: tr(.errEmptyFile))
            }
            return DocumentNode(node)
        } catch let error as ScenarioError {
            throw error
        } catch let error as YamlError {
            throw ScenarioError(file: file, path: "", line: Self.line(of: error), message: tr(.errNotYAML, ["detail": Self.summary(error)]))
        } catch {
            throw ScenarioError(file: file, path: "", message: tr(.errNotYAML, ["detail": "\(error)"]))
        }
    }

    private static func decode(_ document: YAMLField, curves: CurvePolicy) throws(ScenarioError) -> Scenario {
        let keys = try document.mapping(allowed: topLevelKeys)
        let channelFields = try keys.required("channels", in: document) { f throws(ScenarioError) in try f.sequence() }
        guard !channelFields.isEmpty else { throw keys["channels"]!.error(tr(.errNeedsChannel)) }
        let channels = try channelFields.map { f throws(ScenarioError) in try decodeChannel(f, curves: curves) }
        var scenario = Scenario(
            name: try keys.optional("name") { f throws(ScenarioError) in try f.string() } ?? "Untitled scenario",
            currency: try keys.optional("currency") { f throws(ScenarioError) in try f.string() },
            budget: try keys.optional("budget", decodeBudget),
            objective: try keys.optional("objective", decodeObjective) ?? .maximizeOutcome(minROI: nil),
            channels: channels)
        scenario.risk = try decodeRisk(in: keys["objective"])
        if let constraints = keys["constraints"] {
            try decodeConstraints(constraints, into: &scenario)
        }
        scenario.horizon = try keys.optional("horizon") { f throws(ScenarioError) in try Horizon.decode(f, channels: channels, monthlyBudget: scenario.budget) }
        return scenario
    }

    private static func decodeBudget(_ field: YAMLField) throws(ScenarioError) -> Budget {
        let keys = try field.mapping(allowed: ["total", "max"])
        switch (keys["total"], keys["max"]) {
        case let (total?, nil): return .total(try total.positive())
        case let (nil, max?): return .atMost(try max.positive())
        case (nil, nil): throw field.error(tr(.errBudgetForm))
        case (_?, _?): throw field.error(tr(.errBudgetBoth))
        }
    }

    private static func decodeObjective(_ field: YAMLField) throws(ScenarioError) -> Objective {
        let keys = try field.mapping(allowed: objectiveKeys)
        let minROI = try keys.optional("min_roi") { f throws(ScenarioError) in try f.nonNegative() }
        let value = try keys.optional("value_per_outcome") { f throws(ScenarioError) in try f.positive() }
        let target = try keys.optional("target_outcome") { f throws(ScenarioError) in try f.positive() }
        switch (keys["maximize"], keys["minimize"]) {
        case (_?, _?):
            throw field.error(tr(.errObjectiveBoth))
        case let (nil, minimize?):
            guard try minimize.string() == "spend" else { throw minimize.error(tr(.errOnlySpendMinimised)) }
            guard let target else { throw field.error(tr(.errMinimizeNeedsTarget)) }
            if keys["min_roi"] != nil { throw keys["min_roi"]!.error(tr(.errMinROIWithMinimize)) }
            if keys["value_per_outcome"] != nil {
                throw keys["value_per_outcome"]!.error(tr(.errValueWithProfit))
            }
            return .minimizeSpend(targetOutcome: target)
        case let (maximize, nil):
            if let target = keys["target_outcome"] {
                throw target.error(tr(.errTargetWithMinimize))
            }
            switch try maximize?.string() ?? "outcome" {
            case "outcome":
                if let value = keys["value_per_outcome"] {
                    throw value.error(tr(.errValueWithProfit))
                }
                return .maximizeOutcome(minROI: minROI)
            case "profit":
                guard let value else { throw field.error(tr(.errProfitNeedsValue)) }
                return .maximizeProfit(valuePerOutcome: value, minROI: minROI)
            case let other:
                throw maximize!.error(tr(.errMaximizeKind, ["value": other]))
            }
        }
    }

    private static func decodeChannel(_ field: YAMLField, curves: CurvePolicy) throws(ScenarioError) -> Channel {
        let keys = try field.mapping(allowed: channelKeys)
        if keys["group"] != nil && keys["groups"] != nil { throw field.error(tr(.errGroupBoth)) }
        var groups: [String] = []
        if let group = keys["group"] { groups = [try group.string()] }
        if let list = keys["groups"] {
            groups = try list.sequence().map { f throws(ScenarioError) in try f.string() }
        }
        var channel = Channel(
            name: try keys.required("name", in: field) { f throws(ScenarioError) in try f.string() },
            groups: groups,
            current: try keys.optional("current") { f throws(ScenarioError) in try f.nonNegative() },
            min: try keys.optional("min") { f throws(ScenarioError) in try f.nonNegative() },
            max: try keys.optional("max") { f throws(ScenarioError) in try f.nonNegative() },
            minBuy: try keys.optional("min_buy") { f throws(ScenarioError) in try f.positive() },
            buyUnit: try keys.optional("buy_unit") { f throws(ScenarioError) in try f.positive() },
            locked: try keys.optional("locked") { f throws(ScenarioError) in try f.bool() } ?? false,
            maxChange: try keys.optional("max_change") { f throws(ScenarioError) in try f.nonNegative() },
            curve: curves == .optional
                ? try rulesFileCurve(keys["curve"]) : try keys.required("curve", in: field, decodeCurve),
            label: try keys.optional("label") { f throws(ScenarioError) in try f.string() },
            draws: try keys.optional("draws", decodeDraws) ?? [])
        channel.seen = try keys.optional("seen", decodeSeen)
        return channel
    }

    private static func decodeConstraints(_ field: YAMLField, into scenario: inout Scenario) throws(ScenarioError) {
        let keys = try field.mapping(allowed: ["groups", "max_change", "linear"])
        scenario.maxChange = try keys.optional("max_change") { f throws(ScenarioError) in try f.nonNegative() }
        if let groups = keys["groups"] {
            scenario.groupRules = try groups.namedEntries().map { entry throws(ScenarioError) in
                let rule = try entry.field.mapping(allowed: ["min_share", "max_share", "min", "max"])
                if rule.isEmpty { throw entry.field.error(tr(.errGroupRuleEmpty)) }
                return GroupRule(
                    group: entry.name,
                    minShare: try rule.optional("min_share") { f throws(ScenarioError) in try f.share() },
                    maxShare: try rule.optional("max_share") { f throws(ScenarioError) in try f.share() },
                    min: try rule.optional("min") { f throws(ScenarioError) in try f.nonNegative() },
                    max: try rule.optional("max") { f throws(ScenarioError) in try f.nonNegative() })
            }
        }
        if let linear = keys["linear"] {
            let index = scenario.channelIndices
            scenario.linearRules = try linear.sequence().map { f throws(ScenarioError) in
                try decodeLinearRule(f, index: index)
            }
        }
    }

    private static func decodeLinearRule(_ field: YAMLField, index: [String: Int]) throws(ScenarioError) -> LinearRule {
        let keys = try field.mapping(allowed: ["name", "terms", "min", "max", "equal"])
        let name = try keys.required("name", in: field) { f throws(ScenarioError) in try f.string() }
        let termsField = try keys.required("terms", in: field) { f throws(ScenarioError) in f }
        var terms: [(channel: Int, coefficient: Double)] = []
        for entry in try termsField.namedEntries() {
            guard let index = index[entry.name] else {
                throw entry.field.error(tr(.errUnknownChannel, ["name": entry.name]))
            }
            terms.append((index, try entry.field.number()))
        }
        guard !terms.isEmpty else { throw termsField.error(tr(.errNeedsChannel)) }
        let equal = try keys.optional("equal") { f throws(ScenarioError) in try f.number() }
        var min = try keys.optional("min") { f throws(ScenarioError) in try f.number() }
        var max = try keys.optional("max") { f throws(ScenarioError) in try f.number() }
        if let equal {
            guard min == nil, max == nil else { throw field.error(tr(.errEqualAndBounds)) }
            (min, max) = (equal, equal)
        }
        guard min != nil || max != nil else { throw field.error(tr(.errRuleNeedsBound)) }
        if let min, let max, min > max { throw field.error(tr(.errMinAboveMax, ["min": "\(min)", "max": "\(max)"])) }
        return LinearRule(name: name, terms: terms, min: min, max: max)
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return mark.line
        default:
            return nil
        }
    }

    private static func summary(_ error: YamlError) -> String {
        switch error {
        case let .scanner(context, problem, _, _), let .parser(context, problem, _, _),
            let .composer(context, problem, _, _):
            return [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        case let .duplicatedKeysInMapping(duplicates, _):
            return "duplicate keys: \(duplicates.joined(separator: ", "))"
        default:
            return "\(error)"
        }
    }
}
