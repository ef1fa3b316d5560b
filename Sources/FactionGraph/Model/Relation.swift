/// The five relation types of the format.
public enum RelationType: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// `A -> B`: A pledges allegiance to, or is affiliated under, B.
    case allegiance
    /// `A -- B`: A and B cooperate or fight side by side.
    case alliance
    /// `A -- B`: A and B agree to stop fighting.
    case truce
    /// `A -- B`: A and B fight each other.
    case combat
    /// `A -> B`: A broke away from B.
    case split

    /// True for the types written `A -> B`.
    public var isDirected: Bool { self == .allegiance || self == .split }

    /// True for alliance, truce and combat: one stance per unordered pair,
    /// the latest holding.
    public var isStance: Bool { !isDirected }

    /// The connector this type takes: `->` or `--`.
    public var connector: String { isDirected ? "->" : "--" }

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int { Self.allCases.firstIndex(of: self)! }
}

/// How sure the source is of a relation.
public enum Confidence: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case reported
    case confirmed
    case alleged
    /// Kept as a record, but never part of a snapshot.
    case denied

    public static let `default` = Confidence.reported

    /// Strength, for choosing what a merged edge shows:
    /// confirmed > reported > alleged > denied.
    var strength: Int {
        switch self {
        case .confirmed: return 3
        case .reported: return 2
        case .alleged: return 1
        case .denied: return 0
        }
    }

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.strength < rhs.strength }
}

/// One quote from an article's body supporting a relation.
public struct Evidence: Sendable, Hashable {
    /// The quote as written in the annotation.
    public var quote: String
    /// The line of the article file where the quote begins.
    public var line: Int
    /// Where the quote is written in the front matter.
    public var location: SourceLocation
}

/// One relation as an article reports it: a typed, dated claim between two
/// factions, with its evidence.
public struct Relation: Sendable, Hashable {
    public var type: RelationType
    /// For directed types the actor (A in `A -> B`); for undirected types the
    /// smaller id of the pair.
    public var from: FactionID
    /// For directed types the target; for undirected types the larger id.
    public var to: FactionID
    /// When it began or happened: `date`, or the article's `published`.
    public var date: PartialDate
    /// When it ended, if it did.
    public var until: PartialDate?
    public var place: String?
    /// Casualties per faction id (combat only).
    public var casualties: [FactionID: Int]
    public var confidence: Confidence
    public var note: String?
    public var evidence: [Evidence]
    /// Index of the reporting article in `Corpus.articles`.
    public var articleIndex: Int
    /// Where the relation's item starts in the front matter.
    public var location: SourceLocation
    /// Where its date is written (the item itself when `date` was omitted).
    public var dateLocation: SourceLocation

    /// The unordered pair of factions, smaller id first.
    public var pair: FactionPair { FactionPair(from, to) }
}

/// Two faction ids in id order: the key of an undirected pair.
public struct FactionPair: Sendable, Hashable, Comparable {
    public let first: FactionID
    public let second: FactionID

    public init(_ a: FactionID, _ b: FactionID) {
        if a <= b { (first, second) = (a, b) } else { (first, second) = (b, a) }
    }

    public static func < (lhs: FactionPair, rhs: FactionPair) -> Bool {
        (lhs.first, lhs.second) < (rhs.first, rhs.second)
    }
}
