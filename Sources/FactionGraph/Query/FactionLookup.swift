/// Finds a faction by reference, as the format matches references: an id,
/// a name or an alias, case-insensitively with white space folded.
public struct FactionLookup: Sendable {
    private let index: NameIndex
    private let factions: [FactionID: Faction]

    public init(_ corpus: Corpus) {
        var index = NameIndex()
        for faction in corpus.factions.values.sorted(by: { $0.id < $1.id }) {
            for name in [faction.id] + faction.allNames + faction.aliases {
                index.add(name, for: faction.id, at: faction.location)
            }
        }
        self.index = index
        factions = corpus.factions
    }

    /// The faction `reference` names.
    public enum Match: Sendable {
        case found(Faction)
        /// No faction has that name; the closest known names, as
        /// `name (id)`.
        case unknown(suggestions: [String])
    }

    public func find(_ reference: String) -> Match {
        if let id = index.factions(for: reference).first, let faction = factions[id] {
            return .found(faction)
        }
        return .unknown(suggestions: index.suggestions(for: reference))
    }
}
