import CLibYAML

extension ArticleEventReader {
    /// One relation item (the current event starts its map), checked as
    /// `RelationParser` checks it; false at anything it would report.
    mutating func readRelation() -> Bool {
        let item = location(line: events.line, column: events.column)
        var type: RelationType?
        var typeValue: YAMLNode?
        var values = Values()
        var seen: [String] = []
        while next(), events.type != YAML_MAPPING_END_EVENT {
            guard let keyNode = key, let key = keyNode.string, !seen.contains(key), next() else { return false }
            seen.append(key)
            switch key {
            case "evidence":
                guard readEvidence(into: &values.evidence) else { return false }
            case "casualties":
                guard let entries = subtree({ node, reader in
                    RelationParser.casualties(YAMLNode.Pair(key: keyNode, value: node), reader: &reader)
                }) else { return false }
                values.casualties = entries
            case "fatalities":
                guard let read = subtree({ node, reader in
                    FatalitiesParser.parse(YAMLNode.Pair(key: keyNode, value: node), reader: &reader)
                }), let fatalities = read else { return false }
                values.fatalities = fatalities
            case "date", "until", "where", "confidence", "note":
                guard let value = scalar else { return false }
                values.set(key, value)
            default:
                // A second type is an error; so is a key that is neither.
                guard type == nil, let known = vocabulary.type(named: key), let value = scalar else { return false }
                type = known
                typeValue = value
            }
        }
        guard events.type == YAML_MAPPING_END_EVENT, let type, let typeValue,
              var draft = draft(type, typeValue, at: item, values) else { return false }
        draft.isValid = true
        relations.append(draft)
        quotes.append(values.evidence)
        datedByArticle.append(values.date == nil)
        return true
    }

    /// The values of a relation's attributes, as read.
    struct Values {
        var date: YAMLNode?
        var until: YAMLNode?
        var place: YAMLNode?
        var confidence: YAMLNode?
        var note: YAMLNode?
        var evidence: [YAMLNode] = []
        var casualties: [(faction: Reference, count: Int)]?
        var fatalities: Fatalities?

        /// Stores the value of one of the scalar attributes (in slots: a
        /// dictionary per relation cost an allocation and string hashes).
        mutating func set(_ key: String, _ value: YAMLNode) {
            switch key {
            case "date": date = value
            case "until": until = value
            case "where": place = value
            case "confidence": confidence = value
            default: note = value
            }
        }
    }

    /// The draft of a relation of `type` between the factions of
    /// `endpoints`, or `nil` at anything `RelationParser` would report.
    /// Its date, when not written, and its evidence are filled in later.
    private func draft(_ type: RelationType, _ endpoints: YAMLNode, at item: SourceLocation,
                       _ values: Values) -> RelationDraft? {
        guard let text = endpoints.string, let (left, connector, right) = RelationParser.splitConnector(text),
              !left.isEmpty, !right.isEmpty, connector == type.connector,
              !values.evidence.isEmpty else { return nil }
        let at = location(endpoints)
        var draft = RelationDraft(
            type: type, from: Reference(text: left, location: at), to: Reference(text: right, location: at),
            casualties: [], confidence: .default, evidence: [], location: item, isValid: true)
        if let node = values.date {
            guard let date = date(node) else { return nil }
            draft.date = date
            draft.dateLocation = location(node)
        }
        if let node = values.until {
            guard let until = date(node) else { return nil }
            if let date = draft.date, until < date { return nil }
            draft.until = until
        }
        if let node = values.place {
            guard let place = string(node) else { return nil }
            draft.place = place
        }
        if let node = values.note, !node.isNull {
            guard let note = string(node) else { return nil }
            draft.note = note
        }
        if let node = values.confidence {
            guard let confidence = node.string.flatMap(Confidence.init(rawValue:)) else { return nil }
            draft.confidence = confidence
        }
        if let casualties = values.casualties {
            guard type.accepts.contains(.casualties) else { return nil }
            draft.casualties = casualties
        }
        if let fatalities = values.fatalities {
            guard type.accepts.contains(.fatalities) else { return nil }
            draft.fatalities = fatalities
        }
        return draft
    }

    /// `evidence`: one quote or a non-empty list of quotes, kept as nodes
    /// to look up once the body is folded.
    private mutating func readEvidence(into quotes: inout [YAMLNode]) -> Bool {
        if let quote = scalar {
            quotes = [quote]
            return true
        }
        guard events.type == YAML_SEQUENCE_START_EVENT else { return false }
        quotes = []
        while next(), events.type != YAML_SEQUENCE_END_EVENT {
            guard let quote = scalar else { return false }
            quotes.append(quote)
        }
        return events.type == YAML_SEQUENCE_END_EVENT && !quotes.isEmpty
    }

    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: input.displayPath, line: line, column: column)
    }
}
