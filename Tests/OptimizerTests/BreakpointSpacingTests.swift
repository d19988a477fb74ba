import BudgetModel
import Testing
@testable import Optimizer

/// An LP's pins keep ``Linearization/minimumPinWidth`` (relative to max(1, |x|)) from the
/// point they pin, or GLPK's simplex can loop on segments shorter than its own tolerance;
/// the slopes on either side still bracket the derivative within 10⁻⁵.
@Suite struct BreakpointSpacingTests {
    @Test(arguments: [0.5, 1.3, 2_500.0])
    func pinsKeepTheirDistance(at x: Double) throws {
        let curve = Curve.hill(beta: 10, halfSaturation: 1, shape: 0.7)
        var line = Linearization(curve: curve, domain: 0...(4 * x), segments: 16)
        line.pin(at: x, width: 1e-9 * x)
        let at = try #require(line.breakpoints.firstIndex { abs($0 - x) <= 1e-12 * x })
        let least = Linearization.minimumPinWidth * max(1, x) * (1 - 1e-9)
        #expect(x - line.breakpoints[at - 1] >= least)
        #expect(line.breakpoints[at + 1] - x >= least)
        let chords = line.lower.slopes
        for slope in [chords[at - 1], chords[at]] {
            #expect(abs(slope - curve.marginal(x)) <= 1e-5 * curve.marginal(x))
        }
        // A MILP's pin keeps the width it is given.
        var milp = Linearization(curve: curve, domain: 0...(4 * x), segments: 16)
        milp.pin(at: x, width: 1e-9 * x, apart: false)
        #expect(milp.breakpoints.contains { abs($0 - (x + 1e-9 * x)) <= 1e-15 * x })
    }
}
