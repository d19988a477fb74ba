/// Text handed to a sink in pieces of about a megabyte, so that a large report (100,000
/// channels: tens of megabytes) is never held whole. Pieces end only between appended strings,
/// so no character is split.
struct ChunkedText {
    private var bytes: [UInt8] = []
    private let sink: (String) throws -> Void
    /// Bytes collected before they are handed over.
    private let piece: Int

    init(piece: Int = 1 << 20, sink: @escaping (String) throws -> Void) {
        self.piece = piece
        self.sink = sink
    }

    mutating func append(_ text: String) throws {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
        if bytes.count >= piece { try flush() }
    }

    /// Hands over what is left.
    mutating func flush() throws {
        guard !bytes.isEmpty else { return }
        try sink(String(decoding: bytes, as: UTF8.self))
        bytes.removeAll(keepingCapacity: true)
    }
}
