import Localization

extension Scenario {
    /// Parameters each curve type takes (besides `type`).
    static let curveParameters: [String: [String]] = [
        "hill": ["beta", "half_saturation", "shape"],
        "exponential": ["beta", "scale"],
        "log": ["beta", "scale"],
        "power": ["beta", "exponent"],
        "linear": ["roi"],
        "points": ["points"],
    ]

    /// Reads a `curve:` mapping, checking each parameter's domain.
    static func decodeCurve(_ field: YAMLField) throws(ScenarioError) -> Curve {
        guard case .mapping = field.node else { throw field.error(tr(.errCurveMapping)) }
        guard let typeField = try field.namedEntries().first(where: { $0.name == "type" })?.field else {
            throw field.error(tr(.errCurveType))
        }
        let type = try typeField.string()
        guard let parameters = curveParameters[type] else {
            throw typeField.error(tr(.errUnknownCurve, ["type": type]))
        }
        let keys = try field.mapping(allowed: ["type"] + parameters)
        func positive(_ key: String) throws(ScenarioError) -> Double {
            try keys.required(key, in: field) { f throws(ScenarioError) in try f.positive() }
        }
        switch type {
        case "hill":
            return .hill(beta: try positive("beta"), halfSaturation: try positive("half_saturation"), shape: try positive("shape"))
        case "exponential":
            return .exponential(beta: try positive("beta"), scale: try positive("scale"))
        case "log":
            return .log(beta: try positive("beta"), scale: try positive("scale"))
        case "power":
            let exponent = try positive("exponent")
            guard exponent <= 1 else { throw keys["exponent"]!.error(tr(.errExponentRange, ["value": "\(exponent)"])) }
            return .power(beta: try positive("beta"), exponent: exponent)
        case "linear":
            return .linear(roi: try keys.required("roi", in: field) { f throws(ScenarioError) in try f.nonNegative() })
        default:
            return .points(try decodePoints(try keys.required("points", in: field) { f throws(ScenarioError) in f }))
        }
    }

    private static func decodePoints(_ field: YAMLField) throws(ScenarioError) -> [CurvePoint] {
        let items = try field.sequence()
        guard items.count >= 2 else { throw field.error(tr(.errTwoPoints)) }
        var points: [CurvePoint] = []
        for item in items {
            let pair = try item.sequence()
            guard pair.count == 2 else { throw item.error(tr(.errPointPair)) }
            let point = CurvePoint(x: try pair[0].nonNegative(), y: try pair[1].nonNegative())
            if let previous = points.last, point.x <= previous.x {
                throw item.error(tr(.errPointsIncrease, ["x": "\(point.x)", "previous": "\(previous.x)"]))
            }
            points.append(point)
        }
        guard points[0].x == 0, points[0].y == 0 else { throw items[0].error(tr(.errFirstPoint)) }
        return points
    }
}
