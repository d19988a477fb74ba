/// The names of a model's spend columns, segment columns and curve rows for the usual small
/// indices, made once: interpolating them for every column of every small model was a tenth
/// of building one (the simulator builds about 250 per replicate). Larger indices are
/// interpolated as before; the names are the same either way.
enum ModelNames {
    /// Channels (and segments per channel) below this get a ready-made name.
    static let made = 64
    private static let spends = (0..<made).map { "x[\($0)]" }
    private static let curves = (0..<made).map { "curve[\($0)]" }
    private static let segments = (0..<made).map { i in (0..<made).map { k in "d[\(i)][\(k)]" } }

    /// `x[i]`: channel i's spend.
    static func spend(_ i: Int) -> String { i < made ? spends[i] : "x[\(i)]" }
    /// `curve[i]`: the row linking channel i's spend to its segments.
    static func curve(_ i: Int) -> String { i < made ? curves[i] : "curve[\(i)]" }
    /// `d[i][k]`: how much of channel i's segment k is used.
    static func segment(_ i: Int, _ k: Int) -> String { i < made && k < made ? segments[i][k] : "d[\(i)][\(k)]" }
}
