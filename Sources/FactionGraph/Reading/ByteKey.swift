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

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        var left = lhs.text
        var right = rhs.text
        return left.withUTF8 { a in
            right.withUTF8 { b in
                a.count == b.count && (a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
            }
        }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
