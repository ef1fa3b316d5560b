import Foundation

/// A string compared and hashed by its UTF-8 bytes.
///
/// `String`'s own hashing normalises Unicode on every call, which made
/// dictionary lookups of faction names the largest cost of assembling a
/// 100,000-article corpus. Texts used as keys here are either compared
/// as written (a cache) or normalised once to NFC (`NameIndex.key`), so
/// byte equality is the right equality.
struct ByteKey: Hashable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    // The bytes are read in place (`utf8.withContiguousStorageIfAvailable`
    // borrows the string); `withUTF8`, being mutating, needed a copy of
    // each string: a retain and a release on every hash and comparison.

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        let equal = lhs.text.utf8.withContiguousStorageIfAvailable { a in
            rhs.text.utf8.withContiguousStorageIfAvailable { b in a.equals(b) }
        }
        if let equal, let equal { return equal }
        return lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }
}
