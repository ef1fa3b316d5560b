import CLibYAML

/// Reads an ordinary, valid article straight from the YAML events (those
/// of `FrontMatterScanner`, or libyaml's), without building the node tree;
/// anything else it leaves to the tree reader.
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
    /// Where the references are numbered as they are read.
    let names: ReferenceNames
    /// The body, folded before the front matter is read: each quote is
    /// looked up as soon as it is read, while the event still holds its text,
    /// instead of kept as a string and folded into an array of its own.
    let body: FoldedText
    /// Quotes read so far: many make the tree reader's index worth it.
    var quoteCount = 0
    /// Nodes read, to stay far below `InputLimits.expandedNodes`.
    var nodes = 0
    private var article: Article?
    private var articleIDLocation: SourceLocation?
    private var factions: [FactionDeclaration] = []
    var relations: [ParsedRelation] = []
    /// Per relation: whether its date is the article's `published`.
    var datedByArticle: [Bool] = []

    /// At most this many nodes: far below the tree reader's limit.
    private static let nodeLimit = InputLimits.expandedNodes / 10

    /// Reads the article of `yaml` (the front matter, opening `---`
    /// included), with its evidence found in `body`, into `parsed` (a file
    /// as `ParsedFile(input:names:)` makes it) and returns true; returns
    /// false, `parsed` untouched, when the file needs the tree reader.
    ///
    /// Into `parsed`, not returned in a file of its own: the caller's copy
    /// of a returned file retained each of its strings.
    static func read(yaml: UnsafeBufferPointer<UInt8>, body: UnsafeBufferPointer<UInt8>, bodyLine: Int,
                     vocabulary: Vocabulary, into parsed: inout ParsedFile) -> Bool {
        guard let events = YAMLEventStream(UnsafeRawBufferPointer(yaml)) else { return false }
        let names = parsed.names
        var reader = ArticleEventReader(events: events, input: parsed.input, vocabulary: vocabulary, names: names,
                                        body: FoldedText(body, firstLine: bodyLine))
        let numbered = names.count
        guard reader.readFile(into: &parsed) else {
            // The tree reader numbers this file's references itself, as
            // if this reader had never seen them.
            names.removeAll(from: numbered)
            return false
        }
        return true
    }

    private mutating func readFile(into parsed: inout ParsedFile) -> Bool {
        relations.reserveCapacity(16)
        datedByArticle.reserveCapacity(16)
        guard readDocument(), nodes < Self.nodeLimit, let published = article?.published else { return false }
        for index in relations.indices where datedByArticle[index] {
            relations[index].date = published
            if let until = relations[index].until, until < published { return false }
        }
        parsed.article = take(&article, leaving: nil)
        parsed.articleIDLocation = articleIDLocation
        parsed.factions = factions
        // Kept until the corpus is assembled: in an array of exactly their
        // number, not the up to twice as many slots appending left (80 MB
        // of the peak memory of 100,000 articles). Moved there from the
        // last (`popLast` hands each over without a copy; appending the
        // list copied every relation, a retain of each of its fields).
        let relationCount = relations.count
        parsed.relations = [ParsedRelation](unsafeUninitializedCapacity: relationCount) { buffer, count in
            var index = relationCount
            while let relation = relations.popLast() {
                index -= 1
                (buffer.baseAddress! + index).initialize(to: relation)
            }
            count = relationCount
        }
        return true
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

    /// The stream: one document, a map of `article`, `factions`, `relations`.
    private mutating func readDocument() -> Bool {
        guard events.next(), events.type == YAML_STREAM_START_EVENT,
              events.next(), events.type == YAML_DOCUMENT_START_EVENT,
              next(), events.type == YAML_MAPPING_START_EVENT else { return false }
        // Keys compared as bytes, those seen kept as bits (see
        // `EventReaderKey` why).
        var seen: UInt8 = 0
        while next(), events.type != YAML_MAPPING_END_EVENT {
            guard let key = events.stringBytes else { return false }
            let bit: UInt8 = key.equals("article") ? 1 : key.equals("factions") ? 2 : key.equals("relations") ? 4 : 0
            guard bit != 0, seen & bit == 0, next() else { return false }
            seen |= bit
            switch bit {
            case 1: guard readArticle() else { return false }
            case 2:
                guard let declarations = subtree(FactionDeclarationParser.parse) else { return false }
                factions = declarations
            default: guard readRelations() else { return false }
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

    /// The keys of `article`.
    private enum ArticleKey: UInt8, EventReaderKey {
        case title = 1, published = 2, source = 4, author = 8, language = 16, url = 32, id = 64

        var text: StaticString {
            switch self {
            case .title: "title"
            case .published: "published"
            case .source: "source"
            case .author: "author"
            case .language: "language"
            case .url: "url"
            case .id: "id"
            }
        }
    }

    /// `article`: a map of its metadata, `title` and `published` required.
    private mutating func readArticle() -> Bool {
        guard events.type == YAML_MAPPING_START_EVENT else { return false }
        var article = Article(id: input.defaultArticleID, title: "", published: PartialDate(year: 1)!,
                              path: input.displayPath)
        var seen: UInt8 = 0
        while next(), events.type != YAML_MAPPING_END_EVENT {
            guard let bytes = events.stringBytes, let key = ArticleKey.matching(bytes), seen & key.rawValue == 0, next(),
                  let value = scalar else { return false }
            seen |= key.rawValue
            switch key {
            case .title:
                guard let title = string(value) else { return false }
                article.title = title.trimmingWhitespace
            case .published:
                guard let published = date(value) else { return false }
                article.published = published
            case .source, .author, .language, .url:
                var text: String?
                if !value.isNull {
                    guard let written = string(value) else { return false }
                    text = written.trimmingWhitespace
                }
                switch key {
                case .source: article.source = text
                case .author: article.author = text
                case .language: article.language = text
                default:
                    // Not an http(s) address: a warning, the tree reader's.
                    if let text, !SafeURL.isHTTPURL(text) { return false }
                    article.url = text
                }
            case .id:
                guard let id = string(value) else { return false }
                article.id = id.trimmingWhitespace
                articleIDLocation = location(value)
            }
        }
        let required = ArticleKey.title.rawValue | ArticleKey.published.rawValue
        guard seen & required == required else { return false }
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

/// The keys of a map the event reader knows, each a bit (to tell a key
/// written twice), matched by their bytes: as strings kept in an array,
/// the keys of articles and relations cost about 2 % of the instructions
/// of `check` (callgrind, 2k articles: the strings, the arrays growing,
/// the comparisons).
protocol EventReaderKey: RawRepresentable where RawValue == UInt8 {
    /// The key as written.
    var text: StaticString { get }
}

extension EventReaderKey {
    /// The key written as `bytes`, or `nil`.
    static func matching(_ bytes: UnsafeBufferPointer<UInt8>) -> Self? {
        var bit: UInt8 = 1
        while bit != 0 {
            if let known = Self(rawValue: bit), bytes.equals(known.text) { return known }
            bit <<= 1
        }
        return nil
    }
}
