/// A strict JSON reader for scenario files, producing the same ``DocumentNode`` tree (with
/// lines) as Yams would for the same text, in one pass over the bytes.
///
/// Yams (libyaml) composes a 100,000-channel JSON scenario in about 1.3 s with a 300 MB
/// peak; this reader takes a fraction of that. It accepts only RFC 8259 JSON and gives up
/// (returns nil) on anything else — YAML, a syntax error, a duplicate key — so that Yams
/// then reads the text and reports any error exactly as before.
enum JSONReader {
    /// The document, or nil when the text is not plain JSON with an object at the top.
    static func read(_ text: String) -> DocumentNode? {
        var text = text
        return text.withUTF8 { bytes in
            var parser = Parser(bytes: bytes)
            parser.skipSpace()
            guard parser.peek == UInt8(ascii: "{"), let node = parser.value(depth: 0) else { return nil }
            parser.skipSpace()
            return parser.position == bytes.count ? node : nil
        }
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        var line = 1

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

        mutating func skipSpace() {
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): position += 1
                case UInt8(ascii: "\n"): position += 1; line += 1
                default: return
                }
            }
        }

        mutating func value(depth: Int) -> DocumentNode? {
            guard depth < 512, let byte = peek else { return nil }
            switch byte {
            case UInt8(ascii: "{"): return object(depth: depth)
            case UInt8(ascii: "["): return array(depth: depth)
            case UInt8(ascii: "\""):
                let start = line
                return string().map { .scalar($0, plain: false, line: start) }
            default: return literal()
            }
        }

        private mutating func object(depth: Int) -> DocumentNode? {
            let start = line
            position += 1
            var pairs: [(key: DocumentNode, value: DocumentNode)] = []
            var seen = YAMLSubsetReader.KeySet()  // a short list: hashing every key cost more
            skipSpace()
            if peek == UInt8(ascii: "}") { position += 1; return .mapping(pairs, line: start) }
            while true {
                skipSpace()
                let keyLine = line
                guard peek == UInt8(ascii: "\""), let key = string(), (try? seen.insert((key, false))) != nil else { return nil }
                skipSpace()
                guard peek == UInt8(ascii: ":") else { return nil }
                position += 1
                skipSpace()
                guard let item = value(depth: depth + 1) else { return nil }
                pairs.append((.scalar(key, plain: false, line: keyLine), item))
                skipSpace()
                guard let next = peek else { return nil }
                position += 1
                if next == UInt8(ascii: "}") { return .mapping(exactlySized(pairs), line: start) }
                guard next == UInt8(ascii: ",") else { return nil }
            }
        }

        private mutating func array(depth: Int) -> DocumentNode? {
            let start = line
            position += 1
            var items: [DocumentNode] = []
            skipSpace()
            if peek == UInt8(ascii: "]") { position += 1; return .sequence(items, line: start) }
            while true {
                skipSpace()
                guard let item = value(depth: depth + 1) else { return nil }
                items.append(item)
                skipSpace()
                guard let next = peek else { return nil }
                position += 1
                if next == UInt8(ascii: "]") { return .sequence(exactlySized(items), line: start) }
                guard next == UInt8(ascii: ",") else { return nil }
            }
        }

        /// `true`, `false`, `null` or a number, kept as written (a plain scalar).
        private mutating func literal() -> DocumentNode? {
            let start = position
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                    UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "E"):
                    position += 1
                default:
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                    return Self.isLiteral(text) ? .plain(text, line: line) : nil
                }
            }
            return nil
        }

        /// JSON's number grammar, or one of the three words.
        private static func isLiteral(_ text: String) -> Bool {
            if text == "true" || text == "false" || text == "null" { return true }
            var bytes = Substring(text).utf8[...]
            func digits() -> Int {
                let count = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
                bytes = bytes.dropFirst(count)
                return count
            }
            if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            if bytes.first == UInt8(ascii: "0") { bytes = bytes.dropFirst() } else if digits() == 0 { return false }
            if bytes.first == UInt8(ascii: ".") {
                bytes = bytes.dropFirst()
                if digits() == 0 { return false }
            }
            if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
                bytes = bytes.dropFirst()
                if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
                if digits() == 0 { return false }
            }
            return bytes.isEmpty
        }

        /// A string from its opening quote; escapes decoded (nil on a malformed one).
        private mutating func string() -> String? {
            position += 1
            let start = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    defer { position += 1 }
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                }
                if byte == UInt8(ascii: "\\") { position = start; return escapedString() }
                if byte < 0x20 { return nil }
                position += 1
            }
            return nil
        }

        private mutating func escapedString() -> String? {
            var scalars = String.UnicodeScalarView()
            var raw: [UInt8] = []
            func flush() {
                scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
                raw.removeAll(keepingCapacity: true)
            }
            while position < bytes.count {
                let byte = bytes[position]
                position += 1
                if byte == UInt8(ascii: "\"") { flush(); return String(scalars) }
                if byte < 0x20 { return nil }
                guard byte == UInt8(ascii: "\\") else { raw.append(byte); continue }
                guard let kind = peek else { return nil }
                position += 1
                let simple: [UInt8: UInt8] = [
                    UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "b"): 0x08,
                    UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
                ]
                if let decoded = simple[kind] { raw.append(decoded); continue }
                // libyaml refuses surrogate escapes (\ud83d\ude00); leave them to Yams' error.
                guard kind == UInt8(ascii: "u"), let code = hex4(), !(0xD800..<0xE000).contains(code) else { return nil }
                guard let scalar = Unicode.Scalar(code) else { return nil }
                flush()
                scalars.append(scalar)
            }
            return nil
        }

        private mutating func hex4() -> UInt32? { bytes.hex4(at: &position) }
    }
}
