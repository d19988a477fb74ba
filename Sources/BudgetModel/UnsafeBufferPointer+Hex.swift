extension UnsafeBufferPointer<UInt8> {
    /// The 4 hex digits at `position` as a number (a `\uXXXX` escape in JSON or in a
    /// double-quoted YAML string), advancing `position` past them; nil if fewer than 4 bytes
    /// remain or one is not a hex digit.
    func hex4(at position: inout Int) -> UInt32? {
        guard position + 4 <= count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Character(Unicode.Scalar(self[position])).hexDigitValue else { return nil }
            value = value * 16 + UInt32(digit)
            position += 1
        }
        return value
    }
}
