import BudgetModel
import Localization

/// Builds a `points` curve from one channel's (spend, outcome) rows of a response table.
///
/// The rows may come in any order; they are sorted by spend. A point (0, 0) is added when no row
/// has spend 0. Every spend and outcome must be ≥ 0, spends distinct, the outcome at spend 0
/// must be 0 (a response curve is the *incremental* outcome of the channel), and the outcome
/// must not decrease as spend grows. At least one row with spend > 0 is needed.
struct PointsCurve {
    struct Point {
        var spend: Double
        var outcome: Double
        /// Where the point came from, for messages: the CSV row.
        var row: Int
    }

    /// - Parameters:
    ///   - points: The rows.
    ///   - file: For messages.
    ///   - what: The curve, for messages: "channel 'tv'" or "channel 'tv', draw 3".
    /// - Throws: ``ImportError`` naming the offending row.
    static func curve(_ points: [Point], file: String, what: String, spendColumn: String, outcomeColumn: String) throws(ImportError) -> Curve {
        let sorted = points.sorted { $0.spend < $1.spend }
        for point in sorted {
            if point.spend < 0 { throw ImportError(file: file, row: point.row, field: spendColumn, message: tr(.impNegativeSpendOf, ["spend": "\(point.spend)", "what": what])) }
            if point.outcome < 0 { throw ImportError(file: file, row: point.row, field: outcomeColumn, message: tr(.impNegativeOutcome, ["outcome": "\(point.outcome)", "what": what])) }
        }
        var curve: [CurvePoint] = []
        if sorted.first?.spend != 0 { curve.append(CurvePoint(x: 0, y: 0)) }
        for (index, point) in sorted.enumerated() {
            if point.spend == 0, point.outcome != 0 {
                throw ImportError(file: file, row: point.row, field: outcomeColumn, message: tr(.impOutcomeAtZero, ["outcome": "\(point.outcome)", "what": what]))
            }
            if index > 0 {
                let previous = sorted[index - 1]
                if point.spend == previous.spend {
                    throw ImportError(file: file, row: point.row, field: spendColumn, message: tr(.impSpendTwice, ["spend": "\(point.spend)", "what": what, "row": "\(previous.row)"]))
                }
                if point.outcome < previous.outcome {
                    throw ImportError(file: file, row: point.row, field: outcomeColumn, message: tr(.impOutcomeFalls, ["from": "\(previous.outcome)", "row": "\(previous.row)", "to": "\(point.outcome)", "what": what]))
                }
            }
            curve.append(CurvePoint(x: point.spend, y: point.outcome))
        }
        guard curve.count >= 2 else {
            throw ImportError(file: file, message: tr(.impNoPositivePoint, ["what": what]))
        }
        return .points(curve)
    }

    /// Scales both axes: per-period spend and outcome → per-month (`factor` = periods per month),
    /// or a whole window → per month (`factor` = 1 / months in the window).
    static func scaled(_ curve: Curve, by factor: Double) -> Curve {
        guard case let .points(points) = curve else { return curve }
        return .points(points.map { CurvePoint(x: $0.x * factor, y: $0.y * factor) })
    }
}

extension Curve {
    /// The points of a `points` curve (empty for other types).
    var pointList: [CurvePoint] {
        if case let .points(points) = self { return points }
        return []
    }
}
