import FactionGraph

/// An article an importer writes: ordinary front matter and a body, the
/// body holding the source's own text so that every quote is verifiable.
public struct DraftArticle: Sendable, Hashable {
    /// The article's stable id (`acled-SYR12345`).
    public var id: String
    /// Where it goes, below the corpus root (`2019/acled-SYR12345.md`).
    public var path: String
    public var title: String
    public var published: PartialDate
    public var source: String?
    public var url: String?
    public var relations: [DraftRelation]
    /// The body, with `\n` line breaks.
    public var body: String

    public init(id: String, path: String, title: String, published: PartialDate, source: String? = nil,
                url: String? = nil, relations: [DraftRelation] = [], body: String) {
        self.id = id
        self.path = path
        self.title = title
        self.published = published
        self.source = source
        self.url = url
        self.relations = relations
        self.body = body
    }
}

/// One relation of an imported article.
public struct DraftRelation: Sendable, Hashable {
    /// The type's name in the vocabulary (`combat`).
    public var type: String
    /// `->` or `--`, as the type takes.
    public var connector: String
    /// Faction ids: the importer resolves every name before writing.
    public var from: FactionID
    public var to: FactionID
    /// Quotes from the body.
    public var evidence: [String]
    /// Written only when it differs from the article's `published`.
    public var date: PartialDate?
    public var until: PartialDate?
    public var place: String?
    /// `nil`: the format's default (`reported`).
    public var confidence: Confidence?
    public var fatalities: Fatalities?
    public var note: String?

    public init(type: String, connector: String, from: FactionID, to: FactionID, evidence: [String],
                date: PartialDate? = nil, until: PartialDate? = nil, place: String? = nil,
                confidence: Confidence? = nil, fatalities: Fatalities? = nil, note: String? = nil) {
        self.type = type
        self.connector = connector
        self.from = from
        self.to = to
        self.evidence = evidence
        self.date = date
        self.until = until
        self.place = place
        self.confidence = confidence
        self.fatalities = fatalities
        self.note = note
    }
}
