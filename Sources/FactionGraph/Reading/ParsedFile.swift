/// A faction declaration as written in one file, before declarations of the
/// same id are merged.
struct FactionDeclaration: Sendable {
    var id: FactionID
    var idLocation: SourceLocation
    var name: String
    var nameLocation: SourceLocation
    var aliases: [(name: String, location: SourceLocation)]
    var kind: FactionKind
    /// Where `kind` is written, or the declaration when it is implicit.
    var kindLocation: SourceLocation
    var kindIsExplicit: Bool
    var founded: PartialDate?
    var foundedLocation: SourceLocation?
    var dissolved: PartialDate?
    var dissolvedLocation: SourceLocation?
    var note: String?
    var renames: [Faction.Rename] = []
    /// False when the declaration has errors (already reported). It still
    /// declares its id, names and aliases, so that references to it cause
    /// no "unknown faction" errors on top; with errors, the corpus yields
    /// no output anyway.
    var isValid = true
}

/// A faction reference as written (`hts`, `Tahrir al-Sham`), with its place.
struct Reference: Sendable {
    var text: String
    var location: SourceLocation
}

/// A relation as written in one article, its references not yet resolved.
struct RelationDraft: Sendable {
    var type: RelationType
    var from: Reference
    var to: Reference
    var date: PartialDate?
    var dateLocation: SourceLocation?
    var until: PartialDate?
    var place: String?
    var casualties: [(faction: Reference, count: Int)]
    var fatalities: Fatalities? = nil
    var confidence: Confidence
    var note: String?
    var evidence: [Evidence]
    var location: SourceLocation
    /// False when an error was already reported for the item (the relation
    /// is still resolved, to report every problem, but never kept).
    var isValid: Bool
}

/// A relation as kept from reading until the corpus is assembled: its
/// references not yet resolved, and what the corpus keeps of it for output
/// already in the form the corpus keeps it (`Relation.Details`).
///
/// Why not the draft itself: the drafts of 100,000 articles are held
/// until every file is read, and building the details again from them
/// while they were still held took 100 MB more at the peak (of 830 MB).
struct ParsedRelation: Sendable {
    var type: RelationType
    /// Casualties by reference; the details have none until these are
    /// resolved.
    var casualties: [(faction: Reference, count: Int)]
    var details: Relation.Details
    /// Where both references are: the relation's `A -- B` value (kept
    /// once).
    var endpointsLocation: SourceLocation
    /// The two references, by their numbers in the file's `ReferenceNames`
    /// (see there why). With the pointers first and the small fields
    /// last, a relation takes 72 bytes (136 with two `Reference`s).
    var fromName: UInt32
    var toName: UInt32
    var date: PartialDate?
    var until: PartialDate?
    var confidence: Confidence
    var isValid: Bool

    /// Where the relation's item starts.
    var location: SourceLocation { details.location }

    /// `draft`, its references numbered in `names`.
    init(_ draft: RelationDraft, names: ReferenceNames) {
        assert(draft.from.location == draft.to.location, "both references are at the relation's endpoints")
        self.init(type: draft.type, fromName: names.number(draft.from.text), toName: names.number(draft.to.text),
                  endpointsLocation: draft.from.location, date: draft.date, dateLocation: draft.dateLocation,
                  until: draft.until, place: draft.place, casualties: draft.casualties, fatalities: draft.fatalities,
                  confidence: draft.confidence, note: draft.note, evidence: draft.evidence, location: draft.location,
                  isValid: draft.isValid)
    }

    /// A relation from its parts, its references already numbered (the
    /// event reader builds relations so, without drafts).
    init(type: RelationType, fromName: UInt32, toName: UInt32, endpointsLocation: SourceLocation,
         date: PartialDate?, dateLocation: SourceLocation?, until: PartialDate?, place: String?,
         casualties: [(faction: Reference, count: Int)], fatalities: Fatalities?, confidence: Confidence,
         note: String?, evidence: [Evidence], location: SourceLocation, isValid: Bool) {
        self.type = type
        self.fromName = fromName
        self.toName = toName
        self.endpointsLocation = endpointsLocation
        self.date = date
        self.until = until
        self.casualties = casualties
        self.confidence = confidence
        self.isValid = isValid
        details = Relation.Details(place: place, casualties: [:], fatalities: fatalities, note: note,
                                   evidence: evidence, location: location, dateLocation: dateLocation ?? location)
    }
}

/// What one file contributes to a corpus.
struct ParsedFile: Sendable {
    var input: InputFile
    /// Where the references of `relations` are numbered: shared by the
    /// files one thread parses.
    var names = ReferenceNames()
    /// The article's metadata; `nil` for a registry and for an article whose
    /// `article` block is unusable.
    var article: Article?
    var factions: [FactionDeclaration] = []
    /// The relation types a vocabulary file declares.
    var types: [TypeDeclaration] = []
    var relations: [ParsedRelation] = []
    var diagnostics: [Diagnostic] = []
    /// A `.md` file without front matter: skipped with a warning.
    var isSkipped = false
    /// Where the `article.id` is written when it is explicit.
    var articleIDLocation: SourceLocation?
    /// A registry with a YAML syntax error: its factions after the error
    /// are unknown, so references to unknown factions are not reported
    /// (they would be hundreds of errors caused by one).
    /// A registry or vocabulary cut short by a YAML syntax error.
    var isIncompleteRegistry = false
}
