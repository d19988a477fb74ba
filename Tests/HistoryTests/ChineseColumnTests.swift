import History
import Testing

/// History files exported from Excel or WPS: a UTF-8 byte-order mark, Chinese column names.
@Suite struct ChineseColumnTests {
    static let csv = "\u{FEFF}日期,抖音,小红书,销售额\n2024-01-01,100,50,900\n2024-01-08,120,40,950\n2024-01-15,90,60,880\n"

    @Test func chineseHeadersAndAByteOrderMark() throws {
        let mapping = ColumnMapping.wide(date: "日期", outcome: "销售额", spend: ["抖音", "小红书"])
        let data = try Dataset.parse(csv: Self.csv, file: "历史.csv", mapping: mapping)
        #expect(data.channels == ["抖音", "小红书"])
        #expect(data.spend(of: "抖音") == [100, 120, 90])
        #expect(data.spend(of: "小红书") == [50, 40, 60])
        #expect(data.outcome == [900, 950, 880])
    }

    @Test func columnNamesMatchAfterNFC() throws {
        // The header spells "Café" with a combining accent, the mapping with a precomposed é.
        let csv = "date,Cafe\u{301},sales\n2024-01-01,10,100\n2024-01-08,20,150\n"
        let mapping = ColumnMapping.wide(date: "date", outcome: "sales", spend: ["Caf\u{E9}"])
        let data = try Dataset.parse(csv: csv, file: "data.csv", mapping: mapping)
        #expect(data.spend(of: "Caf\u{E9}") == [10, 20])
    }
}
