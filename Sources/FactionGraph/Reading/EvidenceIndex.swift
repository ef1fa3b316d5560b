/// The answers for all quotes of one article, worked out in one pass over
/// its body: where each quote occurs, and for each missing one, why.
///
/// Looking quotes up one by one reads the body once per quote: fine for
/// the few quotes of an ordinary article, quadratic for an article with
/// 100,000 relations (235 s). With an index the cost is the body's length
/// plus the quotes' total length.
struct EvidenceIndex {
    /// Why a quote is not in the body, for the error message.
    enum Miss: Equatable {
        /// The quote occurs with other capitals, at this offset.
        case otherCapitals(offset: Int)
        /// Its first `length` bytes occur (at least 12, cut at a character),
        /// first at `offset`, then the text differs.
        case beginning(length: Int, offset: Int)
        /// Nothing useful to say.
        case unexplained
    }

    enum Answer: Equatable {
        case found(offset: Int)
        case missing(Miss)
    }

    /// Quotes times body bytes beyond which quotes are looked up together:
    /// one by one, that many bytes would be read (16 MiB, a few
    /// milliseconds).
    static let oneByOneLimit = 1 << 24

    /// The answer for each quote, by its folded bytes.
    let answers: [[UInt8]: Answer]

    /// Looks every quote up in `body`.
    /// - Complexity: O(body + total length of the quotes).
    init(quotes: [[UInt8]], in body: FoldedText) {
        let distinct = Array(Set(quotes)).filter { !$0.isEmpty }
        var answers: [[UInt8]: Answer] = [:]
        let exact = MultiPatternSearch(distinct)
        body.bytes.withUnsafeBufferPointer { text in
            let scan = exact.scan(text)
            var missing: [Int] = []
            for index in distinct.indices {
                if let offset = scan.offset(ofPattern: index) {
                    answers[distinct[index]] = .found(offset: offset)
                } else {
                    missing.append(index)
                }
            }
            guard !missing.isEmpty else { return }
            let capitals = MultiPatternSearch(missing.map { Self.lowercased(distinct[$0]) })
            let capitalsScan = Self.lowercased(body.bytes).withUnsafeBufferPointer { capitals.scan($0) }
            for (position, index) in missing.enumerated() {
                if let offset = capitalsScan.offset(ofPattern: position) {
                    answers[distinct[index]] = .missing(.otherCapitals(offset: offset))
                    continue
                }
                let length = Self.cutAtCharacter(distinct[index], scan.longestPrefix(ofPattern: index).length)
                if length >= Self.shortestBeginning, let offset = scan.offset(ofPattern: index, prefix: length) {
                    answers[distinct[index]] = .missing(.beginning(length: length, offset: offset))
                } else {
                    answers[distinct[index]] = .missing(.unexplained)
                }
            }
        }
        self.answers = answers
    }

    /// Why `quote` is not in `body`, worked out for this one quote.
    /// - Complexity: O(body + quote).
    static func miss(of quote: [UInt8], in body: FoldedText) -> Miss {
        if let offset = body.offsetIgnoringCase(of: quote) { return .otherCapitals(offset: offset) }
        let longest = quote.withUnsafeBufferPointer { pattern in
            body.bytes.withUnsafeBufferPointer { ByteSearch.longestPrefix(of: pattern, in: $0) }
        }
        let length = cutAtCharacter(quote, longest.length)
        guard length >= shortestBeginning, let offset = body.offset(of: quote[..<length]) else { return .unexplained }
        return .beginning(length: length, offset: offset)
    }

    /// A beginning shorter than this says nothing useful.
    private static let shortestBeginning = 12

    /// `length` moved back to the start of a character of `bytes`.
    private static func cutAtCharacter(_ bytes: [UInt8], _ length: Int) -> Int {
        var length = length
        while length > 0, length < bytes.count, bytes[length] & 0xC0 == 0x80 { length -= 1 }
        return length
    }

    /// Unicode lower case of UTF-8 bytes. Offsets in it are taken as
    /// offsets of the original: they differ only where lower-casing changes
    /// a character's length, which moves a reported line by at most that.
    static func lowercased(_ bytes: [UInt8]) -> [UInt8] {
        if bytes.allSatisfy({ $0 < 0x80 }) {
            return bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        }
        return Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8)
    }

    /// Every quote of a `relations` list as folded bytes: the `evidence` of
    /// each item, a string or a list of strings. Anything else is left to
    /// the relation parser, which reports it.
    static func quotes(in relations: YAMLNode) -> [[UInt8]] {
        var quotes: [[UInt8]] = []
        var seen = Set<ByteKey>()
        func add(_ node: YAMLNode) {
            // Aliases repeat one quote many times: fold each text once.
            guard let text = node.string, seen.insert(ByteKey(text)).inserted else { return }
            quotes.append(FoldedText(quote: text).bytes)
        }
        for item in relations.items ?? [] {
            for pair in item.pairs ?? [] where pair.key.string == "evidence" {
                if let list = pair.value.items { list.forEach(add) } else { add(pair.value) }
            }
        }
        return quotes
    }
}

extension FoldedText {
    /// Where `needle` first occurs with any capitals (see
    /// `EvidenceIndex.lowercased`).
    func offsetIgnoringCase(of needle: [UInt8]) -> Int? {
        let text = EvidenceIndex.lowercased(bytes)
        let pattern = EvidenceIndex.lowercased(needle)
        return text.withUnsafeBufferPointer { text in
            pattern.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: text) }
        }
    }
}
