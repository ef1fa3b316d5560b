/// What changed between two snapshots (two dates of one corpus, or two
/// corpora at one date): factions and relations added and removed, pairs
/// whose stance changed, factions renamed.
public struct SnapshotDiff: Sendable {
    public var old: Snapshot
    public var new: Snapshot
    /// Factions in the new snapshot and not the old, in id order.
    public var addedFactions: [Faction]
    /// Factions in the old snapshot and not the new, in id order.
    public var removedFactions: [Faction]
    /// Factions in both, under another name in the new.
    public var renamedFactions: [(old: Faction, new: Faction)]
    /// Edges only in the new snapshot (excluding changed stances).
    public var added: [SnapshotEdge]
    /// Edges only in the old snapshot (excluding changed stances).
    public var removed: [SnapshotEdge]
    /// Pairs whose stance changed: each old stance with each new one.
    public var changed: [(from: SnapshotEdge, to: SnapshotEdge)]
    /// Edges in both (as they are in the new snapshot).
    public var unchanged: [SnapshotEdge]

    /// True when nothing changed.
    public var isEmpty: Bool {
        addedFactions.isEmpty && removedFactions.isEmpty && renamedFactions.isEmpty
            && added.isEmpty && removed.isEmpty && changed.isEmpty
    }
}

/// Compares snapshots.
public enum SnapshotDiffer {
    /// The differences from `old` to `new`. Relations are matched by type and
    /// factions; an alliance, truce or combat pair whose set of stances
    /// differs on both sides is a changed stance, listed only as changed.
    /// - Complexity: O(edges log edges).
    public static func diff(_ old: Snapshot, _ new: Snapshot) -> SnapshotDiff {
        let oldIDs = Set(old.factions.map(\.id))
        let newIDs = Set(new.factions.map(\.id))
        let oldByID = Dictionary(uniqueKeysWithValues: old.factions.map { ($0.id, $0) })
        var renamed: [(old: Faction, new: Faction)] = []
        for faction in new.factions {
            if let before = oldByID[faction.id], before.name != faction.name { renamed.append((before, faction)) }
        }

        var added: [SnapshotEdge] = []
        var removed: [SnapshotEdge] = []
        var changed: [(from: SnapshotEdge, to: SnapshotEdge)] = []
        var unchanged: [SnapshotEdge] = []
        let oldEdges = Dictionary(uniqueKeysWithValues: old.edges.map { ($0.key, $0) })
        let newEdges = Dictionary(uniqueKeysWithValues: new.edges.map { ($0.key, $0) })

        // Allegiance and split: present or not.
        for edge in new.edges where edge.isDirected {
            if oldEdges[edge.key] == nil { added.append(edge) } else { unchanged.append(edge) }
        }
        for edge in old.edges where edge.isDirected && newEdges[edge.key] == nil {
            removed.append(edge)
        }
        // Stances: compared per pair.
        let oldStances = Dictionary(grouping: old.edges.filter { !$0.isDirected }, by: \.pair)
        let newStances = Dictionary(grouping: new.edges.filter { !$0.isDirected }, by: \.pair)
        for pair in Set(oldStances.keys).union(newStances.keys).sorted() {
            let before = oldStances[pair] ?? []
            let after = newStances[pair] ?? []
            let beforeTypes = Set(before.map(\.type))
            let afterTypes = Set(after.map(\.type))
            unchanged += after.filter { beforeTypes.contains($0.type) }
            let gone = before.filter { !afterTypes.contains($0.type) }
            let came = after.filter { !beforeTypes.contains($0.type) }
            if !gone.isEmpty && !came.isEmpty {
                for from in gone { for to in came { changed.append((from, to)) } }
            } else {
                removed += gone
                added += came
            }
        }
        let order = { (a: SnapshotEdge, b: SnapshotEdge) in (a.from, a.to, a.type) < (b.from, b.to, b.type) }
        return SnapshotDiff(
            old: old, new: new,
            addedFactions: new.factions.filter { !oldIDs.contains($0.id) },
            removedFactions: old.factions.filter { !newIDs.contains($0.id) },
            renamedFactions: renamed,
            added: added.sorted(by: order), removed: removed.sorted(by: order),
            changed: changed.sorted { order($0.to, $1.to) || (!order($1.to, $0.to) && order($0.from, $1.from)) },
            unchanged: unchanged.sorted(by: order))
    }
}

extension SnapshotEdge {
    /// The unordered pair of factions.
    public var pair: FactionPair { FactionPair(from, to) }
}
