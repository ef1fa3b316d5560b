import Foundation

/// Finds a faction by reference, as the format matches references: an id,
/// a name or an alias, case-insensitively with white space folded.
public struct FactionLookup: Sendable {
    private let factions: [FactionID: Faction]
    private let names: Names

    /// A lookup in `corpus`. Cheap: the index of names and aliases is built
    /// when a reference first needs it, so a query given two ids (as most
    /// scripts give them) does not fold every name of the corpus (7 ms of
    /// `path` on the 10k corpus).
    public init(_ corpus: Corpus) {
        factions = corpus.factions
        names = Names(corpus.factions)
    }

    /// The faction `reference` names.
    public enum Match: Sendable {
        case found(Faction)
        /// No faction has that name; the closest known names, as
        /// `name (id)`.
        case unknown(suggestions: [String])
    }

    public func find(_ reference: String) -> Match {
        // An id names its faction: in a valid corpus no other faction has
        // a name or alias that folds to it (that is an error when reading).
        if let faction = factions[reference] { return .found(faction) }
        let index = names.index
        if let id = index.factions(for: reference).first, let faction = factions[id] {
            return .found(faction)
        }
        return .unknown(suggestions: index.suggestions(for: reference))
    }

    /// Every id, name and alias, indexed on first use; a lock makes the
    /// lookup `Sendable`.
    private final class Names: @unchecked Sendable {
        private let factions: [FactionID: Faction]
        private let lock = NSLock()
        private var built: NameIndex?

        init(_ factions: [FactionID: Faction]) { self.factions = factions }

        var index: NameIndex {
            lock.lock()
            defer { lock.unlock() }
            if let built { return built }
            var index = NameIndex()
            for faction in factions.values.sorted(by: { $0.id < $1.id }) {
                for name in [faction.id] + faction.allNames + faction.aliases {
                    index.add(name, for: faction.id, at: faction.location)
                }
            }
            built = index
            return index
        }
    }
}
