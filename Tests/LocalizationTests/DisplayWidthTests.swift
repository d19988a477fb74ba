import Testing
@testable import Localization

/// Display widths: the printable-ASCII shortcut gives what the per-character rule gives.
@Suite struct DisplayWidthTests {
    /// The per-character rule, without the shortcut.
    private func byCharacter(_ text: String) -> Int { text.reduce(0) { $0 + $1.displayWidth } }

    @Test(arguments: ["", "item12345", " 1,234.56  ", "~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./", "抖音", "a\u{301}b", "tab\there", "é 万"])
    func shortcutAgreesWithTheRule(_ text: String) {
        #expect(text.displayWidth == byCharacter(text))
    }

    @Test func wideAndCombiningCharacters() {
        #expect("抖音 618".displayWidth == 8)
        #expect("e\u{301}".displayWidth == 1)
        #expect("abc".displayWidth == 3)
    }
}
