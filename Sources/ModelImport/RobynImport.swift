import BudgetModel
import Foundation
import Localization

/// Robyn's exported model (`robyn_write()`, the `RobynModel-<id>.json` file) with the input data
/// it was fitted on, turned into monthly hill curves.
///
/// Robyn models a channel's outcome in period t as `coef · hill(a_t)` with `a_t` the adstocked
/// spend and `hill(a) = a^α / (a^α + I^α)`, where the inflexion `I = (1 − γ)·min a + γ·max a`
/// over the modelling window (`saturation_hill` in Robyn's transformation.R): γ is a position in
/// the range of the adstocked spend, so the JSON alone does not fix the curve, the data does.
///
/// At a spend `s` held every period the adstock reaches its steady state `a = A·s` (A = 1/(1−θ)
/// for geometric adstock, Σ of the Weibull lag weights otherwise), so one period's outcome is
/// `coef · (A s)^α / ((A s)^α + I^α)` = hill(β = coef, K = I/A, α). A month is `p` periods of
/// spend `m/p`: monthly(m) = hill(β = p·coef, K = p·I/A, shape α), p periods per month.
/// `current` is the channel's mean spend per period over the window × p (what Robyn's allocator
/// takes as initial spend by default).
public enum RobynImport {
    /// Reads the model JSON and the data CSV.
    ///
    /// - Parameters:
    ///   - json: The `robyn_write()` file, with `InputCollect` and `ExportedModel`.
    ///   - data: The input data (`dt_input`) as CSV: the date column (`date_var`) and every spend
    ///     column (`paid_media_spends`); rows in any order.
    /// - Throws: ``ImportError`` naming the JSON field or the CSV row and column.
    public static func load(json: String, data: String) throws(ImportError) -> ImportedModel {
        let root = try JSONField.read(path: json)
        let input = try root.required("InputCollect")
        let exported = try root.required("ExportedModel")
        let channels = try input.required("paid_media_spends").strings()
        let dateColumn = try input.required("date_var").string()
        let period = try period(input.required("intervalType"))
        let window = (try input.required("window_start").string(), try input.required("window_end").string())
        let adstockKind = try input.required("adstock").string()
        let hyper = try exported.required("hyper_values")
        let coefficients = try coefficients(exported.required("summary"))
        let model = try exported.optional("select_model")?.string() ?? "?"
        let (spends, inWindow) = try series(data: data, dateColumn: dateColumn, channels: channels, window: window)

        var result: [ImportedModel.Channel] = []
        for channel in channels {
            func value(_ suffix: String) throws(ImportError) -> Double {
                guard let field = try hyper.optional("\(channel)_\(suffix)") else {
                    throw ImportError(file: json, field: "ExportedModel.hyper_values.\(channel)_\(suffix)", message: tr(.impRobynHyper))
                }
                return try field.number()
            }
            let adstock: RobynAdstock
            switch adstockKind {
            case "geometric":
                let theta = try value("thetas")
                guard (0..<1).contains(theta) else { throw hyper.error(tr(.impTheta, ["channel": channel, "value": "\(theta)"])) }
                adstock = .geometric(theta: theta)
            case "weibull_cdf": adstock = .weibullCDF(shape: try value("shapes"), scale: try value("scales"))
            case "weibull_pdf": adstock = .weibullPDF(shape: try value("shapes"), scale: try value("scales"))
            default:
                throw ImportError(file: json, field: "InputCollect.adstock", message: tr(.impNotOneOf, ["value": "\(adstockKind)", "values": "geometric, weibull_cdf, weibull_pdf"]))
            }
            let alpha = try value("alphas")
            let gamma = try value("gammas")
            guard alpha > 0 else { throw hyper.error(tr(.impAlpha, ["channel": channel, "value": "\(alpha)"])) }
            guard (0...1).contains(gamma) else { throw hyper.error(tr(.impGamma, ["channel": channel, "value": "\(gamma)"])) }
            guard let coefficient = coefficients[channel] else {
                throw ImportError(file: json, field: "ExportedModel.summary", message: tr(.impNoVariable, ["channel": channel]))
            }
            let x = spends[channel]!
            let adstocked = adstock.apply(x)
            let windowed = inWindow.map { adstocked[$0] }
            let inflexion = (1 - gamma) * windowed.min()! + gamma * windowed.max()!
            let meanSpend = inWindow.reduce(0) { $0 + x[$1] } / Double(inWindow.count)
            let steady = adstock.steadyState(length: x.count)
            let p = period.perMonth
            let curve: Curve
            if coefficient == 0 {
                curve = .linear(roi: 0)
            } else {
                guard coefficient > 0 else { throw ImportError(file: json, field: "ExportedModel.summary", message: tr(.impNegativeCoefficient, ["channel": channel, "value": "\(coefficient)"])) }
                guard inflexion > 0 else {
                    throw ImportError(file: data, field: channel, message: tr(.impZeroAdstock, ["start": "\(window.0)", "end": "\(window.1)"]))
                }
                curve = .hill(beta: p * coefficient, halfSaturation: p * inflexion / steady, shape: alpha)
            }
            result.append(ImportedModel.Channel(name: channel, curve: curve, current: meanSpend * p))
        }
        let notes = [
            ImportNote(.noteRobynSource, [
                "model": model, "file": json, "data": data, "start": window.0, "end": window.1,
                "periods": "\(inWindow.count)", "period": period.rawValue, "adstock": adstockKind,
            ]),
            ImportNote(.noteRobynHill, ["period": period.rawValue]),
            ImportNote(.noteRobynSteady, ["period": period.rawValue, "factor": "\(period.perMonth)"]),
            ImportNote(.noteRobynCurrent, ["period": period.rawValue]),
        ]
        return ImportedModel(source: "Robyn model \(model)", channels: result, notes: notes)
    }

