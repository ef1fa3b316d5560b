#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the `relations` list of one article.
enum RelationParser {
    static let attributes = ["evidence", "date", "until", "where", "casualties", "fatalities", "confidence", "note"]

    /// The relations of `node`, with evidence looked up in `body` and types
    /// from `vocabulary`.
    static func parse(_ node: YAMLNode, body: FoldedText, published: PartialDate?, vocabulary: Vocabulary,
                      reader: inout NodeReader) -> [RelationDraft] {
        if node.isNull { return [] }
        guard let items = node.items else {
            reader.error(node, "'relations' must be a list of items like '- combat: A -- B', not \(node.kindDescription)")
            return []
        }
        return items.compactMap { relation($0, body: body, published: published, vocabulary: vocabulary, reader: &reader) }
    }

    private static func relation(_ item: YAMLNode, body: FoldedText, published: PartialDate?, vocabulary: Vocabulary,
                                 reader: inout NodeReader) -> RelationDraft? {
        guard let entries = item.pairs != nil ? reader.mapping(item, "a relation") : nil else {
            reader.error(item, "a relation must be a map like 'combat: A -- B' with its attributes, not \(item.kindDescription)")
            return nil
        }
        let before = reader.diagnostics.errorCount
        var typed: [(type: RelationType, pair: YAMLNode.Pair)] = []
        // The attributes in fixed slots: a dictionary per relation cost an
        // allocation and Unicode-normalising hashes of every key.
        var attributes = Attributes()
        var unknown: [(key: String, pair: YAMLNode.Pair)] = []
        for (key, pair) in entries {
            if attributes.set(key, pair) { continue }
            if let type = vocabulary.type(named: key) {
                typed.append((type, pair))
            } else {
                unknown.append((key, pair))
            }
        }
        for (key, pair) in unknown {
            // Without a known type, a key whose value joins two factions is
            // a type the vocabulary lacks, not a misspelt attribute.
            let isType = typed.isEmpty && (unknown.count == 1 || pair.value.string.flatMap(splitConnector) != nil)
            if isType && !vocabulary.isComplete {
                // The vocabulary's syntax error is reported; this may be a
                // type declared after it.
                return nil
            }
            if isType {
                reader.error(pair.key, "unknown relation type '\(key)'; the known types, closest first: \(vocabulary.namesClosest(to: key).joined(separator: ", ")) (a corpus's vocabulary.yaml can add types)")
            } else {
                reader.unknownKey(key, pair.key, in: "a relation", allowed: vocabulary.names + Self.attributes)
            }
        }
        guard let (type, typePair) = typed.first else {
            if unknown.isEmpty {
                reader.error(item, "a relation needs one of \(vocabulary.names.joined(separator: ", ")), as in 'combat: A -- B'")
            }
            return nil
        }
        for extra in typed.dropFirst() {
            reader.error(extra.pair.key, "one relation per item: '\(extra.type.name)' is a second relation here; start a new item with '- '")
        }
        guard let (from, to) = endpoints(typePair, type: type, reader: &reader) else { return nil }

        var draft = RelationDraft(
            type: type, from: from, to: to, casualties: [], confidence: .default, evidence: [],
            location: reader.location(item), isValid: true)
        if let pair = attributes.date {
            draft.date = reader.date(pair, "date")
            draft.dateLocation = reader.location(pair.value)
        } else {
            draft.date = published
        }
        if let pair = attributes.until {
            draft.until = reader.date(pair, "until")
            if let until = draft.until, let date = draft.date, until < date {
                reader.error(pair.value, "'until' (\(until)) is earlier than the relation's date (\(date))")
            }
        }
        if let pair = attributes.place { draft.place = reader.string(pair, "where") }
        if let pair = attributes.note, !pair.value.isNull { draft.note = reader.string(pair, "note") }
        if let pair = attributes.confidence {
            draft.confidence = reader.choice(pair, "confidence", Confidence.self) ?? .default
        }
        if let pair = attributes.casualties, accepts(.casualties, pair, type, vocabulary, reader: &reader) {
            draft.casualties = casualties(pair, reader: &reader)
        }
        if let pair = attributes.fatalities, accepts(.fatalities, pair, type, vocabulary, reader: &reader) {
            draft.fatalities = FatalitiesParser.parse(pair, reader: &reader)
        }
        if let pair = attributes.evidence {
            draft.evidence = evidence(pair, body: body, reader: &reader)
        } else {
            reader.error(item, "\(type.name) relation has no 'evidence': quote the sentence of the article that supports it")
        }
        draft.isValid = reader.diagnostics.errorCount == before
        return draft
    }

