#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding one byte string in another in linear time, whatever the text.
///
/// Article text is ordinary prose, where `memchr` for the first byte and
/// `memcmp` at each candidate is fastest by far. On repetitive text (a quote
/// `xxx…xy` in a body of `x`s) that takes time proportional to the product
/// of the lengths: a 100 KB quote against a 100 KB body took 262 s. So the
/// fast path has a budget of compared bytes, a small multiple of the text's
/// length; past it, Knuth-Morris-Pratt finishes the search from where it
/// stopped, in time proportional to the rest of the text.
enum ByteSearch {
    /// The offset where `pattern` first occurs in `text`, or `nil`.
    /// - Complexity: O(`text.count` + `pattern.count`).
    static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = pattern.first, pattern.count <= text.count,
              let base = text.baseAddress, let patternBase = pattern.baseAddress else { return nil }
        let last = text.count - pattern.count
        // Bytes memcmp may look at before Knuth-Morris-Pratt takes over.
        var budget = 4 * text.count + 4096
        var start = 0
        while start <= last {
            guard let hit = memchr(base + start, Int32(first), last - start + 1) else { return nil }
            let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if memcmp(base + offset, patternBase, pattern.count) == 0 { return offset }
            start = offset + 1
            budget -= pattern.count
            if budget < 0 { return PrefixTable(pattern).firstOffset(in: text, from: start) }
        }
        return nil
    }

    /// The longest beginning of `pattern` that occurs in `text`: its
    /// length, and where it first occurs (length 0 at offset 0 when not even
    /// the first byte does).
    /// - Complexity: O(`text.count` + `pattern.count`), one pass.
    static func longestPrefix(of pattern: UnsafeBufferPointer<UInt8>,
                              in text: UnsafeBufferPointer<UInt8>) -> (length: Int, offset: Int) {
        PrefixTable(pattern).longestPrefix(in: text)
    }
}

/// Knuth-Morris-Pratt's failure function of a pattern: for each prefix,
/// the length of its longest proper prefix that is also its suffix.
private struct PrefixTable {
    let pattern: UnsafeBufferPointer<UInt8>
    var border: [Int]

    init(_ pattern: UnsafeBufferPointer<UInt8>) {
        self.pattern = pattern
        border = [Int](repeating: 0, count: pattern.count)
        var length = 0
        var index = 1
        while index < pattern.count {
            if pattern[index] == pattern[length] {
                length += 1
                border[index] = length
                index += 1
            } else if length > 0 {
                length = border[length - 1]
            } else {
                index += 1
            }
        }
    }

    /// The state after reading `byte` in state `matched` (bytes of the
    /// pattern matched so far).
    private func step(_ matched: Int, _ byte: UInt8) -> Int {
        var matched = matched
        if matched == pattern.count { matched = border[matched - 1] }
        while matched > 0 && pattern[matched] != byte { matched = border[matched - 1] }
        return pattern[matched] == byte ? matched + 1 : 0
    }

    /// The first occurrence starting at `from` or later.
    func firstOffset(in text: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        var matched = 0
        var index = from
        while index < text.count {
            matched = step(matched, text[index])
            index += 1
            if matched == pattern.count { return index - matched }
        }
        return nil
    }

    func longestPrefix(in text: UnsafeBufferPointer<UInt8>) -> (length: Int, offset: Int) {
        var best = (length: 0, offset: 0)
        var matched = 0
        for index in text.indices {
            matched = step(matched, text[index])
            // The first time a longer prefix matches is its first occurrence.
            if matched > best.length {
                best = (matched, index + 1 - matched)
                if matched == pattern.count { break }
            }
        }
        return best
    }
}

extension ByteSearch {
    /// The high bit of every byte of `word` equal to `byte`, and perhaps of
    /// bytes above one that is (a borrow): so the lowest bit set marks the
    /// first match, and zero means none. Eight bytes compared at once.
    @inline(__always)
    static func matches(of byte: UInt8, in word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let bytes = word ^ (ones &* UInt64(byte))
        return (bytes &- ones) & ~bytes & (ones &* 0x80)
    }

    /// The sixteen bytes at `pointer` (any alignment), for loops that test
    /// a vector of bytes at a time.
    ///
    /// Compared with vectors (`splat`), not with scalars, and tested with
    /// `all` of a comparison or `any` of two or more combined, these compile
    /// to SSE2 compares and one `pmovmskb`. A comparison with a scalar
    /// compiled to a loop over the lanes, and `any` of a single comparison
    /// to a horizontal reduction (Swift 6.3, checked in the assembly).
    @inline(__always)
    static func vector(at pointer: UnsafePointer<UInt8>) -> SIMD16<UInt8> {
        UnsafeRawPointer(pointer).loadUnaligned(as: SIMD16<UInt8>.self)
    }

    /// Sixteen copies of `byte`.
    @inline(__always)
    static func splat(_ byte: UInt8) -> SIMD16<UInt8> { SIMD16(repeating: byte) }
}
