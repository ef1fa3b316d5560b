/// Every faction's history, as `FactionHistory.of` gives it, without a
/// snapshot of all the faction's relations at each of its dates.
///
/// `FactionHistory.of` builds one snapshot of the faction's sub-corpus per
/// date at which one of its relations may begin or end: for a group in a
/// thousand relations, a thousand snapshots of a thousand relations (about
/// six seconds for the busiest faction of a 2,000-article corpus). Here each
/// step compares only the faction's pairs that changed since its last date
/// (`PairTimelines`, whose snapshots are built once per pair, for both of
/// its factions): the format's rules work per pair, and a merger's, the one
/// rule that reaches across pairs, is in every pair's snapshots.
///
/// The steps say what `FactionHistory.of`'s say (the tests compare the text
/// of every faction's history on several corpora): the same dates, and the
/// same edges added, removed and changed, with the same names and reasons.
/// Their snapshots, though, hold only the pairs that changed, and their
/// `unchanged` lists only those pairs' edges.
struct FactionHistories {
    private let corpus: Corpus
    private var pairs: PairTimelines

    init(_ corpus: Corpus) {
        self.init(corpus, pairs: PairTimelines(corpus))
    }

    /// With the pairs' snapshots already built for `corpus` (by `PairFrames`, say).
    init(_ corpus: Corpus, pairs: PairTimelines) {
        self.corpus = corpus
        self.pairs = pairs
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
        let hasPartnerMergers = ownPairs.contains { number in
            let partner = pairs.partner(of: id, in: number)
            return pairs.timelines[number].corpus.relations.contains { $0.type.absorbsSource && $0.from == partner && $0.to != id }
        }
        var previous: PartialDate?
        for point in points(of: id, pairs: ownPairs) {
            let day = point.endDay
            // Only pairs that changed since the last date can change the
            // faction's history: the others are left out of both snapshots.
            let touched = previous.map { before in
                ownPairs.filter { pairs.changes($0, after: before.endDay, through: day) }
            } ?? ownPairs
            defer { previous = point }
            guard !touched.isEmpty else { continue }
            let before = previous.map { assembled(touched, asOf: $0) }
                ?? Snapshot(asOf: point, factions: [], edges: [], articles: corpus.articles)
            let diff = SnapshotDiffer.diff(before, assembled(touched, asOf: point))
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
    private func points(of id: FactionID, pairs ownPairs: [Int]) -> [PartialDate] {
        var points: [PartialDate] = []
        var parties = Set<FactionID>()
        for number in ownPairs {
            let pair = pairs.timelines[number].pair
            let partner = pairs.partner(of: id, in: number)
            for relation in pairs.timelines[number].corpus.relations {
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
        // Sorted by keys worked out once: days are computed, not stored.
        var seen = Set<Int>()
        return points.map { (end: $0.endDay, start: $0.startDay, date: $0) }
            .sorted { ($0.end, $0.start) < ($1.end, $1.start) }
            .filter { seen.insert($0.end).inserted }
            .map(\.date)
    }

    /// The snapshot of `pairs`' sub-corpora as of `date`, from their
    /// snapshots: their edges (a merger of the faction is in every pair's,
    /// once here) in (from, to, type) order, and their factions.
    private mutating func assembled(_ ownPairs: [Int], asOf date: PartialDate) -> Snapshot {
        var edges: [SnapshotEdge] = []
        var seen = Set<SnapshotEdge.Key>()
        var factions: [FactionID: Faction] = [:]
        for number in ownPairs {
            guard let snapshot = pairs.snapshot(of: number, asOfDay: date.endDay) else { continue }
            for edge in snapshot.edges where seen.insert(edge.key).inserted { edges.append(edge) }
            for faction in snapshot.factions where factions[faction.id] == nil { factions[faction.id] = faction }
        }
        edges.sort { ($0.from, $0.to, $0.type) < ($1.from, $1.to, $1.type) }
        return Snapshot(asOf: date, factions: factions.keys.sorted().map { factions[$0]! }, edges: edges,
                        articles: corpus.articles)
    }
}
