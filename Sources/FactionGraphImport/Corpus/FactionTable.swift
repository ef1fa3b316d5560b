import Foundation
import FactionGraph

/// The factions of one import: those of an existing registry, which names
/// resolve to first, and the new ones the import declares.
///
/// Names resolve as the format matches references (case-insensitive, white
/// space folded), so an imported name resolves to the faction of an existing
/// registry that has it as its id, a name or an alias. New factions get ids
/// made from their names (`Slug`), made unique with `-2`, `-3`, ... in the
/// order they are first seen, so the same input always gives the same ids.
struct FactionTable {
    /// How sure a faction's kind is: a later, surer reading replaces it.
    enum KindEvidence: Int, Comparable, Sendable {
        /// The format's default.
        case assumed
        /// From the name (`Military Forces of ...` is a state).
        case name
        /// From the source's own actor type (ACLED's inter codes).
        case source

        static func < (lhs: KindEvidence, rhs: KindEvidence) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    struct Entry: Sendable {
        var id: FactionID
        /// The name as first seen (new factions) or declared (existing).
        var name: String
        var aliases: [String] = []
        var kind: FactionKind
        var kindEvidence: KindEvidence
        var note: String?
        /// From an existing registry: never written again.
        let isExisting: Bool
        /// Declared by the input itself (MMP's key): written even if no
        /// relation uses it.
        var isDeclared = false
        /// Relations of written articles that name it.
        var uses = 0
    }

    private(set) var entries: [Entry] = []
    /// Folded names (ids, names, aliases) to entries.
    private var byKey: [String: Int] = [:]

    init(existing: [Faction] = []) {
        for faction in existing.sorted(by: { $0.id < $1.id }) {
            let index = entries.count
            entries.append(Entry(id: faction.id, name: faction.name, aliases: faction.aliases, kind: faction.kind,
                                 kindEvidence: .source, note: faction.note, isExisting: true))
            for name in [faction.id] + faction.allNames + faction.aliases { claim(name, index) }
        }
    }

    /// The faction `name` names, created when there is none.
    ///
    /// An ACLED-style name with a date suffix (`Military Forces of Syria
    /// (2000-)`) that no faction has also resolves to an existing registry's
    /// faction named without the suffix.
    mutating func resolve(_ name: String, kind: FactionKind, evidence: KindEvidence, note: String? = nil) -> Int {
        let key = Matching.referenceKey(name)
        if let index = byKey[key] {
            if !entries[index].isExisting, evidence > entries[index].kindEvidence {
                entries[index].kind = kind
                entries[index].kindEvidence = evidence
            }
            return index
        }
        if let base = ActorName.withoutDateSuffix(name), let index = byKey[Matching.referenceKey(base)],
           entries[index].isExisting {
            return index
        }
        let index = entries.count
        entries.append(Entry(id: newID(for: name), name: name, kind: kind, kindEvidence: evidence, note: note,
                             isExisting: false))
        claim(name, index)
        claim(entries[index].id, index)
        return index
    }

    mutating func declare(_ index: Int) { entries[index].isDeclared = true }

    /// Adds `alias` to a new faction, unless another faction has that name
    /// (then false).
    mutating func addAlias(_ alias: String, to index: Int) -> Bool {
        let key = Matching.referenceKey(alias)
        if let owner = byKey[key] { return owner == index }
        guard !entries[index].isExisting else { return false }
        entries[index].aliases.append(alias)
        byKey[key] = index
        return true
    }

    /// Counts a relation naming the faction (`delta` -1 when an article is
    /// replaced by another version).
    mutating func use(_ index: Int, _ delta: Int = 1) { entries[index].uses += delta }

    func id(_ index: Int) -> FactionID { entries[index].id }

    /// Existing factions that imported names resolved to.
    var matchedExisting: Int { entries.count(where: { $0.isExisting && $0.uses > 0 }) }

    /// The new factions to write, in id order, with their display names:
    /// a name with a date suffix is shown without it (and keeps its full
    /// name as an alias) when no other faction has that shorter name.
    func newFactions() -> [Entry] {
        let written = entries.filter { !$0.isExisting && ($0.uses > 0 || $0.isDeclared) }
        var baseCounts: [String: Int] = [:]
        for entry in written {
            if let base = ActorName.withoutDateSuffix(entry.name) { baseCounts[Matching.referenceKey(base), default: 0] += 1 }
        }
        return written.map { entry in
            var entry = entry
            if let base = ActorName.withoutDateSuffix(entry.name) {
                let key = Matching.referenceKey(base)
                if byKey[key] == nil, baseCounts[key] == 1 {
                    entry.aliases.insert(entry.name, at: 0)
                    entry.name = base
                }
            }
            return entry
        }.sorted { $0.id < $1.id }
    }

    private mutating func claim(_ name: String, _ index: Int) {
        let key = Matching.referenceKey(name)
        if byKey[key] == nil { byKey[key] = index }
    }

    /// A slug of `name` that no faction has as an id or a name.
    private func newID(for name: String) -> FactionID {
        let slug = Slug.make(name)
        var candidate = slug
        var number = 2
        while byKey[candidate] != nil {
            candidate = "\(slug)-\(number)"
            number += 1
        }
        return candidate
    }
}

/// ACLED's actor names carry the period of a government or its forces:
/// `Military Forces of Syria (2000-)`, `Police Forces of Syria (2000-2024)`.
enum ActorName {
    /// The name without a trailing ` (YYYY-)` or ` (YYYY-YYYY)`, or `nil`
    /// when it has none.
    static func withoutDateSuffix(_ name: String) -> String? {
        let trimmed = name.trimmed
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return nil }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        let parts = inside.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCIIDigit),
              parts[1].isEmpty || (parts[1].count == 4 && parts[1].allSatisfy(\.isASCIIDigit)) else { return nil }
        let base = trimmed[..<open].trimmed
        return base.isEmpty ? nil : base
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
