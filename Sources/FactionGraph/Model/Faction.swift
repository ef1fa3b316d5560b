/// A faction's id: a slug of lowercase letters, digits and `-`, starting
/// with a letter or digit (`hts`, `hurras-al-din`).
public typealias FactionID = String

/// What sort of actor a faction is; drawn as the node's shape and colour.
public enum FactionKind: String, Sendable, Hashable, CaseIterable, Codable {
    case armedGroup = "armed-group"
    case coalition
    case state
    case movement
    case person
    case other

    /// The kind a declaration without `kind` has.
    public static let `default` = FactionKind.armedGroup
}

/// A faction as declared in the registry or in articles, with the aliases of
/// all its declarations merged.
public struct Faction: Sendable, Hashable {
    public var id: FactionID
    /// The display name, any Unicode. In a snapshot, the name in use as of
    /// its date (see `renames`).
    public var name: String
    /// The name as declared: the faction's name until its first rename.
    public let declaredName: String
    /// Other names, in the order first declared, without repeats.
    public var aliases: [String]
    public var kind: FactionKind
    public var founded: PartialDate?
    public var dissolved: PartialDate?
    public var note: String?
    /// Where the faction was first declared.
    public var location: SourceLocation
    /// Later names, in date order: `name` is the name until the first of
    /// them, each the name from its date on.
    public var renames: [Rename] = []

    /// A new name from a date on.
    public struct Rename: Sendable, Hashable {
        public var date: PartialDate
        public var name: String
        /// Where the rename's `date` is written.
        public var location: SourceLocation
    }

    /// The name in use at the end of `date`'s period: the latest rename
    /// that has begun by then, or `name`.
    public func name(asOf date: PartialDate) -> String {
        renames.last { $0.date.hasBegun(by: date) }?.name ?? declaredName
    }

    /// Every name the faction has had, first to last.
    public var allNames: [String] { unique([declaredName] + renames.map(\.name)) }

    public init(id: FactionID, name: String, aliases: [String] = [], kind: FactionKind = .default,
                founded: PartialDate? = nil, dissolved: PartialDate? = nil, note: String? = nil,
                location: SourceLocation) {
        self.id = id
        self.name = name
        self.declaredName = name
        self.aliases = aliases
        self.kind = kind
        self.founded = founded
        self.dissolved = dissolved
        self.note = note
        self.location = location
    }

    /// True when `text` is a valid faction id.
    public static func isValidID(_ text: String) -> Bool {
        guard let first = text.utf8.first, isSlugStart(first) else { return false }
        return text.utf8.allSatisfy { isSlugStart($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isSlugStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
