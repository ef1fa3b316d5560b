/// A 4,096-bit filter of a set of words: an ASCII word whose signature
/// (first and last bytes, length) is not set is not in the set, so most
/// words of an article are ruled out without hashing them. (Swift's
/// `String` hashing and `Dictionary` lookups were a fifth of the time the
/// suggester spent on an English article; a hashed lookup is still made
/// for the words the filter lets through.)
///
/// A word of the set that is not ASCII but holds U+037E, U+1FEF or U+212A
/// (the only characters canonically equivalent to ASCII ones, which
/// `String` equality treats as equal) turns the filter off.
struct WordFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 64)
    private var isOff = false

    init() {}

    init<Words: Sequence<String>>(_ words: Words) {
        for word in words { insert(word) }
    }

    mutating func insert(_ word: String) {
        if let signature = Self.signature(word) {
            bits[signature >> 6] |= 1 << UInt64(signature & 63)
        } else if word.unicodeScalars.contains(where: { $0.value == 0x037E || $0.value == 0x1FEF || $0.value == 0x212A }) {
            isOff = true
        }
    }

    /// False only when `word` is certainly not in the set.
    func mayContain(_ word: String) -> Bool {
        guard !isOff, let signature = Self.signature(word) else { return true }
        return bits[signature >> 6] >> UInt64(signature & 63) & 1 == 1
    }

    /// The same for a token's text.
    func mayContain(_ token: Token) -> Bool {
        guard !isOff, token.signature >= 0 else { return true }
        return bits[Int(token.signature) >> 6] >> UInt64(token.signature & 63) & 1 == 1
    }

    /// A number from 0 to 4,095 made of an ASCII word's first and last
    /// bytes and length; `nil` for a word that is not all ASCII.
    static func signature(_ word: String) -> Int? {
        var first = 0
        var last = 0
        var count = 0
        for byte in word.utf8 {
            guard byte < 0x80 else { return nil }
            if count == 0 { first = Int(byte) }
            last = Int(byte)
            count += 1
        }
        return (first &* 31 &+ last &* 7 &+ count) & 4095
    }
}
