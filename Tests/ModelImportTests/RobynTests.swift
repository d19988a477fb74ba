import BudgetModel
import Testing
import TestSupport
@testable import ModelImport

/// Expected numbers from a one-off Python script that evaluates Robyn's own formulas
/// (transformation.R: adstock_geometric, adstock_weibull with type "cdf", saturation_hill's
/// inflexion = (1 − γ)·min + γ·max over the window) on Scenarios/import/robyn-data.csv, and the
/// monthly outcome as p weeks of Robyn's weekly response at the steady-state adstock, p = 365.25/84.
@Suite("Robyn robyn_write JSON")
struct RobynTests {
    @Test("geometric adstock: hill(p·coef, p·inflexion·(1 − θ), α), current = mean weekly spend × p")
    func geometric() throws {
        let model = try RobynImport.load(json: Example.path("robyn-model.json"), data: Example.path("robyn-data.csv"))
        #expect(model.channels.map(\.name) == ["tv_S", "search_S"])
        // tv: adstocked window min 1,250, max 4,156.25, γ 0.3 → inflexion 2,121.875; A = 2.
        guard case let .hill(beta, k, s) = model.channels[0].curve else { Issue.record("not hill"); return }
        #expect(isClose(beta, 217410.7142857143))
        #expect(isClose(k, 4613.18359375))
        #expect(s == 2)
        #expect(isClose(model.channels[0].current, 7247.02380952381))
        #expect(isClose(model.channels[0].curve.outcome(5000), 117439.41353910463, relative: 1e-12))
        #expect(isClose(model.channels[0].curve.outcome(20000), 206427.9902607412, relative: 1e-12))
        // search: θ 0.2, γ 0.6, α 0.8, coef 20,000 → inflexion 628.6912.
        #expect(isClose(model.channels[1].curve.outcome(5000), 57362.28408922489, relative: 1e-12))
        #expect(isClose(model.channels[1].curve.outcome(20000), 74313.57802027321, relative: 1e-12))
        #expect(isClose(model.channels[1].current, 2463.988095238095))
    }

    @Test("Weibull CDF adstock: lag weights Π(1 − F(l)), scale round(1 + scale·(n − 1)), steady state Σ weights")
    func weibull() throws {
        let model = try RobynImport.load(json: Example.path("robyn-model-weibull.json"), data: Example.path("robyn-data.csv"))
        #expect(isClose(model.channels[0].curve.outcome(5000), 102668.1921151843, relative: 1e-12))
        #expect(isClose(model.channels[0].curve.outcome(20000), 203216.0080045627, relative: 1e-12))
        #expect(isClose(model.channels[1].curve.outcome(5000), 56902.606606273854, relative: 1e-12))
        #expect(isClose(model.channels[1].curve.outcome(20000), 74057.90421800004, relative: 1e-12))
        // The weights themselves (λ = 3 for tv).
        let weights = RobynAdstock.weibullCDF(shape: 1.5, scale: 0.3).weights(length: 8)
        for (got, want) in zip(weights, [1, 0.8249354899292867, 0.47865215101393677, 0.1760862858305159]) {
            #expect(isClose(got, want, relative: 1e-12))
        }
    }

    @Test("Weibull PDF weights: density at lags 1…n min-max normalised; λ = round(1 + 0.5·7) = 4 (half to even)")
    func weibullPDF() {
        // From the one-off Python evaluation of dweibull(1:8, 2, 4) normalised as Robyn's .normalize.
        let expected = [0.5073432931918268, 0.9029020734943349, 1.0, 0.847819839960772, 0.5768609850234215, 0.3108926112435785, 0.11573236608201752, 0.0]
        let adstock = RobynAdstock.weibullPDF(shape: 2, scale: 0.5)
        for (got, want) in zip(adstock.weights(length: 8), expected) { #expect(isClose(got, want, relative: 1e-12, absolute: 1e-15)) }
        #expect(isClose(adstock.steadyState(length: 8), 4.261551168995951, relative: 1e-12))
    }

    @Test("geometric adstock is Robyn's recursion a_t = x_t + θ a_{t−1}")
    func recursion() {
        #expect(RobynAdstock.geometric(theta: 0.5).apply([1000, 2000, 0, 3000]) == [1000, 2500, 1250, 3625])
    }

    @Test("errors name the JSON field or the CSV row")
    func errors() throws {
        let json = try String(contentsOfFile: Example.path("robyn-model.json"), encoding: .utf8)
        let noAlpha = try Example.temporary(json.replacingOccurrences(of: "\"tv_S_alphas\"", with: "\"tv_S_alphaz\""), name: "m.json")
        #expect(throws: ImportError.self) { try RobynImport.load(json: noAlpha, data: Example.path("robyn-data.csv")) }
        do { _ = try RobynImport.load(json: noAlpha, data: Example.path("robyn-data.csv")) } catch {
            #expect(error.description.contains("ExportedModel.hyper_values.tv_S_alphas: missing"))
        }
        let data = try String(contentsOfFile: Example.path("robyn-data.csv"), encoding: .utf8)
        let badDate = try Example.temporary(data.replacingOccurrences(of: "2024-01-22", with: "22/01/2024"), name: "d.csv")
        do {
            _ = try RobynImport.load(json: Example.path("robyn-model.json"), data: badDate)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("row 5: column 'DATE': '22/01/2024' is not a date"))
        }
        let badTheta = try Example.temporary(json.replacingOccurrences(of: "\"tv_S_thetas\": [\n        0.5", with: "\"tv_S_thetas\": [\n        1.2"), name: "t.json")
        do {
            _ = try RobynImport.load(json: badTheta, data: Example.path("robyn-data.csv"))
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("tv_S_thetas = 1.2"))
        }
    }
}
