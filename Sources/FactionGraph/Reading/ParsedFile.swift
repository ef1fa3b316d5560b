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
    var untilLocation: SourceLocation?
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

/// What one file contributes to a corpus.
struct ParsedFile: Sendable {
    var input: InputFile
    /// The article's metadata; `nil` for a registry and for an article whose
    /// `article` block is unusable.
    var article: Article?
    var factions: [FactionDeclaration] = []
    /// The relation types a vocabulary file declares.
    var types: [TypeDeclaration] = []
    var relations: [RelationDraft] = []
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
