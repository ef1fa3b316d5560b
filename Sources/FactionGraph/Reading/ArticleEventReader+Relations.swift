import CLibYAML

extension ArticleEventReader {
    /// One relation item (the current event starts its map), checked as
    /// `RelationParser` checks it; false at anything it would report.
    mutating func readRelation() -> Bool {
        let item = location(line: events.line, column: events.column)
        var type: RelationType?
        var endpoints: Endpoints?
        var values = Values()
        var seen: UInt8 = 0
        while next(), events.type != YAML_MAPPING_END_EVENT {
            guard let key = events.stringBytes else { return false }
            guard let attribute = Attribute.matching(key) else {
                // A second type is an error; so is a key that is neither.
                guard type == nil, let known = vocabulary.type(named: key), next(),
                      events.isScalar, let read = readEndpoints(known) else { return false }
                type = known
                endpoints = read
                continue
            }
            guard seen & attribute.rawValue == 0 else { return false }
            seen |= attribute.rawValue
            // The key as a node, for the tree reader of `fatalities`.
            let keyNode = attribute == .fatalities ? events.scalar : nil
            guard next() else { return false }
            switch attribute {
            case .evidence:
                guard readEvidence(into: &values.evidence) else { return false }
            case .casualties:
                guard let casualties = readCasualties() else { return false }
                values.casualties = casualties
            case .fatalities:
                guard let keyNode, let read = subtree({ node, reader in
                    FatalitiesParser.parse(YAMLNode.Pair(key: keyNode, value: node), reader: &reader)
                }), let fatalities = read else { return false }
                values.fatalities = fatalities
            default:
                guard let value = scalar else { return false }
                values.set(attribute, value)
            }
        }
        guard events.type == YAML_MAPPING_END_EVENT, let type, let endpoints else { return false }
        let isDatedByArticle = values.date == nil
        guard appendRelation(type, endpoints, at: item, &values) else { return false }
        datedByArticle.append(isDatedByArticle)
        return true
    }

    /// The attributes of a relation: each a bit, to tell a key written
    /// twice.
    enum Attribute: UInt8, EventReaderKey {
        case evidence = 1, date = 2, until = 4, place = 8, confidence = 16, note = 32, casualties = 64, fatalities = 128

        var text: StaticString {
            switch self {
            case .evidence: "evidence"
            case .date: "date"
            case .until: "until"
            case .place: "where"
            case .confidence: "confidence"
            case .note: "note"
            case .casualties: "casualties"
            case .fatalities: "fatalities"
            }
        }
    }

    /// The values of a relation's attributes, as read.
    struct Values {
        var date: YAMLNode?
        var until: YAMLNode?
        var place: YAMLNode?
        var confidence: YAMLNode?
        var note: YAMLNode?
        var evidence: [Evidence] = []
        var casualties: [(faction: Reference, count: Int)]?
        var fatalities: Fatalities?

        /// Stores the value of one of the scalar attributes (in slots: a
        /// dictionary per relation cost an allocation and string hashes).
        mutating func set(_ attribute: Attribute, _ value: YAMLNode) {
            switch attribute {
            case .date: date = value
            case .until: until = value
            case .place: place = value
            case .confidence: confidence = value
            default: note = value
            }
        }
    }

    /// A relation's two references, numbered, and where they are written.
    struct Endpoints {
        var from: UInt32
        var to: UInt32
        var location: SourceLocation
    }

    /// The current scalar as the `A -- B` value of a relation of `type`,
    /// its references numbered; `nil` at anything `RelationParser` would
    /// report. Read from the event's bytes: a reference already numbered
    /// needs no string at all.
    mutating func readEndpoints(_ type: RelationType) -> Endpoints? {
        guard !events.scalarIsNull else { return nil }
        let bytes = events.scalarBytes
        guard let index = RelationParser.connectorOffset(bytes),
              type.connector == (bytes[index + 1] == UInt8(ascii: ">") ? "->" : "--") else { return nil }
        func number(_ side: RelationParser.Side) -> UInt32? {
            switch side {
            case .bytes(let range):
                range.isEmpty ? nil : names.number(UnsafeBufferPointer(rebasing: bytes[range]))
            case .text(let text):
                text.isEmpty ? nil : names.number(text)
            }
        }
        guard let from = number(RelationParser.side(bytes, 0..<index)),
              let to = number(RelationParser.side(bytes, (index + 2)..<bytes.count)) else { return nil }
        return Endpoints(from: from, to: to, location: location(line: events.line, column: events.column))
    }

    /// Appends the relation of `type` between `endpoints` to `relations`
    /// (see `relation(_:_:at:_:)`); false when there is none. Its lists are
    /// moved out of `values`, and the relation into the array, not copied:
    /// each copy cost a retain and a release of every field (about 1 % of
    /// the instructions of reading a corpus).
    private mutating func appendRelation(_ type: RelationType, _ endpoints: Endpoints, at item: SourceLocation,
                                         _ values: inout Values) -> Bool {
        guard let relation = relation(type, endpoints, at: item, &values) else { return false }
        relations.append(consume relation)
        return true
    }

