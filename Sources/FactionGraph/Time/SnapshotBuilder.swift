/// Builds the snapshot of a corpus as of a date, as the format's "Meaning
/// over time" says:
///
/// - a relation is in play once its `date` has begun by the end of T, and
///   until the end of its `until` (or of either faction's `dissolved`);
///   `denied` relations never are;
/// - alliance, truce and combat are one stance per unordered pair: the
///   stance with the latest date holds (two different ones on that date are
///   both shown, contested); if it has ended, the pair has no stance;
/// - an allegiance `A -> B` holds until its `until` or a later `split A -> B`;
/// - a split is lineage and stays;
/// - reports of one type between one pair are one edge with all their
///   evidence.
///
/// Works on the corpus's `RelationIndex` (faction numbers and day numbers)
/// so that grouping and comparing never hash or compare strings.
public enum SnapshotBuilder {
    /// The snapshot of `corpus` as of `asOf` (default: the corpus's latest date).
    /// - Complexity: O(relations), plus sorting the edges.
    public static func snapshot(of corpus: Corpus, asOf: PartialDate? = nil) -> Snapshot {
        let date = asOf ?? corpus.latestDate ?? PartialDate(year: 1970)!
        let index = corpus.index
        let end = date.endDay
        let factionCount = index.ids.count
        func pairKey(_ relation: Int) -> Int { Int(index.from[relation]) * factionCount + Int(index.to[relation]) }
        func isOngoing(_ relation: Int) -> Bool {
            index.untilEndDay[relation] >= end
                && index.dissolvedEndDay[Int(index.from[relation])] >= end
                && index.dissolvedEndDay[Int(index.to[relation])] >= end
        }

        // Begun, not denied relations, grouped by kind (stance, allegiance,
        // split) and ordered pair: sorted, then taken run by run (cheaper
        // than a dictionary of arrays); reading order within a run.
        struct Entry {
            var group: Int
            var key: Int
            var number: Int
        }
        var entries: [Entry] = []
        entries.reserveCapacity(corpus.relations.count)
        for number in corpus.relations.indices
        where index.startDay[number] <= end && corpus.relations[number].confidence != .denied {
            let group: Int
            switch index.type[number] {
            case .alliance, .truce, .combat: group = 0
            case .allegiance: group = 1
            case .split: group = 2
            }
            entries.append(Entry(group: group, key: pairKey(number), number: number))
        }
        entries.sort { ($0.group, $0.key, $0.number) < ($1.group, $1.key, $1.number) }

        // The latest split of each pair ends its earlier allegiances.
        var latestSplitStart: [Int: Int] = [:]
        for entry in entries where entry.group == 2 {
            latestSplitStart[entry.key] = max(latestSplitStart[entry.key] ?? Int.min, index.startDay[entry.number])
        }

        var edges: [(key: Int, edge: SnapshotEdge)] = []
        func add(_ key: Int, _ type: RelationType, _ reports: [Int], contested: Bool) {
            edges.append((key, edge(type, reports.map { corpus.relations[$0] }, index: index, contested: contested)))
        }
        var start = 0
        while start < entries.count {
            var stop = start + 1
            while stop < entries.count, entries[stop].group == entries[start].group, entries[stop].key == entries[start].key {
                stop += 1
            }
            let key = entries[start].key
            let reports = entries[start..<stop].map(\.number)
            switch entries[start].group {
            case 0:
                for (type, run) in stanceRuns(reports, corpus: corpus, isOngoing: isOngoing) {
                    add(key, type, run.reports, contested: run.contested)
                }
            case 1:
                // A split of the same pair dated later ends the allegiance.
                let latestSplit = latestSplitStart[key] ?? Int.min
                let held = reports.filter { isOngoing($0) && index.startDay[$0] >= latestSplit }
                if !held.isEmpty { add(key, .allegiance, held, contested: false) }
            default:
                let ongoing = reports.filter(isOngoing)
                if !ongoing.isEmpty { add(key, .split, ongoing, contested: false) }
            }
            start = stop
        }
        edges.sort { ($0.key, $0.edge.type) < ($1.key, $1.edge.type) }

        var present = [Bool](repeating: false, count: factionCount)
        for (key, _) in edges {
            present[key / max(factionCount, 1)] = true
            present[key % max(factionCount, 1)] = true
        }
        // Each faction under the name it had as of the snapshot's date.
        let factions = index.ids.indices.filter { present[$0] }.compactMap { number in
            corpus.factions[index.ids[number]].map { faction in
                var named = faction
                named.name = faction.name(asOf: date)
                return named
            }
        }
        return Snapshot(asOf: date, factions: factions, edges: edges.map(\.edge), articles: corpus.articles)
    }

    /// The stance edges of one pair: the latest-dated begun reports decide;
    /// an ended latest stance leaves the pair with none. Each stance that
    /// holds carries its run: its ongoing reports since the pair's latest
    /// earlier report of another stance.
    static func stanceRuns(_ reports: [Int], corpus: Corpus, isOngoing: (Int) -> Bool)
        -> [(RelationType, (reports: [Int], contested: Bool))] {
        let start = corpus.index.startDay
        guard let latest = reports.map({ start[$0] }).max() else { return [] }
        let holding = reports.filter { start[$0] == latest && isOngoing($0) }
        let kind = corpus.index.type
        let types = Set(holding.map { kind[$0] }).sorted()
        return types.map { type in
            let previousOther = reports
                .filter { kind[$0] != type && start[$0] < latest }
                .map { start[$0] }.max() ?? Int.min
            let run = reports.filter { kind[$0] == type && start[$0] > previousOther && isOngoing($0) }
            return (type, (run, types.count > 1))
        }
    }

    /// One edge from its reports, oldest first (reading order among equal
    /// dates).
    static func edge(_ type: RelationType, _ reports: [Relation], index: RelationIndex, contested: Bool) -> SnapshotEdge {
        if reports.count == 1 {
            return SnapshotEdge(type: type, from: reports[0].from, to: reports[0].to, reports: reports, contested: contested)
        }
        let ordered = reports.enumerated().sorted { a, b in
            (a.element.date, a.offset) < (b.element.date, b.offset)
        }.map(\.element)
        return SnapshotEdge(type: type, from: ordered[0].from, to: ordered[0].to, reports: ordered, contested: contested)
    }
}
