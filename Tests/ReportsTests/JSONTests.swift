import Foundation
@testable import Reports
import Testing

/// The hand-written JSON: valid, ordered, round-tripping, non-finite as null.
@Suite struct JSONTests {
    @Test func nonFiniteNumbersAreNull() throws {
        let text = JSON.object([("a", .number(.infinity)), ("b", .number(-.infinity)), ("c", .number(.nan)), ("d", .number(nil))])
            .rendered()
        let object = try Fixtures.object(text)
        for key in ["a", "b", "c", "d"] { #expect(object[key] is NSNull) }
    }

    @Test func numbersRoundTrip() throws {
        let values = [0.1 + 0.2, 1e-5, 2.5e20, -1_234_567.891, 1_000_000, 0, 1.0 / 3.0]
        let text = JSON.array(values.map { .number($0) }).rendered()
        #expect((try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [NSNumber])?.count == values.count)
        #expect(try JSONDecoder().decode([Double].self, from: Data(text.utf8)) == values)
        #expect(text.contains("1000000\n") || text.contains("1000000,"))
    }

    @Test func stringsAreEscaped() throws {
        let tricky = "quote \" backslash \\ newline \n tab \t bell \u{07} 中文 →"
        let text = JSON.object([("s", .string(tricky))]).rendered()
        #expect(try Fixtures.object(text)["s"] as? String == tricky)
    }

    @Test func keysKeepTheirOrder() {
        let text = JSON.object([("z", .integer(1)), ("a", .bool(true)), ("m", .array([]))]).rendered()
        #expect(text == "{\n  \"z\": 1,\n  \"a\": true,\n  \"m\": []\n}\n")
    }
}
