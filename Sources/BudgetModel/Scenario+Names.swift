import Foundation

extension Scenario {
    /// A channel or group name in Unicode Normalization Form C (canonical composition, as
    /// Foundation's `precomposedStringWithCanonicalMapping`): every name is stored and
    /// compared in this form, so output bytes are the same however the input spelled it.
    public static func normalizedName(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping
    }
}
