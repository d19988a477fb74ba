import Foundation

extension Scenario {
    /// A channel or group name in Unicode Normalization Form C (canonical composition, as
    /// Foundation's `precomposedStringWithCanonicalMapping`): every name is stored and
    /// compared in this form, so output bytes are the same however the input spelled it.
    public static func normalizedName(_ name: String) -> String {
        // ASCII text is already in NFC: skip Foundation's conversion on the common path.
        name.utf8.allSatisfy { $0 < 0x80 } ? name : name.precomposedStringWithCanonicalMapping
    }
}
