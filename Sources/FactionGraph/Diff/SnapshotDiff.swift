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
    /// What `reason(removing:)` looks up, built once per diff rather than
    /// once per removed relation.
    let endings: Endings

    /// The old snapshot's factions by id; the new snapshot's mergers by the
    /// faction absorbed; and the date of each relation of the new snapshot
    /// by type and pair, both ordered (directed types) and unordered, to
    /// find what ended a tie.
    struct Endings: Sendable {
        struct Key: Hashable, Sendable {
            var type: String
            /// `[from, to]` for an ordered pair, `[first, second]` in id
            /// order for an unordered one.
            var pair: [FactionID]
            var ordered: Bool
        }

        let factions: [FactionID: Faction]
        let mergers: [FactionID: SnapshotEdge]
        let enders: [Key: PartialDate]
        let directedTypes: Set<String>

        init(old: Snapshot, new: Snapshot) {
            factions = Dictionary(uniqueKeysWithValues: old.factions.map { ($0.id, $0) })
            // Only types that end some tie of the old snapshot matter.
            let ending = Set(old.edges.lazy.filter { $0.type.relationClass == .tie }.flatMap(\.type.endedBy))
            var enders: [Key: PartialDate] = [:]
            var mergers: [FactionID: SnapshotEdge] = [:]
            var directed = Set<String>()
            for edge in new.edges {
                if edge.type.absorbsSource, mergers[edge.from].map({ edge.date < $0.date }) ?? true { mergers[edge.from] = edge }
                guard ending.contains(edge.type.name) else { continue }
                if edge.isDirected {
                    directed.insert(edge.type.name)
                    enders[Key(type: edge.type.name, pair: [edge.from, edge.to], ordered: true)] = edge.date
                }
                enders[Key(type: edge.type.name, pair: [edge.pair.first, edge.pair.second], ordered: false)] = edge.date
            }
            self.enders = enders
            self.mergers = mergers
            directedTypes = directed
        }
    }

    /// True when nothing changed.
    public var isEmpty: Bool {
        addedFactions.isEmpty && removedFactions.isEmpty && renamedFactions.isEmpty
            && added.isEmpty && removed.isEmpty && changed.isEmpty
    }
}

/// Compares snapshots.
public enum SnapshotDiffer {
    /// The differences from `old` to `new`. Relations are matched by type and
    /// factions; a pair whose set of stances (alliance, truce, combat,
    /// rivalry, ...) differs on both sides is a changed stance, listed only
    /// as changed.
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
        // Both edge lists are sorted by (from, to, type): walk them together,
        // one (from, to) run at a time. A stance pair's edges share (from, to)
        // (the smaller id first), so each run holds a pair's stances whole.
        let before = old.edges
        let after = new.edges
        var i = 0
        var j = 0
        while i < before.count || j < after.count {
            let key: (FactionID, FactionID)
            if j >= after.count || (i < before.count && (before[i].from, before[i].to) <= (after[j].from, after[j].to)) {
                key = (before[i].from, before[i].to)
            } else {
                key = (after[j].from, after[j].to)
            }
            var oldRun: [SnapshotEdge] = []
            while i < before.count, before[i].from == key.0, before[i].to == key.1 { oldRun.append(before[i]); i += 1 }
            var newRun: [SnapshotEdge] = []
            while j < after.count, after[j].from == key.0, after[j].to == key.1 { newRun.append(after[j]); j += 1 }
            compare(oldRun, newRun, added: &added, removed: &removed, changed: &changed, unchanged: &unchanged)
        }
        return SnapshotDiff(
            old: old, new: new,
            addedFactions: new.factions.filter { !oldIDs.contains($0.id) },
            removedFactions: old.factions.filter { !newIDs.contains($0.id) },
            renamedFactions: renamed,
            added: added, removed: removed, changed: changed, unchanged: unchanged,
            endings: SnapshotDiff.Endings(old: old, new: new))
    }

    /// One (from, to) run of each side: ties and lineage are there or not;
    /// stances are compared as a set, a difference on both sides being a
    /// change (each old stance with each new one).
    private static func compare(_ before: [SnapshotEdge], _ after: [SnapshotEdge],
                                added: inout [SnapshotEdge], removed: inout [SnapshotEdge],
                                changed: inout [(from: SnapshotEdge, to: SnapshotEdge)],
                                unchanged: inout [SnapshotEdge]) {
        func isStance(_ edge: SnapshotEdge) -> Bool { edge.type.relationClass == .stance }
        // Each list of a run in type order, as the edges of a snapshot are.
        var runAdded: [SnapshotEdge] = []
        var runRemoved: [SnapshotEdge] = []
        var runUnchanged: [SnapshotEdge] = []
        for edge in after where !isStance(edge) {
            if before.contains(where: { $0.type == edge.type }) { runUnchanged.append(edge) } else { runAdded.append(edge) }
        }
        for edge in before where !isStance(edge) && !after.contains(where: { $0.type == edge.type }) {
            runRemoved.append(edge)
        }
        let beforeStances = before.filter(isStance)
        let afterStances = after.filter(isStance)
        let gone = beforeStances.filter { old in !afterStances.contains { $0.type == old.type } }
        let came = afterStances.filter { new in !beforeStances.contains { $0.type == new.type } }
        runUnchanged += afterStances.filter { new in beforeStances.contains { $0.type == new.type } }
        if !gone.isEmpty && !came.isEmpty {
            for from in gone { for to in came { changed.append((from, to)) } }
        } else {
            runRemoved += gone
            runAdded += came
        }
        added += runAdded.sorted { $0.type < $1.type }
        removed += runRemoved.sorted { $0.type < $1.type }
        unchanged += runUnchanged.sorted { $0.type < $1.type }
    }
}

extension SnapshotEdge {
    /// The unordered pair of factions.
    public var pair: FactionPair { FactionPair(from, to) }
}
