/// The relations of each pair of factions as snapshots over time, computed
/// once per pair and shared by every query that needs them.
///
/// The format's rules work per pair (a stance per unordered pair, a tie
/// ended by a relation between the same pair, lineage that stays), except
/// for a merger, which ends every tie and stance of the faction absorbed.
/// So the edges of a pair as of a date are those of a snapshot of the
/// pair's *sub-corpus*: the pair's own relations and the mergers of either
/// faction. That snapshot can only change on a *breakpoint*: a day on which
/// one of those relations begins (the start of its date) or ends (the day
/// after its `until`), a faction involved dissolves (the day after) or is
/// renamed. Between breakpoints it is the same, so it is built once per
/// interval, the first time it is asked for.
///
/// Used to build every faction's history at once (`FactionHistories`):
/// each step then needs the few pairs that changed, not a snapshot of all
/// the faction's relations.
struct PairTimelines {
    /// One pair's sub-corpus, its breakpoints and the snapshots built so far.
    struct Timeline {
        let corpus: Corpus
        /// Day numbers, ascending, without repeats.
        let breakpoints: [Int]
        /// The snapshot of each interval asked for, by the index of the
        /// breakpoint that starts it.
        var states: [Int: Snapshot] = [:]
    }

    private(set) var timelines: [FactionPair: Timeline] = [:]
    /// The pairs each faction is part of, in the order of the partner's id.
    private(set) var pairs: [FactionID: [FactionPair]] = [:]

    /// The pairs of every relation of `corpus` that is not denied.
    /// - Complexity: O(relations + pairs × articles): each pair's
    ///   sub-corpus is a `Corpus`, which finds its latest date.
    init(_ corpus: Corpus) {
        let live = corpus.relations.indices.filter { corpus.relations[$0].confidence != .denied }
        var byPair: [FactionPair: [Int]] = [:]
        var mergers: [FactionID: [Int]] = [:]
        for index in live {
            let relation = corpus.relations[index]
            byPair[relation.pair, default: []].append(index)
            if relation.type.absorbsSource { mergers[relation.from, default: []].append(index) }
        }
        for (pair, own) in byPair {
            // In reading order, as the whole corpus has them: reports of
            // one edge keep their order.
            let numbers = Set(own + (mergers[pair.first] ?? []) + (mergers[pair.second] ?? [])).sorted()
            let relations = numbers.map { corpus.relations[$0] }
            var involved = Set<FactionID>()
            var days = Set<Int>()
            for relation in relations {
                involved.insert(relation.from)
                involved.insert(relation.to)
                days.insert(relation.date.startDay)
                if let until = relation.until { days.insert(until.endDay + 1) }
            }
            var factions: [FactionID: Faction] = [:]
            for id in involved {
                guard let faction = corpus.factions[id] else { continue }
                factions[id] = faction
                if let dissolved = faction.dissolved { days.insert(dissolved.endDay + 1) }
                for rename in faction.renames { days.insert(rename.date.startDay) }
            }
            let sub = Corpus(factions: factions, articles: corpus.articles, relations: relations,
                             vocabulary: corpus.vocabulary)
            timelines[pair] = Timeline(corpus: sub, breakpoints: days.sorted())
            pairs[pair.first, default: []].append(pair)
            pairs[pair.second, default: []].append(pair)
        }
        for (id, list) in pairs {
            pairs[id] = list.sorted { ($0.first == id ? $0.second : $0.first) < ($1.first == id ? $1.second : $1.first) }
        }
    }

    /// The snapshot of `pair`'s sub-corpus as of the end of day `day`:
    /// its own edges, the mergers of either faction, and the factions they
    /// connect (named as of that day). Empty before its first breakpoint.
    mutating func snapshot(of pair: FactionPair, asOfDay day: Int) -> Snapshot? {
        guard let interval = interval(of: pair, containing: day) else { return nil }
        if let state = timelines[pair]?.states[interval] { return state }
        guard let timeline = timelines[pair] else { return nil }
        let state = SnapshotBuilder.snapshot(of: timeline.corpus, asOf: PartialDate(dayNumber: day))
        timelines[pair]?.states[interval] = state
        return state
    }

    /// The index of the last breakpoint of `pair` on or before `day`.
    func interval(of pair: FactionPair, containing day: Int) -> Int? {
        guard let breakpoints = timelines[pair]?.breakpoints else { return nil }
        // Binary search for the number of breakpoints <= day.
        var low = 0
        var high = breakpoints.count
        while low < high {
            let middle = (low + high) / 2
            if breakpoints[middle] <= day { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }

    /// True when a breakpoint of `pair` falls after day `after` and on or
    /// before day `through`: its snapshot may differ between the two days.
    func changes(_ pair: FactionPair, after: Int, through: Int) -> Bool {
        interval(of: pair, containing: after) != interval(of: pair, containing: through)
    }
}
