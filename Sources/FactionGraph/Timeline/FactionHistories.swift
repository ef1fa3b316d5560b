/// Every faction's history, as `FactionHistory.of` gives it, without a
/// snapshot of all the faction's relations at each of its dates.
///
/// `FactionHistory.of` builds one snapshot of the faction's sub-corpus per
/// date at which one of its relations may begin or end: for a group in a
/// thousand relations, a thousand snapshots of a thousand relations (about
/// six seconds for the busiest faction of a 2,000-article corpus). Here the
/// snapshot at each date is put together from the faction's pairs
/// (`PairTimelines`), and only at dates where one of them changed; each
/// pair's snapshots are built once, for both of its factions.
///
/// The steps are the same as `FactionHistory.of`'s (the tests compare the
/// text of every faction's history on several corpora): the same dates, and
/// diffs between snapshots with the same edges, factions and names.
struct FactionHistories {
    private let corpus: Corpus
    private var pairs: PairTimelines

    init(_ corpus: Corpus) {
        self.corpus = corpus
        pairs = PairTimelines(corpus)
    }

    /// The faction as its history names it: as it is known last.
    func faction(_ id: FactionID) -> Faction? {
        guard var faction = corpus.factions[id] else { return nil }
        if let latest = corpus.latestDate { faction.name = faction.name(asOf: latest) }
        return faction
    }

    /// `id`'s history, step by step, oldest first: each step is handed to
    /// `body` and then dropped, so a long history never holds all its
    /// snapshots at once.
    mutating func forEachStep(of id: FactionID, _ body: (FactionHistory.Step) -> Void) {
        let ownPairs = pairs.pairs[id] ?? []
        let hasPartnerMergers = ownPairs.contains { pair in
            let partner = pair.first == id ? pair.second : pair.first
            return pairs.timelines[pair]?.corpus.relations.contains { $0.type.absorbsSource && $0.from == partner && $0.to != id } ?? false
        }
        var previous: Snapshot?
        var previousDay = Int.min
        for point in points(of: id, pairs: ownPairs) {
            let day = point.endDay
            defer { previousDay = day }
            if var unchanged = previous, !ownPairs.contains(where: { pairs.changes($0, after: previousDay, through: day) }) {
                // Nothing of the faction's changed since the last date.
                unchanged.asOf = point
                previous = unchanged
                continue
            }
            let snapshot = assembled(ownPairs, asOf: point)
            let before = previous ?? Snapshot(asOf: point, factions: [], edges: [], articles: corpus.articles)
            previous = snapshot
            let diff = SnapshotDiffer.diff(before, snapshot)
            if let own = FactionHistory.ownChanges(diff, of: id, partnerMergers: hasPartnerMergers) {
                body(FactionHistory.Step(date: point, diff: own))
            }
        }
    }

    /// `id`'s whole history (for tests and small corpora).
    mutating func history(of id: FactionID) -> FactionHistory? {
        guard let faction = faction(id) else { return nil }
        var steps: [FactionHistory.Step] = []
        forEachStep(of: id) { steps.append($0) }
        return FactionHistory(faction: faction, steps: steps)
    }

    /// The dates of `FactionHistory.of`: each own relation's date, the day
    /// after its `until`, the dates of partners' mergers, the day after any
    /// party's dissolution, the faction's renames; ordered by the end of
    /// their period, one per day.
    private func points(of id: FactionID, pairs ownPairs: [FactionPair]) -> [PartialDate] {
        var points: [PartialDate] = []
        var parties = Set<FactionID>()
        for pair in ownPairs {
            guard let relations = pairs.timelines[pair]?.corpus.relations else { continue }
            let partner = pair.first == id ? pair.second : pair.first
            for relation in relations {
                if relation.pair == pair {
                    points.append(relation.date)
                    if let until = relation.until { points.append(until.dayAfter) }
                    parties.insert(relation.from)
                    parties.insert(relation.to)
                } else if relation.type.absorbsSource && relation.from == partner && relation.to != id {
                    // A partner's merger into a third faction.
                    points.append(relation.date)
                }
            }
        }
        for party in parties {
            if let dissolved = corpus.factions[party]?.dissolved { points.append(dissolved.dayAfter) }
        }
        points += corpus.factions[id]?.renames.map(\.date) ?? []
        var seen = Set<Int>()
        return points.sorted { ($0.endDay, $0.startDay) < ($1.endDay, $1.startDay) }
            .filter { seen.insert($0.endDay).inserted }
    }

    /// The snapshot of the faction's sub-corpus as of `date`, from its
    /// pairs' snapshots: their edges (a merger of the faction is in every
    /// pair's, once here) in (from, to, type) order, and their factions.
    private mutating func assembled(_ ownPairs: [FactionPair], asOf date: PartialDate) -> Snapshot {
        var edges: [SnapshotEdge] = []
        var seen = Set<SnapshotEdge.Key>()
        var factions: [FactionID: Faction] = [:]
        for pair in ownPairs {
            guard let snapshot = pairs.snapshot(of: pair, asOfDay: date.endDay) else { continue }
            for edge in snapshot.edges where seen.insert(edge.key).inserted { edges.append(edge) }
            for faction in snapshot.factions where factions[faction.id] == nil { factions[faction.id] = faction }
        }
        edges.sort { ($0.from, $0.to, $0.type) < ($1.from, $1.to, $1.type) }
        return Snapshot(asOf: date, factions: factions.keys.sorted().map { factions[$0]! }, edges: edges,
                        articles: corpus.articles)
    }
}
