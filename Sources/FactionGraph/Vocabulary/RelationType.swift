/// A relation type, as a vocabulary describes it: its name and connector,
/// what it means over time, its sign, the attributes it accepts and how it
/// is drawn.
///
/// Types come from a `Vocabulary`: the built-in one (`Vocabulary.builtIn`)
/// or a corpus's, which may add types and restyle built-in ones. Code never
/// asks which type a relation is; it asks what the type means (its
/// `relationClass`, `polarity`, `endedBy`, ...), so a corpus's own types
/// behave like the built-in ones.
///
/// Two types are equal when their names are: a restyled `combat` is still
/// `combat`, so two corpora with different styles compare.
public struct RelationType: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// One shared, immutable description: relations and edges copy a type
    /// for the price of one retain.
    final class Definition: Sendable {
        let name: String
        let isDirected: Bool
        let relationClass: RelationClass
        let polarity: Sign
        let endedBy: [String]
        let accepts: Set<RelationAttribute>
        let absorbsSource: Bool
        let look: RelationLook
        let wording: Wording
        let order: Int
        let isBuiltIn: Bool
        let note: String?
        /// The cues a vocabulary gives, after a built-in type's own.
        let addedCues: [CuePattern]

        /// A built-in type's cues are parsed when first asked for (by
        /// `suggest`), not whenever a vocabulary is made: `check` never
        /// needs them, and parsing them is about 5 % of its instructions on
        /// 2,000 articles.
        var cues: [CuePattern] { (isBuiltIn ? BuiltInCues.parsed[name] ?? [] : []) + addedCues }

        init(name: String, isDirected: Bool, relationClass: RelationClass, polarity: Sign, endedBy: [String],
             accepts: Set<RelationAttribute>, absorbsSource: Bool, look: RelationLook, wording: Wording,
             order: Int, isBuiltIn: Bool, note: String?, cues: [CuePattern] = []) {
            self.name = name
            self.isDirected = isDirected
            self.relationClass = relationClass
            self.polarity = polarity
            self.endedBy = endedBy
            self.accepts = accepts
            self.absorbsSource = absorbsSource
            self.look = look
            self.wording = wording
            self.order = order
            self.isBuiltIn = isBuiltIn
            self.note = note
            self.addedCues = cues
        }
    }

    let definition: Definition

    init(_ definition: Definition) { self.definition = definition }

    /// The key written in an article: `combat`, `support`.
    public var name: String { definition.name }
    /// True for types written `A -> B`.
    public var isDirected: Bool { definition.isDirected }
    /// The connector this type takes: `->` or `--`.
    public var connector: String { isDirected ? "->" : "--" }
    /// What the type means over time.
    public var relationClass: RelationClass { definition.relationClass }
    /// Its sign, for paths and structural balance.
    public var polarity: Sign { definition.polarity }
    /// For a tie: the names of the types whose later relation between the
    /// same pair ends it (`split` for `allegiance`).
    public var endedBy: [String] { definition.endedBy }
    /// The optional attributes the type accepts.
    public var accepts: Set<RelationAttribute> { definition.accepts }
    /// True when `A -> B` ends A's ties and stances as of its date, as if A
    /// had dissolved (a merger: A was absorbed by B).
    public var absorbsSource: Bool { definition.absorbsSource }
    /// How the type is drawn.
    public var look: RelationLook { definition.look }
    /// How text output phrases the type.
    public var wording: Wording { definition.wording }
    /// The type's place in its vocabulary: built-in types first, in a fixed
    /// order, then a corpus's own in the order of `vocabulary.yaml`. Edges
    /// of one pair are listed in this order.
    public var order: Int { definition.order }
    /// True for the types every corpus has.
    public var isBuiltIn: Bool { definition.isBuiltIn }
    /// The vocabulary's note on the type, if any.
    public var note: String? { definition.note }
    /// The phrases that signal a relation of this type in an article's
    /// text, for `factiongraph suggest`: the built-in list of a built-in
    /// type, then those of `vocabulary.yaml`'s `cues:`.
    public var cues: [CuePattern] { definition.cues }

    public var description: String { name }

    public static func == (lhs: RelationType, rhs: RelationType) -> Bool {
        lhs.definition === rhs.definition || lhs.definition.name == rhs.definition.name
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(definition.name) }

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool {
        if lhs.definition === rhs.definition { return false }
        return (lhs.order, lhs.name) < (rhs.order, rhs.name)
    }

    /// True when a relation of `ender`'s type between the same factions
    /// ends this tie: `ender` is one of `endedBy`.
    public func isEnded(by ender: RelationType) -> Bool { endedBy.contains(ender.name) }
}

extension RelationType {
    /// How text output phrases a type: histories (`allegiance to X`) and
    /// structural balance (`allied with X`, `X and Y fight each other`).
    /// `{}` stands for the other faction's name.
    public struct Wording: Sendable, Hashable {
        /// Seen from A of `A -> B` (`allegiance to {}`), or from either side
        /// of an undirected type (`alliance with {}`).
        public var outgoing: String
        /// Seen from B of `A -> B` (`allegiance of {}`); the same as
        /// `outgoing` for undirected types.
        public var incoming: String
        /// For a friendly type in a triangle: `allied with`.
        public var friendly: String
        /// For a hostile type: `fight each other`.
        public var hostile: String
        /// Among friendly types of one pair, the lowest rank phrases the
        /// link (alliance, then allegiance, then truce).
        public var rank: Int

        /// The wording of a corpus's own type, from its name.
        static func generic(name: String, isDirected: Bool, order: Int) -> Wording {
            Wording(outgoing: isDirected ? "\(name) to {}" : "\(name) with {}",
                    incoming: isDirected ? "\(name) from {}" : "\(name) with {}",
                    friendly: "linked by \(name) with", hostile: "are in \(name)", rank: 100 + order)
        }

        /// `template` with `{}` replaced by `name`.
        public static func fill(_ template: String, _ name: String) -> String {
            template.replacingOccurrences(of: "{}", with: name)
        }
    }
}
