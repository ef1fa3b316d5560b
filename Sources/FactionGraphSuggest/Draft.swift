import FactionGraph

/// What the suggester proposes for one article: its metadata (when the
/// file has none), the known factions it mentions, new factions, and
/// relations, each relation with its quotes.
public struct Draft: Sendable {
    /// The article's metadata, and where each piece came from.
    public struct Metadata: Sendable {
        public var title: String?
        /// True when the title is a suggestion (the text's first line, or
        /// the file name), not written in the front matter.
        public var titleSuggested = false
        public var published: PartialDate?
        /// Where `published` came from when not from the front matter:
        /// `--published`, `the file name`, `the text`.
        public var publishedSource: String?
        public var author: String?
        public var authorSuggested = false
    }

    public var path: String
    public var metadata: Metadata
    /// The known factions the article names, with how often, most often
    /// first.
    public var mentions: [(faction: FactionID, count: Int)]
    public var newFactions: [NewFaction]
    /// Relations scoring at least the threshold, in text order.
    public var suggestions: [Suggestion]
    /// Candidates below the threshold (for `--format json` and tuning).
    public var rejected: [Suggestion]
    /// The file split at its front matter.
    var parts: ArticleInput.Parts
    /// What the front matter already says, when there is one.
    var existing: ExistingAnnotation?
}
