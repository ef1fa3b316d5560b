import CLibYAML

/// Reads an ordinary, valid article straight from libyaml's events, without
/// building the node tree; anything else it leaves to the tree reader.
///
/// Why by hand: building the `YAMLNode` tree and reading the article back
/// out of it cost more than libyaml itself (perf, `check --threads 1` of
/// the 10k corpus: tree and node reading about 30 % of the CPU time,
/// libyaml 21 %). This reader takes the shape nearly every article has;
/// at the first thing that would be a diagnostic (a syntax error, an
/// unknown key, a bad date, a quote not in the body, a warning, an alias,
/// ...) it gives up and `FileParser` reads the file again with the tree
/// reader, which reports it. So every diagnostic still comes from one
/// place, and a file this reader accepts gives exactly what the tree
/// reader gives (a test compares them file by file).
struct ArticleEventReader {
    let events: YAMLEventStream
    let input: InputFile
    let vocabulary: Vocabulary
    /// Nodes read, to stay far below `InputLimits.expandedNodes`.
    var nodes = 0
    private var article: Article?
    private var articleIDLocation: SourceLocation?
    private var factions: [FactionDeclaration] = []
    var relations: [RelationDraft] = []
    /// Per relation: its quotes, looked up once the body is folded.
    var quotes: [[YAMLNode]] = []
    /// Per relation: whether its date is the article's `published`.
    var datedByArticle: [Bool] = []

    /// At most this many nodes: far below the tree reader's limit.
    private static let nodeLimit = InputLimits.expandedNodes / 10

    /// The article of `yaml` (the front matter, opening `---` included)
    /// with its evidence found in `body`; `nil` when the file needs the
    /// tree reader.
    static func read(yaml: UnsafeBufferPointer<UInt8>, body: UnsafeBufferPointer<UInt8>, bodyLine: Int,
                     input: InputFile, vocabulary: Vocabulary, names: ReferenceNames) -> ParsedFile? {
        guard let events = YAMLEventStream(UnsafeRawBufferPointer(yaml)) else { return nil }
        var reader = ArticleEventReader(events: events, input: input, vocabulary: vocabulary)
        reader.relations.reserveCapacity(16)
        guard reader.readDocument(), reader.nodes < nodeLimit, let article = reader.article else { return nil }
        let folded = FoldedText(body, firstLine: bodyLine)
        let quoteCount = reader.quotes.reduce(0) { $0 + $1.count }
        // Articles with very many quotes are looked up with an index: the
        // tree reader's way (see `FoldedText.preparedForQuotes`).
        guard !folded.needsIndex(quotes: quoteCount) else { return nil }
        for index in reader.relations.indices {
            if reader.datedByArticle[index] {
                reader.relations[index].date = article.published
                if let until = reader.relations[index].until, until < article.published { return nil }
            }
            for node in reader.quotes[index] {
                guard let text = node.string else { return nil }
                let quote = FoldedText(quote: text)
                guard !quote.isEmpty, let line = folded.line(of: quote) else { return nil }
                reader.relations[index].evidence.append(
                    Evidence(quote: text.trimmingWhitespace, line: line, location: reader.location(node)))
            }
        }
        var parsed = ParsedFile(input: input, names: names)
        parsed.article = article
        parsed.articleIDLocation = reader.articleIDLocation
        parsed.factions = reader.factions
        // Kept until the corpus is assembled: in an array of exactly their
        // number, not the up to twice as many slots appending left (80 MB
        // of the peak memory of 100,000 articles).
        parsed.relations.reserveCapacity(reader.relations.count)
        parsed.relations.append(contentsOf: reader.relations.lazy.map { ParsedRelation($0, names: names) })
        return parsed
    }

    func location(_ node: YAMLNode) -> SourceLocation {
        SourceLocation(path: input.displayPath, line: node.line, column: node.column)
    }

    /// Moves to the next event that starts a node or ends a collection;
    /// false past the limits or on a syntax error.
    mutating func next() -> Bool {
        guard events.next(), events.type != YAML_ALIAS_EVENT else { return false }
        nodes += 1
        return nodes < Self.nodeLimit
    }