    /// True when `type` accepts `attribute`; otherwise an error naming the
    /// types that do.
    private static func accepts(_ attribute: RelationAttribute, _ pair: YAMLNode.Pair, _ type: RelationType,
                                _ vocabulary: Vocabulary, reader: inout NodeReader) -> Bool {
        if type.accepts.contains(attribute) { return true }
        let accepting = vocabulary.types(accepting: attribute).map(\.name)
        reader.error(pair.key, "'\(attribute.rawValue)' is for \(accepting.joinedAsList(and: "and")) only, not \(type.name)")
        return false
    }

    /// A relation's attributes as found (the last of a key wins; YAML
    /// itself rejects a key written twice).
    private struct Attributes {
        var evidence: YAMLNode.Pair?
        var date: YAMLNode.Pair?
        var until: YAMLNode.Pair?
        var place: YAMLNode.Pair?
        var casualties: YAMLNode.Pair?
        var fatalities: YAMLNode.Pair?
        var confidence: YAMLNode.Pair?
        var note: YAMLNode.Pair?

        /// Stores `pair` under `key`; false for a key that is no attribute.
        mutating func set(_ key: String, _ pair: YAMLNode.Pair) -> Bool {
            switch key {
            case "evidence": evidence = pair
            case "date": date = pair
            case "until": until = pair
            case "where": place = pair
            case "casualties": casualties = pair
            case "fatalities": fatalities = pair
            case "confidence": confidence = pair
            case "note": note = pair
            default: return false
            }
            return true
        }
    }

    /// Splits `A -> B` / `A -- B`, checking the connector fits the type.
    private static func endpoints(_ pair: YAMLNode.Pair, type: RelationType,
                                  reader: inout NodeReader) -> (Reference, Reference)? {
        let example = "'\(type.name): A \(type.connector) B'"
        guard let text = pair.value.string else {
            reader.error(reader.location(of: pair), "\(type.name) needs two factions, as in \(example)")
            return nil
        }
        let location = reader.location(pair.value)
        guard let (left, connector, right) = splitConnector(text) else {
            reader.error(location, "'\(text)' has no connector: write \(example)")
            return nil
        }
        guard !left.isEmpty, !right.isEmpty else {
            reader.error(location, "'\(text)' needs a faction on both sides of '\(connector)', as in \(example)")
            return nil
        }
        if connector != type.connector {
            let which = type.isDirected ? "directed" : "undirected"
            reader.error(location, "\(type.name) takes '\(type.connector)' (\(which)), not '\(connector)': write \(example)")
        }
        return (Reference(text: left, location: location), Reference(text: right, location: location))
    }

    /// Finds the one connector of `A -> B` or `A -- B`: preferably with white
    /// space around it (ids may hold `-`), else the only `->` or `--`.
    ///
    /// Works on UTF-8 bytes: the connector and the white space around it
    /// are ASCII, and every relation of a corpus goes through here.
    static func splitConnector(_ text: String) -> (String, String, String)? {
        var text = text
        return text.withUTF8 { bytes in
            guard let index = connectorOffset(bytes) else { return nil }
            func trimmed(_ range: Range<Int>) -> String {
                switch side(bytes, range) {
                case .bytes(let trimmed): String(decoding: UnsafeBufferPointer(rebasing: bytes[trimmed]), as: UTF8.self)
                case .text(let text): text
                }
            }
            let token = bytes[index + 1] == UInt8(ascii: ">") ? "->" : "--"
            return (trimmed(0..<index), token, trimmed((index + 2)..<bytes.count))
        }
    }

