import BudgetModel

/// The horizon's response model: what a sequence of monthly spends yields, month by month.
///
/// For channel i in month t (0-based) with spend x_{t,i}:
/// - direct effect `d_{t,i} = m_{t,i}·f_i(x_{t,i})`, with f_i the channel's curve and
///   m_{t,i} its multiplier (seasonality × the month's events);
/// - carried effect (geometric, share θ_i ∈ [0, 1)): `C_{t,i} = d_{t,i} + θ_i·C_{t−1,i}`,
///   `C_{−1,i}` = the channel's carry-in (its effect in the month before the horizon);
/// - the channel's outcome in month t is `C_{t,i}`.
///
/// Summed over the horizon, `Σ_t C_{t,i} = Σ_t w_{t,i}·d_{t,i} + carryIn_i·Σ_{t=1}^{T} θ_i^t`
/// with `w_{t,i} = Σ_{k=0}^{T−1−t} θ_i^k`: a positive weight per channel-month, so the
/// problem stays separable, concave curves keep it an LP, and S-curves stay S-curves.
/// Effects that would land after the horizon's last month are not counted.
public struct PlanResponse: Sendable {
    public let scenario: Scenario
    public let horizon: Horizon

    public init(scenario: Scenario, horizon: Horizon) {
        self.scenario = scenario
        self.horizon = horizon
    }

    /// `C_{t,i}` for a plan `spend[t][i]`.
    public func outcomes(_ spend: [[Double]]) -> [[Double]] {
        var carried = horizon.carryover.map(\.carryIn)
        return spend.indices.map { t in
            scenario.channels.indices.map { i in
                let direct = horizon.multiplier(channel: i, month: t) * scenario.channels[i].curve.outcome(spend[t][i])
                carried[i] = direct + horizon.carryover[i].share * carried[i]
                return carried[i]
            }
        }
    }

    /// Σ over months and channels of ``outcomes(_:)``.
    public func totalOutcome(_ spend: [[Double]]) -> Double {
        outcomes(spend).joined().reduce(0, +)
    }
}
