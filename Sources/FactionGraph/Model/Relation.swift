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
    /// The type, from the corpus's vocabulary.
    public let type: RelationType
    /// For directed types the actor (A in `A -> B`); for undirected types the
    /// smaller id of the pair.
    public let from: FactionID
    /// For directed types the target; for undirected types the larger id.
    public let to: FactionID
    /// What is read only for output, kept behind one reference: snapshots
    /// copy relations into their edges, and a copy then costs a few retains
    /// instead of one per field.
    private let details: Details
    /// Index of the reporting article in `Corpus.articles`.
    public var articleIndex: Int { Int(storedArticleIndex) }
    /// 32 bits, and the small fields last, so that a relation takes 64
    /// bytes, not 72 (half a million relations for 100,000 articles).
    private let storedArticleIndex: Int32
    /// When it began or happened: `date`, or the article's `published`.
    public let date: PartialDate
    /// When it ended, if it did.
    public let until: PartialDate?
    public let confidence: Confidence

    public init(type: RelationType, from: FactionID, to: FactionID, date: PartialDate, until: PartialDate?,
                place: String?, casualties: [FactionID: Int], fatalities: Fatalities? = nil, confidence: Confidence,
                note: String?, evidence: [Evidence], articleIndex: Int, location: SourceLocation,
                dateLocation: SourceLocation) {
        self.init(type: type, from: from, to: to, date: date, until: until, confidence: confidence,
                  articleIndex: articleIndex,
                  details: Details(place: place, casualties: casualties, fatalities: fatalities, note: note,
                                   evidence: evidence, location: location, dateLocation: dateLocation))
    }

    /// A relation whose details were put together as it was read.
    init(type: RelationType, from: FactionID, to: FactionID, date: PartialDate, until: PartialDate?,
         confidence: Confidence, articleIndex: Int, details: Details) {
        self.type = type
        self.from = from
        self.to = to
        self.date = date
        self.until = until
        self.confidence = confidence
        storedArticleIndex = Int32(articleIndex)
        self.details = details
    }

    public var place: String? { details.place }
    /// Casualties per faction id (types that accept them: combat).
    public var casualties: [FactionID: Int] { details.casualties }
    /// The deaths of the whole event, all sides together (types that
    /// accept them: combat).
    public var fatalities: Fatalities? { details.fatalities }
    public var note: String? { details.note }
    public var evidence: [Evidence] { details.evidence }
    /// Where the relation's item starts in the front matter.
    public var location: SourceLocation { details.location }
    /// Where its date is written (the item itself when `date` was omitted).
    public var dateLocation: SourceLocation { details.dateLocation }

    /// The unordered pair of factions, smaller id first.
    public var pair: FactionPair { FactionPair(from, to) }

    /// What is read only for output (see `details`).
    final class Details: Sendable, Hashable {
        let place: String?
        let casualties: [FactionID: Int]
        let fatalities: Fatalities?
        let note: String?
        let evidence: [Evidence]
        let location: SourceLocation
        let dateLocation: SourceLocation

        init(place: String?, casualties: [FactionID: Int], fatalities: Fatalities?, note: String?, evidence: [Evidence],
             location: SourceLocation, dateLocation: SourceLocation) {
            self.place = place
            self.casualties = casualties
            self.fatalities = fatalities
            self.note = note
            self.evidence = evidence
            self.location = location
            self.dateLocation = dateLocation
        }

        /// What a relation draft holds once its details have moved into
        /// its relation (see `CorpusAssembler`).
        static let placeholder = Details(place: nil, casualties: [:], fatalities: nil, note: nil, evidence: [],
                                         location: SourceLocation(path: "", line: 0, column: 0),
                                         dateLocation: SourceLocation(path: "", line: 0, column: 0))

        /// These details with `casualties` instead of the ones they have.
        func with(casualties: [FactionID: Int]) -> Details {
            Details(place: place, casualties: casualties, fatalities: fatalities, note: note, evidence: evidence,
                    location: location, dateLocation: dateLocation)
        }

        static func == (a: Details, b: Details) -> Bool {
            a === b || (a.place == b.place && a.casualties == b.casualties && a.fatalities == b.fatalities && a.note == b.note
                        && a.evidence == b.evidence && a.location == b.location && a.dateLocation == b.dateLocation)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(location)
            hasher.combine(evidence)
        }
    }
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
