import Fitting
import Foundation
import Testing
@testable import Simulation

/// ``TotalCalibration`` when the reports together claim more than the total: the baseline (the
/// outcome without media) cannot be negative, so it is held at zero and the calibration starts
/// from the first month.
@Suite struct ZeroBaselineTests {
    /// One month, reports R = (3, 1), total T = 3 (the reports claim 1 more than the total).
    /// With a zero baseline the model is T = cᵀR + e, e ~ N(0, σ²), c ~ N(1, τ²I), τ = 0.3, and
    /// σ² = (T − ΣR)² = 1 (the residual of c = 1; no degree of freedom is left to re-estimate
    /// it). By the Sherman–Morrison form of the posterior (not the normal equations the code
    /// solves): c = 1 + τ²R(T − ΣR)/(σ² + τ²RᵀR) = 1 − 0.09·R/1.9, i.e. 0.857895 and 0.952632;
    /// Var c_i = τ² − τ⁴R_i²/(σ² + τ²RᵀR): 0.051632 and 0.085737.
    @Test func oneOverClaimedMonthMovesTheLargerReportMore() {
        let fit = TotalCalibration.fit(reports: [[3, 1]], totals: [3])
        #expect(abs(fit.factor[0] - (1 - 0.27 / 1.9)) < 1e-9)
        #expect(abs(fit.factor[1] - (1 - 0.09 / 1.9)) < 1e-9)
        #expect(abs(fit.spread[0] - (0.09 - 0.0081 * 9 / 1.9).squareRoot()) < 1e-9)
        #expect(abs(fit.spread[1] - (0.09 - 0.0081 / 1.9).squareRoot()) < 1e-9)
        // A total above the reports' sum says nothing yet (a baseline may explain it).
        let under = TotalCalibration.fit(reports: [[3, 1]], totals: [5])
        #expect(under.factor == [1, 1] && under.spread == [0.3, 0.3])
    }

    /// Known truth: a world without baseline whose first channel reports 30% more than it
    /// causes (the total is exactly the sum of the true outcomes). With the baseline held at
    /// zero there are n = 3 unknowns, so n + 1 = 4 months leave a degree of freedom and pin
    /// c = (1/1.3, 1, 1) down; the fit with a baseline and its trend needed n + 3 = 6.
    @Test func anOverClaimingChannelIsSeenFromTheFourthMonth() {
        var random = SplitMix64(seed: 5)
        var reports: [[Double]] = []
        var totals: [Double] = []
        for _ in 0..<8 {
            let truth = (0..<3).map { _ in 100_000 * exp(0.1 * random.nextGaussian()) }
            reports.append([truth[0] * 1.3, truth[1], truth[2]])
            totals.append(truth.reduce(0, +))
        }
        for months in [4, 8] {
            let fit = TotalCalibration.fit(reports: Array(reports.prefix(months)), totals: Array(totals.prefix(months)))
            #expect(abs(fit.factor[0] - 1 / 1.3) < 1e-4 && abs(fit.factor[1] - 1) < 1e-4 && abs(fit.factor[2] - 1) < 1e-4)
            #expect(fit.spread.allSatisfy { $0 < 1e-3 })
        }
        // Three months, as many as the unknowns: the residuals are zero whatever c is, so the
        // fit keeps the c = 1 residuals' σ² and does not claim to know c.
        let three = TotalCalibration.fit(reports: Array(reports.prefix(3)), totals: Array(totals.prefix(3)))
        #expect(three.spread.allSatisfy { $0 > 0.05 })
        #expect(three.factor[0] < 1)
    }
}
