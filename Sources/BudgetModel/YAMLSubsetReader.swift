/// A one-pass reader for the YAML that scenario files are written in, producing the same
/// ``DocumentNode`` tree (with lines) as Yams would for the same text.
///
/// Yams composes a 100,000-channel YAML scenario in several seconds with a 400 MB peak; this
/// reader takes a fraction of both. It accepts a strict subset: block mappings and sequences
/// (a mapping may start on a sequence item's line, `- name: a`), single-line flow mappings and
/// sequences (`{type: hill, beta: 2}`, `[a, b]`), plain scalars on one line, single- and
/// double-quoted scalars on one line with the common escapes, comments and blank lines. For
/// anything else — anchors, aliases, tags, block scalars (`|`, `>`), multi-line scalars or flow
/// collections, empty values, `---`, tabs, carriage returns, a duplicate key, a syntax error —
/// it returns nil, and Yams reads the text and reports any error exactly as before.
enum YAMLSubsetReader {
    /// The document, or nil when the text is outside the subset (or empty).
    static func read(_ text: String) -> DocumentNode? {
        var text = text
        return text.withUTF8 { bytes in
            guard Parser.onlyPlainCharacters(bytes) else { return nil }
            var parser = Parser(bytes: bytes)
            return try? parser.document()
        }
    }

    /// Thrown inside the parser when the text leaves the subset.
    struct Outside: Error {}

    struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        var line = 1
        var lineStart = 0
        /// The indent of the content line the parser stands on; -1 at the end of the text.
        var indent = -1

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        private static let space = UInt8(ascii: " ")
        private static let newline = UInt8(ascii: "\n")