    /// The offset of the one connector of `bytes` (see `splitConnector`).
    static func connectorOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let dash = UInt8(ascii: "-"), greater = UInt8(ascii: ">"), less = UInt8(ascii: "<")
        var spaced: Int?
        var spacedCount = 0
        var bare: Int?
        var bareCount = 0
        var index = 0
        while index + 1 < bytes.count {
            defer { index += 1 }
            // From dash to dash (memchr): most bytes are names.
            guard let found = memchr(bytes.baseAddress! + index, Int32(dash), bytes.count - 1 - index) else { break }
            index = UnsafeRawPointer(found) - UnsafeRawPointer(bytes.baseAddress!)
            guard bytes[index + 1] == dash || bytes[index + 1] == greater else { continue }
            let before = index > 0 ? bytes[index - 1] : 0x20
            let after = index + 2 < bytes.count ? bytes[index + 2] : 0x20
            if isSpace(before) && isSpace(after) {
                spaced = index
                spacedCount += 1
            } else if before != dash && before != less && before != greater && after != dash && after != greater {
                bare = index
                bareCount += 1
            }
        }
        return spacedCount == 1 ? spaced : (spacedCount == 0 && bareCount == 1 ? bare : nil)
    }

    /// One side of a connector, white space trimmed.
    enum Side {
        /// The trimmed range of the bytes (its ends ASCII, Latin or Arabic
        /// letters: see `startsPlainly`).
        case bytes(Range<Int>)
        /// A side with Unicode at an end, trimmed as a string.
        case text(String)
    }

    /// `String(decoding: bytes[range]).trimmingWhitespace`, trimmed on the
    /// bytes when its ends are plain (no string to make at all).
    static func side(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Side {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        if start == end || startsPlainly(bytes, start) && endsPlainly(bytes, start, end) { return .bytes(start..<end) }
        return .text(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self).trimmingWhitespace)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// Whether the character at `start` (not ASCII white space) is ASCII,
    /// Latin (U+00C0-U+02FF) or an Arabic letter (U+0620-U+064A): not
    /// white space, and not a mark that joins the character before it (a
    /// space the bytes' trimming took) into one. Then trimming the text as
    /// a string keeps it, and the bytes are the text (names in Arabic or
    /// with accents took the string path: a third of the cost of reading
    /// endpoints).
    private static func startsPlainly(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        bytes[start] < 0x80 || isPlainLetter(bytes, start, length: bytes.count - start)
    }

    /// Whether the character that ends before `end` is ASCII, Latin or an
    /// Arabic letter (see `startsPlainly`).
    private static func endsPlainly(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        if bytes[end - 1] < 0x80 { return true }
        var lead = end - 1
        while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        return end - lead == 2 && isPlainLetter(bytes, lead, length: 2)
    }

    /// Whether the two-byte character at `lead` is U+00C0-U+02FF or
    /// U+0620-U+064A.
    private static func isPlainLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ lead: Int, length: Int) -> Bool {
        guard length >= 2, (0xC3...0xDB).contains(bytes[lead]) else { return false }
        let scalar = (UInt32(bytes[lead] & 0x1F) << 6) | UInt32(bytes[lead + 1] & 0x3F)
        return (0xC0...0x2FF).contains(scalar) || (0x620...0x64A).contains(scalar)
    }

    static func casualties(_ pair: YAMLNode.Pair, reader: inout NodeReader) -> [(faction: Reference, count: Int)] {
        guard let entries = reader.mapping(pair.value, "'casualties'") else { return [] }
        var result: [(faction: Reference, count: Int)] = []
        for (key, entry) in entries {
            let text = entry.value.string?.trimmingWhitespace ?? ""
            switch casualtyCount(text) {
            case .notWholeNumber:
                let shown = entry.value.string.map { "'\($0)'" } ?? entry.value.kindDescription
                reader.error(reader.location(of: entry), "casualties of '\(key)' must be a whole number, 0 or more, not \(shown)")
            case .overLimit:
                reader.error(entry.value, "casualties of '\(key)' must be at most \(InputLimits.casualties.grouped), not \(text)")
            case .count(let count):
                result.append((Reference(text: key, location: reader.location(entry.key)), count))
            }
        }
        return result
    }

    /// A count of casualties as written, trimmed, or why it is none.
    enum CasualtyCount: Equatable {
        case count(Int)
        case notWholeNumber
        case overLimit
    }

    /// `text` (trimmed) as a count of casualties: the one rule of the tree
    /// reader (`casualties(_:reader:)`) and the event reader.
    static func casualtyCount(_ text: String) -> CasualtyCount {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return .notWholeNumber }
        guard let count = Int(text), count <= InputLimits.casualties else { return .overLimit }
        return .count(count)
    }

    /// The quotes of `evidence` (a string or a list), each looked up in the body.
    private static func evidence(_ pair: YAMLNode.Pair, body: FoldedText, reader: inout NodeReader) -> [Evidence] {
        let nodes: [YAMLNode]
        if let items = pair.value.items {
            nodes = items
            if items.isEmpty { reader.error(pair.value, "'evidence' is an empty list: quote the article") }
        } else {
            nodes = [pair.value]
        }
        var result: [Evidence] = []
        for node in nodes {
            guard let quote = node.string else {
                let at = node.isNull && nodes.count == 1 ? reader.location(of: pair) : reader.location(node)
                reader.error(at, "evidence must be a quote from the article's body, not \(node.kindDescription)")
                continue
            }
            let folded = FoldedText(quote: quote)
            guard !folded.isEmpty else {
                reader.error(node, "evidence is empty: quote the article's body")
                continue
            }
            guard let line = body.line(of: folded) else {
                var message = "evidence not found in the article's body: '\(quote.trimmingWhitespace)'"
                if let why = body.explainMiss(of: folded) { message += "; \(why)" }
                reader.error(node, message)
                continue
            }
            result.append(Evidence(quote: quote.trimmingWhitespace, line: line, location: reader.location(node)))
        }
        return result
    }
}
