import Localization

/// Number formatting for reports, done by hand so that no locale can change it.
///
/// Grouping is always `,`, the decimal mark `.`, and negative numbers use the minus sign `−`
/// (U+2212). Rounding is half away from zero (`Double.rounded()`). With `--units wan`
/// (``OutputLocale/units``) amounts from 10,000 up are shown in 万 and 亿 (``myriad(_:)``);
/// machine-readable text (``raw(_:)``) never changes.
enum Format {
    /// The minus sign used in display text.
    static let minus = "\u{2212}"

    /// `value` with `decimals` decimals and grouped thousands: `1,234,567.80`, `−12.5`.
    /// Non-finite values are written `n/a`.
    static func grouped(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "n/a" }
        let factor = power10(decimals)
        let scaled = (abs(value) * factor).rounded()
        guard scaled < 9e18 else { return (value < 0 ? minus : "") + "\(abs(value))" }
        let units = UInt64(scaled)
        let whole = units / UInt64(factor)
        let fraction = units % UInt64(factor)
        var text = group(String(whole))
        if decimals > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return (value < 0 && units > 0 ? minus : "") + text
    }

    /// An amount with sensible decimals: none from 100 up, 2 from 1 up, and 2 significant
    /// digits below 1 (trailing zeros trimmed): `1,234,568`, `12.50`, `0.0023`, `0`.
    static func amount(_ value: Double) -> String {
        let magnitude = abs(value)
        if OutputLocale.current.units == .wan, value.isFinite, magnitude >= 9_999.5 { return myriad(value) }
        if !value.isFinite || magnitude >= 99.5 || magnitude == 0 { return grouped(value, decimals: 0) }
        if magnitude >= 0.995 { return grouped(value, decimals: 2) }
        let exponent = decimalExponent(magnitude)
        return trimmed(grouped(value, decimals: min(12, 1 - exponent)))
    }

    /// Money with the currency code in front: `CNY 1,234,568`, `−CNY 1,200`, or `1,234,568`
    /// without a currency.
    static func money(_ value: Double, currency: String?) -> String {
        guard let currency, !currency.isEmpty else { return amount(value) }
        let text = amount(abs(value))
        return (value < 0 && text != "0" ? minus : "") + "\(currency) \(text)"
    }

    /// A rate such as a shadow price: none from 100 up, 2 decimals from 0.1 up, else 2 significant
    /// digits: `643,859`, `1.01`, `0.90`, `0.0042`.
    static func rate(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude >= 0.0995 && magnitude < 99.5 { return grouped(value, decimals: 2) }
        return amount(value)
    }

    /// A ratio such as ROI with 2 decimals: `2.05`.
    static func ratio(_ value: Double) -> String { grouped(value, decimals: 2) }

    /// A share of 1 as a percentage: `31.2%` (with `decimals` decimals).
    static func percent(_ share: Double, decimals: Int = 1) -> String {
        share.isFinite ? grouped(share * 100, decimals: decimals) + "%" : "n/a"
    }

    /// A limit given as a share, trimmed: `70%`, `12.5%`.
    static func sharePercent(_ share: Double) -> String {
        share.isFinite ? trimmed(grouped(share * 100, decimals: 2)) + "%" : "n/a"
    }

    /// A small relative gap as a percentage with 2 significant digits: `0.012%`, `2.3%`, `0%`.
    /// Below 10⁻⁶ (0.0001%) the digits are solver arithmetic, not information: `< 0.0001%`.
    static func gapPercent(_ gap: Double) -> String {
        guard gap.isFinite else { return "n/a" }
        let points = abs(gap) * 100
        guard points > 0 else { return "0%" }
        guard points >= 1e-4 else { return "< 0.0001%" }
        let exponent = decimalExponent(points)
        return trimmed(grouped(gap * 100, decimals: max(1, min(8, 1 - exponent)))) + "%"
    }

    /// The relative size below which a difference of two solver figures is shown as 0.
    static let residue = 1e-7

    /// An amount with an explicit sign: `+2,310`, `−300`, `0`.
    static func signed(_ value: Double) -> String {
        let text = amount(value)
        return value > 0 && text != "0" ? "+" + text : text
    }

    /// A change with its relative size: `+62,000 (+24.8%)`; just `+62,000` when `base` is 0.
    /// A change below 10⁻⁷ of `base` is solver residue (two plans' spends subtracted; GLPK's
    /// tolerances are 10⁻⁷), shown as 0: `−0.000000000047 (0.0%)` on a base of 0.01 is noise.
    static func change(_ delta: Double, base: Double) -> String {
        let delta = base.isFinite && abs(delta) <= residue * abs(base) ? 0 : delta
        let text = signed(delta)
        guard base != 0, base.isFinite else { return text }
        let relative = percent(delta / abs(base))
        return "\(text) (\(delta > 0 && !relative.hasPrefix("0.0%") ? "+" : "")\(relative))"
    }

    /// An amount in 万 (10⁴) below 10⁸, else in 亿 (10⁸), to 2 decimals of 万 (4 of 亿),
    /// trailing zeros trimmed: `50万`, `123.46万`, `1.2亿`, `−3.5万`.
    static func myriad(_ value: Double) -> String {
        let magnitude = abs(value)
        let (divisor, unit, decimals) = magnitude >= 99_999_999.5 ? (1e8, "亿", 4) : (1e4, "万", 2)
        return trimmed(grouped(value / divisor, decimals: decimals)) + unit
    }

    /// A short axis label: `850`, `12k`, `1.5M`, `2B` (with `--units wan`: `12万`, `1.5亿`).
    static func compact(_ value: Double) -> String {
        let magnitude = abs(value)
        if OutputLocale.current.units == .wan, value.isFinite, magnitude >= 1e4 {
            let (divisor, unit) = magnitude >= 1e8 ? (1e8, "亿") : (1e4, "万")
            let scaled = value / divisor
            return trimmed(grouped(scaled, decimals: abs(scaled) >= 100 ? 0 : 2)) + unit
        }
        let (divisor, suffix): (Double, String) =
            magnitude >= 1e9 ? (1e9, "B") : magnitude >= 1e6 ? (1e6, "M") : magnitude >= 1e4 ? (1e3, "k") : (1, "")
        let scaled = value / divisor
        let decimals = abs(scaled) >= 100 || scaled == scaled.rounded() ? 0 : abs(scaled) >= 1 ? 2 : 3
        return trimmed(grouped(scaled, decimals: decimals)) + suffix
    }

    /// Removes trailing fractional zeros (and a bare decimal point).
    static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = Substring(text)
        while result.hasSuffix("0") { result.removeLast() }
        if result.hasSuffix(".") { result.removeLast() }
        return result == Substring(minus + "0") ? "0" : String(result)
    }

    /// A plain, full-precision number for machine-readable output (CSV): `1234567.8`, `1000000`.
    static func raw(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 9e15 { return String(Int64(value)) }
        return "\(value)"
    }

    private static func group(_ digits: String) -> String {
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }

    private static func power10(_ exponent: Int) -> Double {
        (0..<max(0, exponent)).reduce(1.0) { value, _ in value * 10 }
    }

    /// ⌊log₁₀ x⌋ for a finite x > 0.
    private static func decimalExponent(_ x: Double) -> Int {
        var exponent = 0
        var value = x
        while value >= 10 { value /= 10; exponent += 1 }
        while value < 1 { value *= 10; exponent -= 1 }
        return exponent
    }
}
