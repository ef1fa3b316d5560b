#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes checked as UTF-8 and split into front matter and body.
struct SourceText {
    /// How a file's front matter was found.
    enum Split {
        /// The file has no bytes (or only white space).
        case empty
        /// The first line is not `---`: not an annotated article.
        case noFrontMatter
        /// The opening `---` has no closing `---` line.
        case unclosed
        /// `frontMatter` is the byte range from the file's start (opening
        /// `---` included, so YAML positions are the file's) to the closing
        /// `---`; the body follows it and starts at `bodyLine`.
        case frontMatter(yaml: Range<Int>, body: Range<Int>, bodyLine: Int)
    }

    /// The first byte that is not valid UTF-8, as a line and column, or
    /// `nil` when all of `bytes` is valid.
    static func firstInvalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int)? {
        guard let offset = firstInvalidUTF8Offset(bytes) else { return nil }
        var line = 1
        var column = 1
        for byte in bytes[..<offset] {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    /// The offset of the first byte that is not valid UTF-8. Runs of ASCII
    /// are skipped 32 and 8 bytes at a time: nearly every byte of a corpus is
    /// ASCII, and this runs over all of them.
    static func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = 0
        while index < count {
            // (Wrapping arithmetic: offsets stay below `count`, and
            // overflow checks cost as much as the test.)
            // Thirty-two bytes at a time while they are ASCII: four words
            // or'ed and tested, half the instructions of a word at a time. (Swift's `SIMD16` compiles `any(v .>= 0x80)` to a
            // horizontal reduction, not to one `pmovmskb`.)
            while index &+ 32 <= count {
                let word = UnsafeRawPointer(base + index)
                let any = word.loadUnaligned(as: UInt64.self) | word.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                    | word.loadUnaligned(fromByteOffset: 16, as: UInt64.self) | word.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                if any & 0x8080_8080_8080_8080 != 0 { break }
                index &+= 32
            }
            if index == count { break }
            if index &+ 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let high = word & 0x8080_8080_8080_8080
                if high == 0 { index &+= 8; continue }
                // Straight to the first byte that is not ASCII.
                index &+= high.trailingZeroBitCount &>> 3
            }
            if bytes[index] < 0x80 { index += 1; continue }
            // The characters that are not ASCII, one after another (a word
            // in Arabic script is a run of them), before looking for ASCII
            // many bytes at a time again.
            while index < count, bytes[index] >= 0x80 {
                guard let length = validLength(bytes, at: index) else { return index }
                index += length
            }
        }
        return nil
    }

    /// The length of the valid UTF-8 character that starts with the byte
    /// at `index`, which is not ASCII; `nil` when it is not valid there.
    @inline(__always)
    private static func validLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let count = bytes.count
        let byte = bytes[index]
        // Two bytes (accented Latin, Arabic, ...): any lead C2-DF with
        // one continuation byte is a valid scalar.
        if byte >= 0xC2 && byte <= 0xDF {
            guard index + 1 < count, bytes[index + 1] & 0xC0 == 0x80 else { return nil }
            return 2
        }
        let length: Int
        var minimum: UInt32
        var scalar: UInt32
        switch byte {
        case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(byte & 0x0F)
        case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(byte & 0x07)
        default: return nil
        }
        guard index + length <= count else { return nil }
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(next & 0x3F)
        }
        if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return nil }
        return length
    }

    /// Finds the front matter: a first line `---` (after an optional byte
    /// order mark) and the next line `---`. Trailing spaces, tabs and a
    /// carriage return on those lines are allowed.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> Split {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        if bytes[start...].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return .empty
        }
        let firstEnd = lineEnd(bytes, from: start)
        guard isMarker(bytes, start, firstEnd) else { return .noFrontMatter }
        var lineStart = firstEnd + 1
        var line = 2
        while lineStart < bytes.count {
            let end = lineEnd(bytes, from: lineStart)
            if isMarker(bytes, lineStart, end) {
                let bodyStart = min(end + 1, bytes.count)
                return .frontMatter(yaml: start..<lineStart, body: bodyStart..<bytes.count, bodyLine: line + 1)
            }
            lineStart = end + 1
            line += 1
        }
        return .unclosed
    }

    /// The index of the `\n` ending the line that starts at `from`, or the
    /// end of the buffer.
    ///
    /// With `memchr`: byte by byte, splitting took 1.6 % of the
    /// instructions of `check` (callgrind, 2k articles, `--threads 1`).
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        guard from < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + from, 0x0A, bytes.count - from) else { return bytes.count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    private static func isMarker(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 3, bytes[start] == 0x2D, bytes[start + 1] == 0x2D, bytes[start + 2] == 0x2D else {
            return false
        }
        return bytes[(start + 3)..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
