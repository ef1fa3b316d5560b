/// The story of one faction: every change to its relations, in date order.
public struct FactionHistory: Sendable {
    public var faction: Faction
    public var steps: [Step]

    /// The changes that took effect by one date.
    public struct Step: Sendable {
        /// When the changes are first seen: a relation's date, the day after
        /// an `until` or `dissolved`, a rename's date.
        public var date: PartialDate
        /// The changes, limited to relations of this faction.
        public var diff: SnapshotDiff
    }

    /// The history of `id` in `corpus`.
    ///
    /// Built from snapshots of the faction's own relations at every date at
    /// which one of them may begin or end: the format's rules (latest
    /// stance, splits ending allegiances, `until`, `dissolved`) all work
    /// per pair, so these snapshots agree with the corpus's. A merger works
    /// per faction: the mergers of the faction's partners are read too, and
    /// left out of the steps.
    /// - Complexity: O(dates × the faction's relations).
    public static func of(_ id: FactionID, in corpus: Corpus) -> FactionHistory? {
        guard var faction = corpus.factions[id] else { return nil }
        // Named as it is known last.
        if let latest = corpus.latestDate { faction.name = faction.name(asOf: latest) }
        let own = corpus.relations.filter { ($0.from == id || $0.to == id) && $0.confidence != .denied }
        let partners = Set(own.flatMap { [$0.from, $0.to] })
        let partnerMergers = corpus.relations.filter {
            $0.type.absorbsSource && $0.confidence != .denied && $0.from != id && $0.to != id && partners.contains($0.from)
        }
        let subCorpus = Corpus(factions: corpus.factions, articles: corpus.articles, relations: own + partnerMergers,
                               vocabulary: corpus.vocabulary)
        var points: [PartialDate] = own.map(\.date) + own.compactMap { $0.until?.dayAfter } + partnerMergers.map(\.date)
        for other in Set(own.flatMap { [$0.from, $0.to] }) {
            if let dissolved = corpus.factions[other]?.dissolved { points.append(dissolved.dayAfter) }
        }
        points += faction.renames.map(\.date)
        // Snapshots are as of the end of a period: order by it, one per day.
        var seen = Set<Int>()
        let ordered = points.sorted { ($0.endDay, $0.startDay) < ($1.endDay, $1.startDay) }
            .filter { seen.insert($0.endDay).inserted }

        var steps: [Step] = []
        var previous = Snapshot(asOf: ordered.first ?? PartialDate(year: 1)!, factions: [], edges: [], articles: corpus.articles)
        for point in ordered {
            let snapshot = SnapshotBuilder.snapshot(of: subCorpus, asOf: point)
            let diff = SnapshotDiffer.diff(previous, snapshot)
            if let own = ownChanges(diff, of: id, partnerMergers: !partnerMergers.isEmpty) {
                steps.append(Step(date: point, diff: own))
            }
            previous = snapshot
        }
        return FactionHistory(faction: faction, steps: steps)
    }

    /// The changes of `diff` that are `id`'s own, or `nil` when there are
    /// none. Only the faction itself can be renamed here; other factions'
    /// renames belong to their own histories, and so do their mergers (when
    /// `partnerMergers`, the snapshots hold them: only `id`'s relations stay).
    static func ownChanges(_ diff: SnapshotDiff, of id: FactionID, partnerMergers: Bool) -> SnapshotDiff? {
        var diff = diff
        diff.renamedFactions = diff.renamedFactions.filter { $0.new.id == id }
        if partnerMergers {
            func touches(_ edge: SnapshotEdge) -> Bool { edge.from == id || edge.to == id }
            diff.added = diff.added.filter(touches)
            diff.removed = diff.removed.filter(touches)
            diff.changed = diff.changed.filter { touches($0.to) }
            diff.unchanged = diff.unchanged.filter(touches)
        }
        let changed = !diff.added.isEmpty || !diff.removed.isEmpty || !diff.changed.isEmpty || !diff.renamedFactions.isEmpty
        return changed ? diff : nil
    }
}
