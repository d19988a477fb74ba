import Testing

@testable import Fitting

/// Degenerate data is handled, not fatal: columns no training window can inform are dropped
/// with a note naming them; extreme cells stop the fit naming row and column unless allowed.
@Suite struct DegenerateDataTests {
    static let world = SyntheticMMM(channelCount: 2, periods: 104, noise: 0.05, seed: 21)
    static let fast = MMMOptions(bootstrapSamples: 0, maxEvaluations: 400)

    static func input(spend: [[Double]]? = nil, outcome: [Double]? = nil, controls: [(String, [Double])] = []) throws -> MMMInput {
        let spend = spend ?? world.channels.map(\.spend)
        return try MMMInput(
            channels: spend.indices.map { "channel\($0 + 1)" }, spend: spend, outcome: outcome ?? world.outcome,
            controlNames: controls.map(\.0), controls: controls.map(\.1))
    }

    /// An event that happens only in the hold-out weeks (the case), a constant column
    /// and a copy of another control (2·price + 1) are dropped, each with its own note; the
    /// kept control keeps its coefficient slot and the dropped ones get 0.
    @Test func uninformativeControlsAreDroppedWithANote() throws {
        let price = (0..<104).map { 10 + Double($0 % 4) }
        let event = (0..<104).map { $0 >= 100 ? 1.0 : 0 }
        let input = try Self.input(controls: [
            ("price", price), ("event", event), ("flat", Array(repeating: 3, count: 104)), ("copy", price.map { 2 * $0 + 1 }),
        ])
        let fit = try MMMFitter.fit(input, options: Self.fast)
        #expect(fit.notes.count == 3)
        #expect(fit.notes.contains { $0.contains("'event'") && $0.contains("all zero in the first 96 periods") })
        #expect(fit.notes.contains { $0.contains("'flat'") && $0.contains("same value") })
        #expect(fit.notes.contains { $0.contains("'copy'") && $0.contains("moves exactly with price") })
        #expect(fit.baseline.controls.count == 4)
        #expect(fit.baseline.controls[1...].allSatisfy { $0 == 0 })
        #expect(fit.channels.allSatisfy { $0.informed })
    }

    /// A channel that never spends before the hold-out, and one whose spend is a multiple of
    /// another's, are left out: zero response, not informed, a note; the others are fitted.
    @Test func uninformativeChannelsAreLeftOut() throws {
        let spend = Self.world.channels.map(\.spend)
        let late = (0..<104).map { $0 >= 100 ? 500.0 : 0 }
        let fit = try MMMFitter.fit(try Self.input(spend: spend + [late, spend[0].map { 2 * $0 }]), options: Self.fast)
        #expect(fit.channels.map(\.informed) == [true, true, false, false])
        #expect(fit.channels[2...].allSatisfy { $0.beta == 0 && $0.roi == 0 })
        #expect(fit.notes.contains { $0.contains("'channel3'") && $0.contains("all zero") })
        #expect(fit.notes.contains { $0.contains("'channel4'") && $0.contains("moves exactly with channel1") })
        #expect(fit.channels[0].beta > 0)
    }

    @Test func constantOutcomeIsAClearError() throws {
        let input = try Self.input(outcome: Array(repeating: 7, count: 104))
        #expect {
            try MMMFitter.fit(input, options: Self.fast)
        } throws: { error in
            "\(error)".contains("outcome is the same in every fitted period")
        }
    }

    /// 1e308 and 1e-300 in one spend cell, and 1e12 in the outcome (10⁴ times the median is the limit): each an
    /// error naming the column and the period; allowed on request.
    @Test(arguments: [(0, 1e308), (0, 1e-300), (-1, 1e12)])
    func extremeCellsNameRowAndColumn(column: Int, value: Double) throws {
        var spend = Self.world.channels.map(\.spend)
        var outcome = Self.world.outcome
        if column >= 0 { spend[column][10] = value } else { outcome[10] = value }
        let input = try Self.input(spend: spend, outcome: outcome)
        #expect {
            try MMMFitter.fit(input, options: Self.fast)
        } throws: { error in
            guard case let FittingError.extremeValue(name, period, found, _) = error else { return false }
            return period == 10 && found == value && name == (column >= 0 ? "spend of 'channel1'" : "outcome")
        }
        var allowed = Self.fast
        allowed.allowExtremeValues = true
        if value < 1e300 { _ = try MMMFitter.fit(input, options: allowed) }
    }
}
