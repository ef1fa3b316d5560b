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
public enum SnapshotBuilder {
    /// The snapshot of `corpus` as of `asOf` (default: the corpus's latest date).
    public static func snapshot(of corpus: Corpus, asOf: PartialDate? = nil) -> Snapshot {
        let date = asOf ?? corpus.latestDate ?? PartialDate(year: 1970)!
        let clock = Clock(asOf: date, factions: corpus.factions)
        let begun = corpus.relations.filter { $0.confidence != .denied && $0.date.hasBegun(by: date) }

        var edges: [SnapshotEdge] = []
        edges += stanceEdges(begun.filter { $0.type.isStance }, clock: clock)
        edges += allegianceEdges(begun.filter { $0.type == .allegiance && clock.isOngoing($0) },
                                 splits: begun.filter { $0.type == .split })
        edges += grouped(begun.filter { $0.type == .split && clock.isOngoing($0) })
        edges.sort { ($0.from, $0.to, $0.type) < ($1.from, $1.to, $1.type) }

        let ids = Set(edges.flatMap { [$0.from, $0.to] })
        // Each faction under the name it had as of the snapshot's date.
        let factions = ids.sorted().compactMap { id in
            corpus.factions[id].map { faction in
                var named = faction
                named.name = faction.name(asOf: date)
                return named
            }
        }
        return Snapshot(asOf: date, factions: factions, edges: edges, articles: corpus.articles)
    }

    /// Whether a begun relation is still going on as of the snapshot date.
    struct Clock {
        let asOf: PartialDate
        let factions: [FactionID: Faction]

        func isOngoing(_ relation: Relation) -> Bool {
            if let until = relation.until, until.hasEnded(before: asOf) { return false }
            for id in [relation.from, relation.to] {
                if let dissolved = factions[id]?.dissolved, dissolved.hasEnded(before: asOf) { return false }
            }
            return true
        }
    }

    /// One stance per pair: the latest-dated begun reports decide; an ended
    /// latest stance leaves the pair with none.
    static func stanceEdges(_ relations: [Relation], clock: Clock) -> [SnapshotEdge] {
        var edges: [SnapshotEdge] = []
        for (_, reports) in Dictionary(grouping: relations, by: \.pair) {
            guard let latest = reports.map(\.date.startDay).max() else { continue }
            let holding = reports.filter { $0.date.startDay == latest && clock.isOngoing($0) }
            let types = Set(holding.map(\.type))
            for type in types {
                // The run of this stance: its ongoing reports since the
                // latest earlier report of another stance.
                let previousOther = reports
                    .filter { $0.type != type && $0.date.startDay < latest }
                    .map(\.date.startDay).max() ?? Int.min
                let run = reports.filter {
                    $0.type == type && $0.date.startDay > previousOther && clock.isOngoing($0)
                }
                edges.append(edge(type, run, contested: types.count > 1))
            }
        }
        return edges
    }

    /// Ongoing allegiances, each report ended by a later split of the same
    /// pair (a split that has happened ends it even if the split itself
    /// has since ended).
    static func allegianceEdges(_ relations: [Relation], splits: [Relation]) -> [SnapshotEdge] {
        let splitStarts = Dictionary(grouping: splits, by: { DirectedPair(from: $0.from, to: $0.to) })
            .mapValues { $0.map(\.date.startDay) }
        let holding = relations.filter { relation in
            let starts = splitStarts[DirectedPair(from: relation.from, to: relation.to)] ?? []
            return !starts.contains { $0 > relation.date.startDay }
        }
        return grouped(holding)
    }

    /// Groups reports of one type and one directed pair into edges.
    static func grouped(_ relations: [Relation]) -> [SnapshotEdge] {
        Dictionary(grouping: relations, by: { DirectedPair(from: $0.from, to: $0.to) })
            .values.map { edge($0[0].type, $0, contested: false) }
    }

    static func edge(_ type: RelationType, _ reports: [Relation], contested: Bool) -> SnapshotEdge {
        let ordered = reports.enumerated().sorted { a, b in
            (a.element.date, a.offset) < (b.element.date, b.offset)
        }.map(\.element)
        return SnapshotEdge(type: type, from: ordered[0].from, to: ordered[0].to, reports: ordered, contested: contested)
    }

    struct DirectedPair: Hashable {
        let from: FactionID
        let to: FactionID
    }
}
