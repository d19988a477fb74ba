import Fitting

extension MMMOptions {
    /// The fit settings of a world fitted to history (``World/fitted(to:name:options:)``):
    /// the point fit only (no draws), with every prior spelled out as the fitter's defaults were
    /// at the seventh session (Weibull carryover, concavity pooled with τ = 0.15, never-dark
    /// channels borrowing their shape with τ = 0.3, the mode as the point).
    ///
    /// A history-fitted world is the known truth of the simulator's benchmarks (docs/simulation.md):
    /// pinned here, it stays the same world when the fitter's defaults change, so regrets from
    /// different sessions compare. A change to the fitter's code (not its options) can still
    /// move it; the Robyn tables then need a re-run.
    public static var simulatorWorld: MMMOptions {
        var options = MMMOptions(bootstrapSamples: 0)
        options.roiPrior = nil
        options.shapePenalty = 1
        options.shapePenaltyBelowOne = 0.5
        options.saturationPriorWidth = 0.7
        options.delayPenalty = 1
        options.carryoverKernel = .weibull
        options.weibullPenalty = 2
        options.shapePooling = nil
        options.alwaysOnShapePooling = 0.3
        options.concavityPooling = 0.15
        options.driftEvidence = 3
        options.pointEstimate = .mode
        return options
    }
}
