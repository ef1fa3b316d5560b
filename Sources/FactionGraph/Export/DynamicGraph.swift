/// The faction graph over the whole life of a corpus: for every edge (one
/// type between one pair, as in snapshots) the periods in which it holds,
/// and for every faction the periods in which it is in the snapshots.
///
/// Nothing here decides what holds: the periods come from snapshots
/// (`SnapshotBuilder`) at every day on which anything can change, so the
/// edges holding on a day are exactly the edges of the snapshot as of that
/// day, with the same reports, and the factions those of that snapshot.
///
/// ```swift
/// let graph = DynamicGraph.of(corpus)
/// graph.edges(on: PartialDate(parsing: "2018-11-19")!.endDay)   // == the snapshot's edges
/// ```
public struct DynamicGraph: Sendable {
    /// The history of one edge: type, pair, and its states.
    public struct EdgeTrack: Sendable {
        public var type: RelationType
        public var from: FactionID
        public var to: FactionID
        /// The periods in which the edge holds with the same reports (and
        /// so the same attributes), in order; a state begins where the
        /// edge begins, and again wherever its reports change.
        public var states: [State]

        /// The edge as it holds through one period.
        public struct State: Sendable {
            public var period: DayPeriod
            public var edge: SnapshotEdge
        }

        /// The periods in which the edge holds: its states, touching ones
        /// joined.
        public var spells: [DayPeriod] { DayPeriod.merged(states.map(\.period)) }
    }

    /// The history of one faction.
    public struct FactionTrack: Sendable {
        /// The faction, named as of the corpus's default snapshot date (its
        /// last change).
        public var faction: Faction
        /// The periods in which it has at least one relation in the
        /// snapshots.
        public var spells: [DayPeriod]
    }

    /// Factions that are in some snapshot, in id order.
    public var factions: [FactionTrack]
    /// Edges in snapshot order: by `from`, `to`, then type order.
    public var edges: [EdgeTrack]
    /// The corpus's articles, for the edges' evidence.
    public var articles: [Article]

    /// The edges holding on `day` (a day number), in snapshot order.
    public func edges(on day: Int) -> [SnapshotEdge] {
        edges.compactMap { track in track.states.first { $0.period.contains(day) }?.edge }
    }

    /// The factions in the snapshot as of `day`, in id order.
    public func factions(on day: Int) -> [Faction] {
        factions.filter { $0.spells.contains { $0.contains(day) } }.map(\.faction)
    }
}

extension DynamicGraph {
    /// The graph over time of `corpus`.
    ///
    /// The format's rules work per pair of factions (the latest stance of a
    /// pair, a split ending an allegiance between the same two, `until`,
    /// `dissolved`), except that a merger `A -> X` ends A's ties and stances
    /// with everyone. So each pair is followed on its own: a small corpus of
    /// its relations and the mergers of either side, snapshotted at each day
    /// on which one of them can change. This is what `FactionHistory` does
    /// per faction; the tests check it against snapshots of the whole corpus.
    /// - Complexity: O(pairs × their change days × their relations): far
    ///   less than a whole-corpus snapshot on every change day.
    public static func of(_ corpus: Corpus) -> DynamicGraph {
        var byPair: [FactionPair: [Int]] = [:]
        var mergersBySource: [FactionID: [Int]] = [:]
        for (number, relation) in corpus.relations.enumerated() where relation.confidence != .denied {
            byPair[relation.pair, default: []].append(number)
            if relation.type.absorbsSource { mergersBySource[relation.from, default: []].append(number) }
        }
        var tracks: [EdgeTrack] = []
        for (pair, own) in byPair {
            let mergers = (mergersBySource[pair.first] ?? []) + (mergersBySource[pair.second] ?? [])
            let others = mergers.filter { corpus.relations[$0].pair != pair }
            tracks += pairTracks(pair, relations: (own + others).sorted(), in: corpus)
        }
        tracks.sort { ($0.from, $0.to, $0.type) < ($1.from, $1.to, $1.type) }

        var periods: [FactionID: [DayPeriod]] = [:]
        for track in tracks {
            let spells = track.spells
            periods[track.from, default: []] += spells
            periods[track.to, default: []] += spells
        }
        let factions = periods.keys.sorted().compactMap { id -> FactionTrack? in
            guard var faction = corpus.factions[id] else { return nil }
            if let last = corpus.defaultDate { faction.name = faction.name(asOf: last) }
            return FactionTrack(faction: faction, spells: DayPeriod.merged(periods[id] ?? []))
        }
        return DynamicGraph(factions: factions, edges: tracks, articles: corpus.articles)
    }

