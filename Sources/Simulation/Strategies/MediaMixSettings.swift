/// `media-mix`'s choices that are measured against each other (`simulate --media-mix-concave`).
public struct MediaMixSettings: Sendable, Equatable {
    /// What a channel that is not possibly S-shaped is planned on.
    public enum ConcaveChannels: String, Sendable, CaseIterable, Codable {
        /// `optimizer`'s concave learner (hill shape 1, ln K ~ N(ln x̄, 1)): its curve and draws
        /// (session 6's "change 1"; session 7 found no gain beyond noise on 20 + 20 seeds).
        case optimizer
        /// The wide learner's own draws, its concave ones only (as many as the others): the
        /// default.
        case own
    }

    /// What the trust region is measured from, for a channel on which the world sets no change
    /// limit.
    public enum TrustAnchor: String, Sendable, CaseIterable, Codable {
        /// Last month's spend (rescaled to the budget): ±w of it.
        case last
        /// Up to (1 + w) times the largest spend the strategy has had on the channel (or last
        /// month's, if larger); down to (1 − w) times last month's.
        case seen
    }

    /// How far the warm-up probes a small channel up each month.
    public enum ProbeStep: String, Sendable, CaseIterable, Codable {
        /// The trust region (30%), or the channel's change limit when that is tighter.
        case trust
        /// The channel's change limit; where there is none, double (+100%).
        case rules
    }

    public var concaveChannels: ConcaveChannels
    public var trustAnchor: TrustAnchor
    public var probeStep: ProbeStep

    public init(concaveChannels: ConcaveChannels = .own, trustAnchor: TrustAnchor = .seen, probeStep: ProbeStep = .rules) {
        self.concaveChannels = concaveChannels
        self.trustAnchor = trustAnchor
        self.probeStep = probeStep
    }
}
