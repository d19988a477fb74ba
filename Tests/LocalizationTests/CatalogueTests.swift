import Testing
@testable import Localization

@Suite struct CatalogueTests {
    @Test func everyMessageHasEnglishAndChinese() {
        let missingEnglish = Message.allCases.filter { Catalogue.rawTemplate($0, .en) == nil }
        let missingChinese = Message.allCases.filter { Catalogue.rawTemplate($0, .zh) == nil }
        #expect(missingEnglish.isEmpty, "messages without an English template: \(missingEnglish)")
        #expect(missingChinese.isEmpty, "messages without a Chinese template: \(missingChinese)")
        #expect(Catalogue.duplicates.isEmpty, "messages in two areas: \(Catalogue.duplicates)")
    }

    @Test func placeholdersAgreeAcrossLanguages() {
        for message in Message.allCases {
            guard let en = Catalogue.rawTemplate(message, .en), let zh = Catalogue.rawTemplate(message, .zh) else { continue }
            #expect(Catalogue.placeholders(en) == Catalogue.placeholders(zh), "\(message): \(en) | \(zh)")
        }
    }

    @Test func chineseTemplatesAreChinese() {
        // A Chinese template that is a copy of the English one is a missing translation, except
        // for texts that are the same in both (symbols, abbreviations such as ROI).
        let same: Set<Message> = [.labelROI, .columnROI]
        for message in Message.allCases where !same.contains(message) {
            guard let en = Catalogue.rawTemplate(message, .en), let zh = Catalogue.rawTemplate(message, .zh) else { continue }
            #expect(en != zh, "\(message) is not translated: \(zh)")
        }
    }

    @Test func placeholdersAreFilled() {
        #expect(tr(.planTitle, ["name": "B2C"], in: .en) == "Plan for B2C")
        #expect(tr(.planTitle, ["name": "B2C"], in: .zh) == "预算方案：B2C")
        // A missing argument stays visible rather than vanishing.
        #expect(tr(.planTitle, [:], in: .en) == "Plan for {name}")
    }

    @Test func theTaskLocalLanguageApplies() {
        #expect(tr(.total) == "Total")
        OutputLocale.using(.zh) { #expect(tr(.total) == "合计") }
        #expect(tr(.total) == "Total")
    }

    @Test func languageFromEnvironment() {
        #expect(Language.from(environment: ["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.from(environment: ["LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.from(environment: ["LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"]) == .zh)
        #expect(Language.from(environment: ["LC_ALL": "C", "LANG": "zh_CN.UTF-8"]) == .en)
        #expect(Language.from(environment: ["LC_ALL": "", "LC_MESSAGES": "zh_CN", "LANG": "C"]) == .zh)
        #expect(Language.from(environment: [:]) == .en)
    }
}