    /// The edges of one pair over time. `relations` are the pair's own and
    /// the mergers of either side, in reading order (numbers in
    /// `corpus.relations`), so that each snapshot lists reports as the
    /// whole corpus's does.
    private static func pairTracks(_ pair: FactionPair, relations: [Int], in corpus: Corpus) -> [EdgeTrack] {
        let own = relations.map { corpus.relations[$0] }
        var factions: [FactionID: Faction] = [:]
        for relation in own {
            for id in [relation.from, relation.to] { factions[id] = corpus.factions[id] }
        }
        // No articles: the sub-corpus's snapshots are only compared and
        // their edges kept, with reports that point into `corpus.articles`
        // (and scanning every article's date for each pair took a fifth of
        // the time).
        let sub = Corpus(factions: factions, articles: [], relations: own, vocabulary: corpus.vocabulary)

        var tracks: [EdgeTrack] = []
        /// Per edge key, its track's index in `tracks` while the edge holds.
        var holding: [EdgeKey: Int] = [:]
        for day in changeDays(of: sub) {
            let edges = SnapshotBuilder.snapshot(of: sub, asOf: PartialDate(dayNumber: day)).edges
                .filter { FactionPair($0.from, $0.to) == pair }
            let keys = Set(edges.map(EdgeKey.init))
            for (key, index) in holding where !keys.contains(key) {
                tracks[index].states[tracks[index].states.count - 1].period.end = day - 1
                holding[key] = nil
            }
            for edge in edges {
                let key = EdgeKey(edge)
                if let index = holding[key] {
                    let last = tracks[index].states.count - 1
                    guard tracks[index].states[last].edge != edge else { continue }
                    tracks[index].states[last].period.end = day - 1
                    tracks[index].states.append(.init(period: DayPeriod(start: day, end: nil), edge: edge))
                } else if let index = tracks.firstIndex(where: { EdgeKey($0) == key }) {
                    // The edge holds again after a gap.
                    tracks[index].states.append(.init(period: DayPeriod(start: day, end: nil), edge: edge))
                    holding[key] = index
                } else {
                    tracks.append(EdgeTrack(type: edge.type, from: edge.from, to: edge.to,
                                            states: [.init(period: DayPeriod(start: day, end: nil), edge: edge)]))
                    holding[key] = tracks.count - 1
                }
            }
        }
        return tracks
    }

    /// The days on which a snapshot of `corpus` can differ from the day
    /// before: the first day of each relation's `date`, the day after each
    /// `until` and each `dissolved` (the points `TimelineDates` and
    /// `FactionHistory` use, as day numbers). Denied relations never count.
    /// Days past 9999-12-31, where no date can be asked for, are left out.
    static func changeDays(of corpus: Corpus) -> [Int] {
        var days = Set<Int>()
        for relation in corpus.relations where relation.confidence != .denied {
            days.insert(relation.date.startDay)
            if let until = relation.until { days.insert(until.endDay + 1) }
        }
        for faction in corpus.factions.values {
            if let dissolved = faction.dissolved { days.insert(dissolved.endDay + 1) }
        }
        return days.filter { $0 <= lastDay }.sorted()
    }

    /// 9999-12-31, the last day a date can name.
    static let lastDay = PartialDate(year: 9999, month: 12, day: 31)!.startDay

    /// An edge's identity over time: its type and its pair, in order.
    private struct EdgeKey: Hashable {
        var type: String
        var from: FactionID
        var to: FactionID

        init(_ edge: SnapshotEdge) { (type, from, to) = (edge.type.name, edge.from, edge.to) }
        init(_ track: EdgeTrack) { (type, from, to) = (track.type.name, track.from, track.to) }
    }
}