    /// The current event's scalar as a node, or `nil` for anything else.
    var scalar: YAMLNode? { events.isScalar ? events.scalar : nil }

    /// The key at the current event: a string scalar (as `NodeReader.mapping`
    /// requires), or `nil`.
    var key: YAMLNode? {
        guard let node = scalar, node.string != nil else { return nil }
        return node
    }

    /// The stream: one document, a map of `article`, `factions`, `relations`.
    private mutating func readDocument() -> Bool {
        guard events.next(), events.type == YAML_STREAM_START_EVENT,
              events.next(), events.type == YAML_DOCUMENT_START_EVENT,
              next(), events.type == YAML_MAPPING_START_EVENT else { return false }
        var seen: [String] = []
        while next(), events.type != YAML_MAPPING_END_EVENT {
            guard let keyNode = key, let key = keyNode.string, !seen.contains(key), next() else { return false }
            seen.append(key)
            switch key {
            case "article": guard readArticle() else { return false }
            case "factions":
                guard let declarations = subtree(FactionDeclarationParser.parse) else { return false }
                factions = declarations
            case "relations": guard readRelations() else { return false }
            default: return false
            }
        }
        return events.type == YAML_MAPPING_END_EVENT
            && events.next() && events.type == YAML_DOCUMENT_END_EVENT
            && events.next() && events.type == YAML_STREAM_END_EVENT
    }

    /// The node at the current event read as a tree and given to `parse`;
    /// `nil` when `parse` reports anything.
    mutating func subtree<T>(_ parse: (YAMLNode, inout NodeReader) -> T) -> T? {
        guard let (node, count) = YAMLParser.subtree(from: events) else { return nil }
        nodes += count
        var reader = NodeReader(path: input.displayPath)
        let result = parse(node, &reader)
        return reader.diagnostics.list.isEmpty && nodes < Self.nodeLimit ? result : nil
    }

    /// A non-empty string value (`NodeReader.string`).
    func string(_ node: YAMLNode) -> String? {
        guard let text = node.string, text.hasNonWhitespace else { return nil }
        return text
    }

    /// A date value (`NodeReader.date`).
    func date(_ node: YAMLNode) -> PartialDate? {
        node.string.flatMap { PartialDate(parsing: $0.trimmingWhitespace) }
    }

    /// `article`: a map of its metadata, `title` and `published` required.
    private mutating func readArticle() -> Bool {
        guard events.type == YAML_MAPPING_START_EVENT else { return false }
        var article = Article(id: input.defaultArticleID, title: "", published: PartialDate(year: 1)!,
                              path: input.displayPath)
        var seen: [String] = []
        while next(), events.type != YAML_MAPPING_END_EVENT {
            guard let keyNode = key, let key = keyNode.string, !seen.contains(key), next(),
                  let value = scalar else { return false }
            seen.append(key)
            switch key {
            case "title":
                guard let title = string(value) else { return false }
                article.title = title.trimmingWhitespace
            case "published":
                guard let published = date(value) else { return false }
                article.published = published
            case "source", "author", "language", "url":
                var text: String?
                if !value.isNull {
                    guard let written = string(value) else { return false }
                    text = written.trimmingWhitespace
                }
                switch key {
                case "source": article.source = text
                case "author": article.author = text
                case "language": article.language = text
                default:
                    // Not an http(s) address: a warning, the tree reader's.
                    if let text, !SafeURL.isHTTPURL(text) { return false }
                    article.url = text
                }
            case "id":
                guard let id = string(value) else { return false }
                article.id = id.trimmingWhitespace
                articleIDLocation = location(value)
            default:
                return false
            }
        }
        guard seen.contains("title"), seen.contains("published") else { return false }
        self.article = article
        return true
    }

    /// `relations`: a list of relation items, or nothing.
    private mutating func readRelations() -> Bool {
        if let value = scalar { return value.isNull }
        guard events.type == YAML_SEQUENCE_START_EVENT else { return false }
        while next(), events.type != YAML_SEQUENCE_END_EVENT {
            guard events.type == YAML_MAPPING_START_EVENT, readRelation() else { return false }
        }
        return events.type == YAML_SEQUENCE_END_EVENT
    }
}