    /// The relation of `type` between `endpoints`, or `nil` at anything
    /// `RelationParser` would report. Its date, when not written, is filled
    /// in once the article's is known.
    private func relation(_ type: RelationType, _ endpoints: Endpoints, at item: SourceLocation,
                          _ values: inout Values) -> ParsedRelation? {
        guard !values.evidence.isEmpty else { return nil }
        var date: PartialDate?
        var dateLocation: SourceLocation?
        if let node = values.date {
            guard let written = self.date(node) else { return nil }
            date = written
            dateLocation = location(node)
        }
        var until: PartialDate?
        if let node = values.until {
            guard let written = self.date(node) else { return nil }
            if let date, written < date { return nil }
            until = written
        }
        var place: String?
        if let node = values.place {
            guard let written = string(node) else { return nil }
            place = written
        }
        var note: String?
        if let node = values.note, !node.isNull {
            guard let written = string(node) else { return nil }
            note = written
        }
        var confidence = Confidence.default
        if let node = values.confidence {
            guard let written = node.string.flatMap(Confidence.init(rawValue:)) else { return nil }
            confidence = written
        }
        if values.casualties != nil, !type.accepts.contains(.casualties) { return nil }
        if values.fatalities != nil, !type.accepts.contains(.fatalities) { return nil }
        return ParsedRelation(
            type: type, fromName: endpoints.from, toName: endpoints.to, endpointsLocation: endpoints.location,
            date: date, dateLocation: dateLocation, until: until, place: place,
            casualties: take(&values.casualties, leaving: nil) ?? [],
            fatalities: values.fatalities, confidence: confidence, note: note, evidence: take(&values.evidence, leaving: []),
            location: item, isValid: true)
    }

    /// `casualties`: a map of references to whole numbers, read from the
    /// events as `RelationParser.casualties` reads its node; `nil` at
    /// anything it, or the tree builder, would report (a key written twice,
    /// a count that is not a whole number, ...).
    ///
    /// Not through a node tree (`subtree`), as `fatalities` is: building
    /// one for every combat's casualties and reading it back took about
    /// 9,700 instructions a relation, 55 million on the 10k corpus
    /// (callgrind).
    private mutating func readCasualties() -> [(faction: Reference, count: Int)]? {
        guard events.type == YAML_MAPPING_START_EVENT else { return nil }
        var casualties: [(faction: Reference, count: Int)] = []
        // Room for both parties at once (a combat has two).
        casualties.reserveCapacity(2)
        while next(), events.type != YAML_MAPPING_END_EVENT {
            // A long map goes to the tree builder, which finds a key
            // written twice without comparing every pair of keys.
            guard casualties.count < 16, let key = events.stringBytes else { return nil }
            let faction = Reference(text: String(decoding: key, as: UTF8.self),
                                    location: location(line: events.line, column: events.column))
            // Keys compared as strings, as the tree builder compares them.
            guard !casualties.contains(where: { $0.faction.text == faction.text }), next(),
                  let value = events.stringBytes else { return nil }
            guard case .count(let count) = RelationParser.casualtyCount(
                String(decoding: value, as: UTF8.self).trimmingWhitespace) else { return nil }
            casualties.append((faction, count))
        }
        return events.type == YAML_MAPPING_END_EVENT ? casualties : nil
    }

    /// `evidence`: one quote or a non-empty list of quotes, each found in
    /// the body as it is read.
    private mutating func readEvidence(into evidence: inout [Evidence]) -> Bool {
        if events.isScalar {
            guard let quote = quote() else { return false }
            evidence = [quote]
            return true
        }
        guard events.type == YAML_SEQUENCE_START_EVENT else { return false }
        evidence = []
        // Room for a few quotes at once: grown from one by appending, the
        // list was made again for every second and third quote.
        evidence.reserveCapacity(4)
        while next(), events.type != YAML_SEQUENCE_END_EVENT {
            guard events.isScalar, let quote = quote() else { return false }
            evidence.append(quote)
        }
        return events.type == YAML_SEQUENCE_END_EVENT && !evidence.isEmpty
    }

    /// The current scalar as a quote found in the body, or `nil` when it is
    /// not there, or when the article has so many quotes that the tree
    /// reader's index should find them (see `FoldedText.needsIndex`).
    private mutating func quote() -> Evidence? {
        guard !events.scalarIsNull else { return nil }
        quoteCount += 1
        guard !body.needsIndex(quotes: quoteCount) else { return nil }
        let text = events.scalarBytes
        guard let line = body.line(ofQuote: text) else { return nil }
        return Evidence(quote: String(decoding: text, as: UTF8.self).trimmingWhitespace, line: line,
                        location: location(line: events.line, column: events.column))
    }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: input.displayPath, line: line, column: column)
    }
}

/// `value`, with `replacement` left in its place: moves a stored property
/// out of a struct, where reading it would copy it (a retain, and a release
/// when the struct goes).
@inline(__always)
func take<Value>(_ value: inout Value, leaving replacement: Value) -> Value {
    var taken = replacement
    swap(&taken, &value)
    return taken
}
