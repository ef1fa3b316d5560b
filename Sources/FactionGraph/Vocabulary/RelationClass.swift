/// What a relation type means over time: how its reports combine into the
/// edges of a snapshot.
public enum RelationClass: String, Sendable, Hashable, CaseIterable {
    /// One per unordered pair: among a pair's stances the latest holds, and
    /// a newer stance of any stance type replaces it (alliance, truce,
    /// combat, rivalry). Always undirected.
    case stance
    /// Holds from its date until its `until`, or until a relation of a type
    /// declared to end it occurs between the same pair, dated later
    /// (allegiance, ended by split).
    case tie
    /// Once it happened it stays: an event in a faction's lineage (split,
    /// merger).
    case lineage
}

/// The sign of a relation type, of a path or of a cycle: friendly (`+`),
/// hostile (`-`) or of no definite sign (`?`).
public enum Sign: String, Sendable, Hashable, CaseIterable, Codable {
    case positive = "+"
    case negative = "-"
    case unknown = "?"

    /// The product of two signs: `?` with anything is `?`.
    public static func * (lhs: Sign, rhs: Sign) -> Sign {
        if lhs == .unknown || rhs == .unknown { return .unknown }
        return lhs == rhs ? .positive : .negative
    }
}

/// The sign of a path or a cycle.
public typealias PathSign = Sign

/// An attribute that only some relation types accept (every type accepts
/// `evidence`, `date`, `until`, `where`, `confidence` and `note`).
public enum RelationAttribute: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Casualties per side: a map from faction reference to a whole number.
    case casualties
    /// The deaths of the whole event, all sides together: a whole number or
    /// `{best, low, high}` estimates.
    case fatalities

    public static func < (lhs: RelationAttribute, rhs: RelationAttribute) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
