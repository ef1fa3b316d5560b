/// Text folded for evidence matching, as the format specifies: runs of white
/// space become one space, and typographic quotes, apostrophes and dashes
/// become their ASCII forms (`al-Qaeda’s` matches `al-Qaeda's`). Case is
/// kept: matching is case-sensitive.
///
/// A folded article body remembers where each of its lines starts, so a
/// quote found in it is traced back to a line of the file.
struct FoldedText {
    /// The folded text as UTF-8.
    private(set) var bytes: [UInt8]
    /// `lineStarts[i]` is the offset in `bytes` where line `firstLine + i`
    /// starts.
    private var lineStarts: [Int]
    private let firstLine: Int
    /// Every quote of the article looked up at once, when there are many
    /// (see `preparedForQuotes(in:)`).
    private(set) var evidence: EvidenceIndex?

    /// Folds `text`, whose first line is line `firstLine` of its file.
    ///
    /// Writes into a buffer of the input's size (folding never lengthens
    /// text: `…` is three bytes either way), byte by byte: this runs over
    /// every body of a corpus.
    init(_ text: UnsafeBufferPointer<UInt8>, firstLine: Int = 1) {
        self.init(text, firstLine: firstLine, recordingLines: true)
    }

    /// Folds `text`; `recordingLines` false leaves out the line starts
    /// (a quote needs none, and an array less per quote counts).
    private init(_ text: UnsafeBufferPointer<UInt8>, firstLine: Int, recordingLines: Bool) {
        self.firstLine = firstLine
        var lineStarts: [Int] = []
        if recordingLines {
            lineStarts.reserveCapacity(64)
            lineStarts.append(0)
        }
        let folded = [UInt8](unsafeUninitializedCapacity: text.count) { output, written in
            written = Self.fold(text, into: output, recordingLines: recordingLines, lineStarts: &lineStarts)
        }
        self.bytes = folded
        self.lineStarts = lineStarts
    }

