/// Amounts written with the Chinese myriad units: `50万` is 500,000 and `1.2亿` is 120,000,000.
public enum ChineseAmount {
    /// The multiplier each unit stands for: 万 = 10⁴, 亿 = 10⁸ (also the traditional 萬 and 億).
    public static let units: [Character: Double] = ["万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8]

    /// The value of `text` when it is a plain number followed by 万 or 亿 (`50万`, `-3.5万`,
    /// `1.2亿`, `1e3万`), else `nil`: a plain number without a unit is not this parser's job,
    /// so callers keep their own rules for those. `_` digit separators are allowed.
    public static func parse(_ text: String) -> Double? {
        let trimmed = text.filter { $0 != "_" }
        guard let unit = trimmed.last, let factor = units[unit] else { return nil }
        let digits = trimmed.dropLast().trimmingSpacesAtEnd
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII }), Double(String(digits)) != nil else { return nil }
        // Shift the decimal exponent in the text rather than multiply, so that `69.4万` reads as
        // exactly the Double nearest 694000, as `694000` does (69.4 × 10⁴ in binary is not).
        let shift = factor == 1e8 ? 8 : 4
        var mantissa = String(digits)
        var exponent = 0
        if let e = mantissa.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let given = Int(mantissa[mantissa.index(after: e)...]) else { return nil }
            exponent = given
            mantissa = String(mantissa[..<e])
        }
        guard let value = Double("\(mantissa)e\(exponent + shift)"), value.isFinite else { return nil }
        return value
    }
}

extension Substring {
    fileprivate var trimmingSpacesAtEnd: Substring {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
