import FactionGraph

/// A suggested relation: a typed claim between two factions with the
/// quotes it came from, each cut verbatim from the article's body.
public struct Suggestion: Sendable {
    /// One quote for the claim, with the cue that found it.
    public struct Quote: Sendable, Hashable {
        /// The quote, as the body has it (white space folded).
        public var text: String
        /// The sentence it is in, counting from 1.
        public var sentence: Int
        /// The cue, as the vocabulary writes it: `{A} ... allegiance to {B}`.
        public var cue: String
        /// The cue's words as the text has them: `pledged allegiance to`.
        public var cueText: String
        public var score: Double
        /// How each faction was found, when not by its name: `A is "The
        /// faction" (an anaphor)`.
        public var notes: [String]
    }

    public var type: RelationType
    /// A of `A -> B` (for undirected types, the first named).
    public var from: FactionID
    public var to: FactionID
    public var quotes: [Quote]
    /// The date written in the sentence, if any, resolved against
    /// `published`.
    public var date: PartialDate?
    /// `denied` or `alleged`, or `nil` for the default, `reported`.
    public var confidence: Confidence?
    /// Each side's losses, when the sentence ties a number to it.
    public var casualties: [(faction: FactionID, count: Int)]
    /// The best of its quotes' scores.
    public var score: Double
    /// The features of its best quote.
    public var features: SuggestionFeatures

    /// The pair as the format compares relations: ordered for directed
    /// types, sorted for undirected ones.
    public var key: RelationKey { RelationKey(type: type.name, from, to, directed: type.isDirected) }
}

/// A relation's type and factions, as precision and recall compare them:
/// type, pair and direction.
public struct RelationKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var type: String
    public var from: FactionID
    public var to: FactionID
    public var directed: Bool

    public init(type: String, _ a: FactionID, _ b: FactionID, directed: Bool) {
        self.type = type
        self.directed = directed
        if directed || a <= b { (from, to) = (a, b) } else { (from, to) = (b, a) }
    }

    /// The two factions in id order, whatever the type and direction.
    public var pair: [FactionID] { [from, to].sorted() }

    public var description: String { "\(type): \(from) \(directed ? "->" : "--") \(to)" }

    public static func < (a: RelationKey, b: RelationKey) -> Bool {
        (a.from, a.to, a.type) < (b.from, b.to, b.type)
    }
}