    /// Folds `text` into `output`, which has room for `text.count` bytes;
    /// returns how many it wrote.
    private static func fold(_ text: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>,
                             recordingLines: Bool, lineStarts: inout [Int]) -> Int {
        var out = 0
        var index = 0
        var lastWasSpace = false
        let count = text.count
        let base = text.baseAddress
        while index < count {
            // Eight bytes at a time while they are ASCII text with
            // single spaces (most of any text): they fold to
            // themselves. Byte by byte, folding took 10 % of the
            // instructions of `check` (callgrind, 2k articles).
            if let base, let outputBase = output.baseAddress {
                // Sixteen bytes at a time first (SSE2), while none of them
                // folds: printable ASCII (less 0x20, below 0x60) and no
                // space followed by a space (a space last in the sixteen and
                // one after them stop it too, which is harmless). A space
                // before the first byte is `lastWasSpace`.
                let space = ByteSearch.splat(0x20)
                while index &+ 17 <= count, !(lastWasSpace && base[index] == 0x20) {
                    let bytes = ByteSearch.vector(at: base + index)
                    let after = ByteSearch.vector(at: base + (index &+ 1))
                    if any((bytes &- space .>= ByteSearch.splat(0x60)) .| ((bytes .== space) .& (after .== space))) {
                        break
                    }
                    UnsafeMutableRawPointer(outputBase + out).storeBytes(of: bytes, as: SIMD16<UInt8>.self)
                    index &+= 16
                    out &+= 16
                    lastWasSpace = base[index &- 1] == 0x20
                }
                let low: UInt64 = 0x0101_0101_0101_0101
                let high: UInt64 = 0x8080_8080_8080_8080
                let seven: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
                // The high bit of the byte before this word, if it was a
                // space (written out).
                var spaceBefore: UInt64 = lastWasSpace ? 0x80 : 0
                // Wrapping arithmetic: offsets stay below `count`, and the
                // overflow checks were a fifth of this loop's instructions.
                while index &+ 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    // The high bit of every byte that is a space.
                    let other = word ^ (low &* 0x20)
                    let spaces = ~(((other & seven) &+ seven) | other | seven)
                    // The high bit of every byte that does not fold to
                    // itself: not ASCII, below 0x20, or a space after a
                    // space. (The test for below 0x20 can also mark bytes
                    // after the first it marks, never before it.)
                    let special = word & high | (word &- low &* 0x20) & ~word & high
                        | spaces & (spaces << 8 | spaceBefore)
                    // Written whole: folding never lengthens text, so the
                    // output has room for the eight bytes.
                    UnsafeMutableRawPointer(outputBase + out).storeBytes(of: word, as: UInt64.self)
                    if special == 0 {
                        index &+= 8
                        out &+= 8
                        spaceBefore = (spaces >> 56) & 0x80
                        continue
                    }
                    // The bytes before the first special one are kept as
                    // they are; the special one goes byte by byte below
                    // (not the whole word: every line break is in one).
                    let plain = special.trailingZeroBitCount &>> 3
                    if plain > 0 {
                        index &+= plain
                        out &+= plain
                        spaceBefore = (spaces >> (8 &* plain &- 8)) & 0x80
                    }
                    break
                }
                lastWasSpace = spaceBefore != 0
                if index == count { break }
            }
            let byte = text[index]
            if byte < 0x80 {
                index += 1
                if byte > 0x20 {
                    output[out] = byte
                    out += 1
                    lastWasSpace = false
                } else if byte == 0x20 || byte >= 0x09 && byte <= 0x0D {
                    if !lastWasSpace { output[out] = 0x20; out += 1; lastWasSpace = true }
                    if byte == 0x0A, recordingLines { lineStarts.append(out) }
                } else {
                    output[out] = byte
                    out += 1
                    lastWasSpace = false
                }
                continue
            }
            // Accented letters, Arabic, ...: copied through while their
            // lead bytes show they fold to themselves, without decoding.
            if let length = Self.unfoldedLength(text, at: index) {
                var next = index
                var length = length
                while true {
                    for offset in 0..<length { output[out + offset] = text[next + offset] }
                    out += length
                    next += length
                    guard next < count, text[next] >= 0x80, let following = Self.unfoldedLength(text, at: next) else { break }
                    length = following
                }
                index = next
                lastWasSpace = false
                continue
            }
            let (scalar, length) = Self.decode(text, at: index)
            switch Self.fold(scalar) {
            case .space:
                if !lastWasSpace { output[out] = 0x20; out += 1; lastWasSpace = true }
                if scalar == 0x2028 || scalar == 0x2029 || scalar == 0x85, recordingLines { lineStarts.append(out) }
            case .ascii(let byte, let count):
                for _ in 0..<count { output[out] = byte; out += 1 }
                lastWasSpace = false
            case .keep:
                for offset in 0..<length { output[out + offset] = text[index + offset] }
                out += length
                lastWasSpace = false
            }
            index += length
        }
        return out
    }

    /// Folds a quote: as the body, with leading and trailing space removed.
    init(quote: String) {
        var quote = quote
        self = quote.withUTF8 { FoldedText($0, firstLine: 1, recordingLines: false) }
        while bytes.last == 0x20 { bytes.removeLast() }
        if let first = bytes.firstIndex(where: { $0 != 0x20 }), first > 0 { bytes.removeFirst(first) }
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// The file line where the quote `text` (valid UTF-8), folded as
    /// `init(quote:)` folds it, first occurs in this text; `nil` when it
    /// does not, or when it folds to nothing. Searches one by one, as
    /// `line(of:)` does without an evidence index. Folds into a temporary
    /// buffer, on the stack for an ordinary quote: the event reader looks
    /// up every quote of a corpus here, and an array for each (or one per
    /// article, grown as needed) was an allocation and a look-up of the
    /// array type's metadata, 640 instructions a quote.
    func line(ofQuote text: UnsafeBufferPointer<UInt8>) -> Int? {
        let offset: Int? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(text.count, 1)) { output in
            var none: [Int] = []
            var end = Self.fold(text, into: output, recordingLines: false, lineStarts: &none)
            var start = 0
            while end > start, output[end - 1] == 0x20 { end -= 1 }
            while start < end, output[start] == 0x20 { start += 1 }
            guard start < end else { return nil }
            let quote = UnsafeBufferPointer(rebasing: output[start..<end])
            return bytes.withUnsafeBufferPointer { ByteSearch.firstOffset(of: quote, in: $0) }
        }
        return offset.map(line(atOffset:))
    }

    /// The file line where `needle` first occurs in this text, or `nil`.
    func line(of needle: FoldedText) -> Int? {
        if let evidence {
            if case .found(let offset)? = evidence.answers[needle.bytes] { return line(atOffset: offset) }
            if evidence.answers[needle.bytes] != nil { return nil }
        }
        return offset(of: needle.bytes).map(line(atOffset:))
    }

    /// The byte offset where `needle` first occurs, or `nil`.
    /// - Complexity: O(length of this text + `needle.count`).
    func offset(of needle: some Collection<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { text in
            needle.withContiguousStorageIfAvailable { ByteSearch.firstOffset(of: $0, in: text) }
                ?? Array(needle).withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: text) }
        }
    }

    /// The file line of a byte offset of the folded text.
    func line(atOffset offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return firstLine + low
    }

    private enum Folding {
        case space
        /// `count` times `byte` (an array here cost an allocation for
        /// every typographic quote or dash of a corpus).
        case ascii(UInt8, count: Int)
        case keep
    }

    private static func fold(_ scalar: UInt32) -> Folding {
        switch scalar {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return .space
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0x2039, 0x203A, 0x02BC, 0xFF07:
            return .ascii(0x27, count: 1)
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036, 0xAB, 0xBB, 0xFF02:
            return .ascii(0x22, count: 1)
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
            return .ascii(0x2D, count: 1)
        case 0x2026:
            return .ascii(0x2E, count: 3)
        default:
            return .keep
        }
    }

    /// The length of the scalar at `index` (not ASCII) when its first
    /// bytes show that `fold(_:)` keeps it; `nil` when it may not. Every
    /// scalar that folds starts with C2 85, C2 A0, C2 AB, C2 BB, CA BC, or
    /// E1, E2, E3, EF.
    private static func unfoldedLength(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = text[index]
        let length = scalarLength(lead: lead)
        guard index + length <= text.count else { return nil }
        switch lead {
        case 0xC2:
            let second = text[index + 1]
            return second == 0x85 || second == 0xA0 || second == 0xAB || second == 0xBB ? nil : 2
        case 0xCA: return text[index + 1] == 0xBC ? nil : 2
        case 0xE1, 0xE2, 0xE3, 0xEF: return nil
        default: return length
        }
    }

    /// The length of the UTF-8 sequence a non-ASCII `lead` byte starts.
    private static func scalarLength(lead: UInt8) -> Int { lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2 }

    /// Decodes the scalar at `index` of valid UTF-8.
    private static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let byte = text[index]
        let length = scalarLength(lead: byte)
        guard index + length <= text.count else { return (UInt32(byte), 1) }
        var scalar = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { scalar = scalar << 6 | UInt32(text[index + offset] & 0x3F) }
        return (scalar, length)
    }
}