        /// No control character but the newline (so no tab or carriage return), no DEL, and
        /// none of the characters libyaml treats specially: C1 controls (U+0085 is a line
        /// break to it), U+2028/U+2029, a byte-order mark, U+FFFE/U+FFFF.
        static func onlyPlainCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x20 && b != newline || b == 0x7F { return false }
                if b >= 0xC2 {
                    let next = i + 1 < bytes.count ? bytes[i + 1] : 0
                    let third = i + 2 < bytes.count ? bytes[i + 2] : 0
                    if b == 0xC2 && next < 0xA0 { return false }
                    if b == 0xE2 && next == 0x80 && (third == 0xA8 || third == 0xA9) { return false }
                    if b == 0xEF && (next == 0xBB && third == 0xBF || next == 0xBF && third >= 0xBE) { return false }
                }
                i += 1
            }
            return true
        }

        func byte(_ offset: Int = 0) -> UInt8? {
            position + offset < bytes.count ? bytes[position + offset] : nil
        }

        var column: Int { position - lineStart }

        /// Whether the byte at `offset` ends a token: a space, a newline or the end.
        func isBlank(_ offset: Int) -> Bool {
            guard let b = byte(offset) else { return true }
            return b == Self.space || b == Self.newline
        }

        mutating func document() throws(Outside) -> DocumentNode {
            try nextContent()
            guard indent == 0 else { throw Outside() }
            let root = try blockNode()
            guard indent < 0 else { throw Outside() }
            return root
        }

        /// From the start of a line, skips blank and comment lines to the next content, setting
        /// ``indent`` (or -1 at the end). A document marker or directive leaves the subset.
        mutating func nextContent() throws(Outside) {
            while true {
                lineStart = position
                while position < bytes.count, bytes[position] == Self.space { position += 1 }
                guard position < bytes.count else { indent = -1; return }
                switch bytes[position] {
                case Self.newline:
                    position += 1
                    line += 1
                case UInt8(ascii: "#"):
                    try skipComment()
                    guard position < bytes.count else { indent = -1; return }
                default:
                    indent = position - lineStart
                    if indent == 0, isDocumentMarker { throw Outside() }
                    return
                }
            }
        }

        private var isDocumentMarker: Bool {
            if byte() == UInt8(ascii: "%") { return true }
            guard let b = byte(), b == UInt8(ascii: "-") || b == UInt8(ascii: "."), byte(1) == b, byte(2) == b else { return false }
            return isBlank(3)
        }

        /// Skips a comment to the start of the next line.
        private mutating func skipComment() throws(Outside) {
            while position < bytes.count, bytes[position] != Self.newline { position += 1 }
            if position < bytes.count { position += 1; line += 1 }
        }

        private mutating func skipSpaces() {
            while position < bytes.count, bytes[position] == Self.space { position += 1 }
        }

        /// After a value: spaces, an optional comment (after a space), the line's end; then on
        /// to the next content line.
        private mutating func finishLine() throws(Outside) {
            let start = position
            skipSpaces()
            guard let b = byte() else { indent = -1; return }
            if b == UInt8(ascii: "#") {
                guard position > start else { throw Outside() }
                try skipComment()
            } else if b == Self.newline {
                position += 1
                line += 1
            } else {
                throw Outside()
            }
            try nextContent()
        }

        /// Whether the parser stands on a block sequence's `- `.
        private var atSequenceDash: Bool { byte() == UInt8(ascii: "-") && isBlank(1) }

        /// A block mapping or sequence starting at the current content.
        private mutating func blockNode() throws(Outside) -> DocumentNode {
            atSequenceDash ? try blockSequence(column: indent) : try blockMapping(column: indent)
        }

        private mutating func blockMapping(column: Int) throws(Outside) -> DocumentNode {
            let start = line
            var pairs: [(key: DocumentNode, value: DocumentNode)] = []
            var keys = KeySet()
            repeat {
                guard !atSequenceDash else { throw Outside() }
                let keyLine = line
                let key = try scalar(flow: false)
                guard byte() == UInt8(ascii: ":"), isBlank(1) else { throw Outside() }
                position += 1
                try keys.insert(key)
                let value = try blockValue(of: column)
                pairs.append((.scalar(key.text, plain: key.plain, line: keyLine), value))
            } while indent == column
            guard indent < column else { throw Outside() }
            return .mapping(exactlySized(pairs), line: start)
        }

        /// The value after `key:` of a mapping at `column`: on the same line, or a block node on
        /// the lines below (deeper, or a sequence at the key's own column).
        private mutating func blockValue(of column: Int) throws(Outside) -> DocumentNode {
            let start = position
            skipSpaces()
            guard let b = byte(), b != Self.newline, !(b == UInt8(ascii: "#") && position > start) else {
                position = start
                try finishLine()
                if indent > column { return try blockNode() }
                if indent == column, atSequenceDash { return try blockSequence(column: column) }
                throw Outside()  // an empty value
            }
            let node = try inlineNode()
            try finishLine()
            return node
        }

        private mutating func blockSequence(column: Int) throws(Outside) -> DocumentNode {
            let start = line
            var items: [DocumentNode] = []
            repeat {
                position += 1
                guard byte() == Self.space else { throw Outside() }
                skipSpaces()
                guard let b = byte(), b != Self.newline, b != UInt8(ascii: "#"), !atSequenceDash else { throw Outside() }
                if looksLikeKey() {
                    items.append(try blockMapping(column: position - lineStart))
                } else {
                    items.append(try inlineNode())
                    try finishLine()
                }
            } while indent == column && atSequenceDash
            guard indent <= column else { throw Outside() }
            return .sequence(exactlySized(items), line: start)
        }

        /// Whether a key (`name:` followed by a blank) starts here; the position is kept.
        private mutating func looksLikeKey() -> Bool {
            let saved = position
            defer { position = saved }
            guard (try? scalar(flow: false)) != nil else { return false }
            return byte() == UInt8(ascii: ":") && isBlank(1)
        }

        /// A value on the current line: a flow collection or a scalar (a plain one may not hold
        /// `: `, which would be a second key on the line).
        private mutating func inlineNode() throws(Outside) -> DocumentNode {
            let nodeLine = line
            switch byte() {
            case UInt8(ascii: "{"): return try flowMapping()
            case UInt8(ascii: "["): return try flowSequence()
            default:
                let value = try scalar(flow: false)
                if byte() == UInt8(ascii: ":") { throw Outside() }
                return value.plain ? .plain(value.text, line: nodeLine) : .scalar(value.text, plain: false, line: nodeLine)
            }
        }

        private mutating func flowMapping() throws(Outside) -> DocumentNode {
            let start = line
            position += 1
            var pairs: [(key: DocumentNode, value: DocumentNode)] = []
            var keys = KeySet()
            skipSpaces()
            if byte() == UInt8(ascii: "}") { position += 1; return .mapping([], line: start) }
            while true {
                skipSpaces()
                let key = try scalar(flow: true)
                guard byte() == UInt8(ascii: ":"), byte(1) == Self.space else { throw Outside() }
                position += 1
                try keys.insert(key)
                skipSpaces()
                let value = try flowNode()
                pairs.append((.scalar(key.text, plain: key.plain, line: start), value))
                if try flowSeparator(closing: UInt8(ascii: "}")) { return .mapping(exactlySized(pairs), line: start) }
            }
        }

        private mutating func flowSequence() throws(Outside) -> DocumentNode {
            let start = line
            position += 1
            var items: [DocumentNode] = []
            skipSpaces()
            if byte() == UInt8(ascii: "]") { position += 1; return .sequence([], line: start) }
            while true {
                skipSpaces()
                items.append(try flowNode())
                if try flowSeparator(closing: UInt8(ascii: "]")) { return .sequence(exactlySized(items), line: start) }
            }
        }

        /// After a flow entry: `,` (more follow; true means the collection closed) or the
        /// closing bracket. A trailing comma leaves the subset.
        private mutating func flowSeparator(closing: UInt8) throws(Outside) -> Bool {
            skipSpaces()
            guard let b = byte() else { throw Outside() }
            position += 1
            if b == closing { return true }
            guard b == UInt8(ascii: ",") else { throw Outside() }
            skipSpaces()
            if byte() == closing { throw Outside() }
            return false
        }

        private mutating func flowNode() throws(Outside) -> DocumentNode {
            switch byte() {
            case UInt8(ascii: "{"): return try flowMapping()
            case UInt8(ascii: "["): return try flowSequence()
            default:
                let value = try scalar(flow: true)
                if byte() == UInt8(ascii: ":") { throw Outside() }
                return value.plain ? .plain(value.text, line: line) : .scalar(value.text, plain: false, line: line)
            }
        }

        /// A scalar on the current line: quoted, or plain up to `: `, ` #` or the line's end
        /// (and in flow, up to `,`, `[`, `]`, `{`, `}`). The position is left after it.
        private mutating func scalar(flow: Bool) throws(Outside) -> (text: String, plain: Bool) {
            switch byte() {
            case UInt8(ascii: "\""): return (try doubleQuoted(), false)
            case UInt8(ascii: "'"): return (try singleQuoted(), false)
            default: return (try plain(flow: flow), true)
            }
        }

        private mutating func plain(flow: Bool) throws(Outside) -> String {
            guard let first = byte() else { throw Outside() }
            switch first {
            case UInt8(ascii: "-"):
                // Negative numbers; other leading dashes are indicators or rare.
                guard let next = byte(1), next == UInt8(ascii: ".") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next) else { throw Outside() }
            case UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"),
                UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "%"), UInt8(ascii: "@"),
                UInt8(ascii: "`"), Self.space, Self.newline:
                throw Outside()
            default: break
            }
            let start = position
            var end = position
            scan: while position < bytes.count {
                let b = bytes[position]
                switch b {
                case Self.newline: break scan
                case Self.space:
                    if byte(1) == UInt8(ascii: "#") { break scan }
                case UInt8(ascii: ":"):
                    if isBlank(1) { break scan }
                    if flow { throw Outside() }
                case UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                    if flow { break scan }
                default: break
                }
                position += 1
                if b != Self.space { end = position }
            }
            position = end
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            if text == "<<" || end - start > 1000 { throw Outside() }  // merge keys; libyaml's key length limit
            return text
        }

        private mutating func singleQuoted() throws(Outside) -> String {
            position += 1
            var raw: [UInt8] = []
            while let b = byte(), b != Self.newline {
                position += 1
                guard b == UInt8(ascii: "'") else { raw.append(b); continue }
                guard byte() == UInt8(ascii: "'") else { return String(decoding: raw, as: UTF8.self) }
                raw.append(b)
                position += 1
            }
            throw Outside()
        }

        private mutating func doubleQuoted() throws(Outside) -> String {
            position += 1
            var scalars = String.UnicodeScalarView()
            var raw: [UInt8] = []
            func flush() {
                scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
                raw.removeAll(keepingCapacity: true)
            }
            while let b = byte(), b != Self.newline {
                position += 1
                if b == UInt8(ascii: "\"") { flush(); return String(scalars) }
                guard b == UInt8(ascii: "\\") else { raw.append(b); continue }
                guard let kind = byte() else { throw Outside() }
                position += 1
                switch kind {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): raw.append(kind)
                case UInt8(ascii: "n"): raw.append(0x0A)
                case UInt8(ascii: "t"): raw.append(0x09)
                case UInt8(ascii: "r"): raw.append(0x0D)
                case UInt8(ascii: "b"): raw.append(0x08)
                case UInt8(ascii: "f"): raw.append(0x0C)
                case UInt8(ascii: "u"):
                    guard let code = hex4(), code != 0, !(0xD800..<0xE000).contains(code), let scalar = Unicode.Scalar(code) else {
                        throw Outside()
                    }
                    flush()
                    scalars.append(scalar)
                default: throw Outside()
                }
            }
            throw Outside()
        }

        private mutating func hex4() -> UInt32? { bytes.hex4(at: &position) }
    }

    /// The keys of one mapping so far; a repeat leaves the subset (Yams reports it).
    struct KeySet {
        private var small: [String] = []
        private var large: Set<String>?

        mutating func insert(_ key: (text: String, plain: Bool)) throws(Outside) {
            if large != nil {
                guard large!.insert(key.text).inserted else { throw Outside() }
                return
            }
            guard !small.contains(key.text) else { throw Outside() }
            small.append(key.text)
            if small.count > 16 { large = Set(small) }
        }
    }
}

/// The array copied into storage of exactly its size (appending leaves up to twice the room,
/// which a 100,000-channel document pays for once per node).
func exactlySized<Element>(_ array: [Element]) -> [Element] {
    guard array.capacity > array.count + 1 else { return array }
    return [Element](unsafeUninitializedCapacity: array.count) { buffer, count in
        for (i, element) in array.enumerated() { (buffer.baseAddress! + i).initialize(to: element) }
        count = array.count
    }
}