    static func period(_ field: JSONField) throws(ImportError) -> Period {
        switch try field.string() {
        case "day": return .day
        case "week": return .week
        case "month": return .month
        case let other: throw field.error(tr(.impNotOneOf, ["value": "\(other)", "values": "day, week, month"]))
        }
    }

    /// `variable → coef` from `ExportedModel.summary` (a data frame written row by row).
    static func coefficients(_ summary: JSONField) throws(ImportError) -> [String: Double] {
        var result: [String: Double] = [:]
        for row in summary.array() {
            guard let variable = try row.optional("variable"), let coef = try row.optional("coef") else { continue }
            result[try variable.string()] = try coef.number()
        }
        return result
    }

    /// The spend series of each channel in date order, and the indices of the window's rows.
    static func series(data: String, dateColumn: String, channels: [String], window: (String, String)) throws(ImportError) -> ([String: [Double]], [Int]) {
        let table = try CSVTable.read(path: data)
        let date = try table.requiredColumn(dateColumn)
        var columns: [String: Int] = [:]
        for channel in channels { columns[channel] = try table.requiredColumn(channel) }
        for row in table.rows where !isISODate(row.fields[date]) {
            throw ImportError(file: data, row: row.number, field: dateColumn, message: tr(.impNotDate, ["value": row.fields[date]]))
        }
        let rows = table.rows.sorted { $0.fields[date] < $1.fields[date] }
        var spends: [String: [Double]] = [:]
        for channel in channels {
            var values: [Double] = []
            for row in rows {
                let value = try table.number(row, columns[channel]!)
                guard value >= 0 else { throw ImportError(file: data, row: row.number, field: channel, message: tr(.impNegativeSpend, ["value": "\(value)"])) }
                values.append(value)
            }
            spends[channel] = values
        }
        let inWindow = rows.indices.filter { rows[$0].fields[date] >= window.0 && rows[$0].fields[date] <= window.1 }
        guard !inWindow.isEmpty else {
            throw ImportError(file: data, field: dateColumn, message: tr(.impNoWindowRow, ["start": "\(window.0)", "end": "\(window.1)"]))
        }
        return (spends, inWindow)
    }

    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }
}