extension FoldedText {
    /// Why a quote was not found, in words: the same words with other
    /// capitals, or the longest beginning of the quote that does occur.
    /// - Complexity: O(length of this text + length of the quote).
    func explainMiss(of quote: FoldedText) -> String? {
        let miss: EvidenceIndex.Miss
        if case .missing(let known)? = evidence?.answers[quote.bytes] {
            miss = known
        } else {
            miss = EvidenceIndex.miss(of: quote.bytes, in: self)
        }
        switch miss {
        case .otherCapitals(let offset):
            return "it occurs with other capitals at line \(line(atOffset: offset)) (matching is case-sensitive)"
        case .beginning(let length, let offset):
            let words = String(decoding: quote.bytes[..<length], as: UTF8.self)
            return "its beginning '\(words)' occurs at line \(line(atOffset: offset)), then the text differs"
        case .unexplained:
            return nil
        }
    }

    /// This text with the answers for every quote of `relations` (a
    /// `relations` list) worked out in one pass, when looking quotes up one
    /// by one would read the text too many times.
    func preparedForQuotes(in relations: YAMLNode) -> FoldedText {
        // Counted before anything is folded: folding every quote of every
        // article only to learn that an ordinary one has too few to need the
        // index took 7 % of the instructions of reading a corpus.
        guard needsIndex(quotes: EvidenceIndex.quoteCount(in: relations)) else { return self }
        let quotes = EvidenceIndex.quotes(in: relations)
        guard needsIndex(quotes: quotes.count) else { return self }
        var prepared = self
        prepared.evidence = EvidenceIndex(quotes: quotes, in: self)
        return prepared
    }

    /// Whether looking `quotes` quotes up one by one would read too much.
    func needsIndex(quotes: Int) -> Bool {
        let work = quotes.multipliedReportingOverflow(by: bytes.count)
        return quotes > 1 && (work.overflow || work.partialValue > EvidenceIndex.oneByOneLimit)
    }
}
