@testable import Reports
import Testing

/// Number formatting: fixed grouping and decimals, independent of any locale.
@Suite struct FormatTests {
    @Test func money() {
        #expect(Format.money(1_234_567.8, currency: "CNY") == "CNY 1,234,568")
        #expect(Format.money(1_234_567.8, currency: nil) == "1,234,568")
        #expect(Format.money(-1_234_567.8, currency: "CNY") == "\u{2212}CNY 1,234,568")
        #expect(Format.money(-999.6, currency: nil) == "\u{2212}1,000")
        #expect(Format.money(12.5, currency: "EUR") == "EUR 12.50")
        #expect(Format.money(0, currency: "CNY") == "CNY 0")
        #expect(Format.money(100, currency: nil) == "100")
        #expect(Format.money(999_999_999_999, currency: nil) == "999,999,999,999")
    }

    @Test func amounts() {
        #expect(Format.amount(0.0023) == "0.0023")
        #expect(Format.amount(0.5) == "0.5")
        #expect(Format.amount(-0.22) == "\u{2212}0.22")
        #expect(Format.amount(1.005) == "1.00" || Format.amount(1.005) == "1.01")  // binary rounding either way
        #expect(Format.amount(99.4) == "99.40")
        #expect(Format.amount(99.5) == "100")
        #expect(Format.amount(-0.0) == "0")
        #expect(Format.amount(.infinity) == "n/a")
    }

    @Test func ratiosSharesAndChanges() {
        #expect(Format.ratio(2.054) == "2.05")
        #expect(Format.percent(0.312) == "31.2%")
        #expect(Format.percent(1) == "100.0%")
        #expect(Format.sharePercent(0.7) == "70%")
        #expect(Format.change(62_000, base: 250_000) == "+62,000 (+24.8%)")
        #expect(Format.change(-62_000, base: 250_000) == "\u{2212}62,000 (\u{2212}24.8%)")
        #expect(Format.change(62_000, base: 0) == "+62,000")
        // Solver residue (two plans' spends subtracted) reads as no change, not +0.000000000015.
        #expect(Format.change(1.5e-11, base: 53_400) == "0 (0.0%)")
        #expect(Format.change(1.2e-10, base: 1_000_000) == "0 (0.0%)")
        #expect(Format.change(5, base: 1_000) == "+5.00 (+0.5%)")
        // Amounts scaled down to cents of a unit: residue 4.7·10⁻⁹ of the base is still residue.
        #expect(Format.change(-4.7e-11, base: 0.01) == "0 (0.0%)")
        #expect(Format.change(-2e-6, base: 0.01) == "\u{2212}0.000002 (0.0%)")
        #expect(Format.signed(0) == "0")
        #expect(Format.signed(2_310.4) == "+2,310")
        #expect(Format.rate(0.9) == "0.90")
        #expect(Format.rate(643_858.8) == "643,859")
        #expect(Format.rate(0.0042) == "0.0042")
    }

    @Test func gapsAndAxisLabels() {
        #expect(Format.gapPercent(0) == "0%")
        #expect(Format.gapPercent(1.36e-5) == "0.0014%")
        #expect(Format.gapPercent(0.023) == "2.3%")
        #expect(Format.gapPercent(3e-10) == "< 0.0001%")
        #expect(Format.gapPercent(2e-6) == "0.0002%")
        #expect(Format.compact(500_000) == "500k")
        #expect(Format.compact(1_500_000) == "1.5M")
        #expect(Format.compact(2_000_000_000) == "2B")
        #expect(Format.compact(850) == "850")
        #expect(Format.compact(0.5) == "0.5")
    }

    @Test func rawNumbersRoundTrip() {
        #expect(Format.raw(1_000_000) == "1000000")
        #expect(Format.raw(1_234_567.8) == "1234567.8")
        #expect(Double(Format.raw(0.1 + 0.2)) == 0.1 + 0.2)
        #expect(Format.raw(.nan) == "")
    }
}
