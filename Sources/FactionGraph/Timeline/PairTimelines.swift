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
/// Used to build the explorer's steps (`PairFrames`) and every faction's
/// history (`FactionHistories`): each step then needs the few pairs that
/// changed, not a snapshot of all the relations.
struct PairTimelines {
    /// One pair's sub-corpus, its breakpoints and the snapshots built so far.
    struct Timeline {
        let pair: FactionPair
        let corpus: Corpus
        /// Day numbers, ascending, without repeats.
        let breakpoints: [Int]
        /// The snapshot of each interval asked for, by the index of the
        /// breakpoint that starts it.
        var states: [Int: Snapshot] = [:]
    }

    /// Every pair with a relation, numbered in pair order.
    private(set) var timelines: [Timeline] = []
    /// The numbers of the pairs each faction is part of, in the order of
    /// the partner's id.
    let pairs: [FactionID: [Int]]
    /// The corpus's articles, which the snapshots' evidence points into.
    let articles: [Article]

    /// The pairs of every relation of `corpus` that is not denied.
    /// - Complexity: O(relations log relations).
    init(_ corpus: Corpus) {
        articles = corpus.articles
        var byPair: [FactionPair: [Int]] = [:]
        var mergers: [FactionID: [Int]] = [:]
        for (index, relation) in corpus.relations.enumerated() where relation.confidence != .denied {
            byPair[relation.pair, default: []].append(index)
            if relation.type.absorbsSource { mergers[relation.from, default: []].append(index) }
        }
        var pairs: [FactionID: [Int]] = [:]
        for pair in byPair.keys.sorted() {
            // In reading order, as the whole corpus has them: reports of
            // one edge keep their order.
            let numbers = Set(byPair[pair]! + (mergers[pair.first] ?? []) + (mergers[pair.second] ?? [])).sorted()
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
            // No articles: a snapshot only carries them along, and the
            // reports keep their numbers in the corpus's (`articles`).
            let sub = Corpus(factions: factions, articles: [], relations: relations, vocabulary: corpus.vocabulary)
            pairs[pair.first, default: []].append(timelines.count)
            pairs[pair.second, default: []].append(timelines.count)
            timelines.append(Timeline(pair: pair, corpus: sub, breakpoints: days.sorted()))
        }
        // Pairs are in (first, second) order: for each faction, those where
        // it is second come before those where it is first, each in its
        // partner's order; sort them all by partner.
        let all = timelines
        for (id, list) in pairs {
            pairs[id] = list.sorted { a, b in
                let (x, y) = (all[a].pair, all[b].pair)
                return (x.first == id ? x.second : x.first) < (y.first == id ? y.second : y.first)
            }
        }
        self.pairs = pairs
    }

    /// The other faction of pair `number`.
    func partner(of id: FactionID, in number: Int) -> FactionID {
        let pair = timelines[number].pair
        return pair.first == id ? pair.second : pair.first
    }

    /// The snapshot of pair `number`'s sub-corpus as of the end of day
    /// `day`: its own edges, the mergers of either faction, and the
    /// factions they connect (named as of that day). Empty before its first
    /// breakpoint.
    mutating func snapshot(of number: Int, asOfDay day: Int) -> Snapshot? {
        guard let interval = interval(of: number, containing: day) else { return nil }
        if let state = timelines[number].states[interval] { return state }
        let state = SnapshotBuilder.snapshot(of: timelines[number].corpus, asOf: PartialDate(dayNumber: day))
        timelines[number].states[interval] = state
        return state
    }

    /// The index of the last breakpoint of pair `number` on or before `day`.
    func interval(of number: Int, containing day: Int) -> Int? {
        let breakpoints = timelines[number].breakpoints
        // Binary search for the number of breakpoints <= day.
        var low = 0
        var high = breakpoints.count
        while low < high {
            let middle = (low + high) / 2
            if breakpoints[middle] <= day { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }

    /// True when a breakpoint of pair `number` falls after day `after` and
    /// on or before day `through`: its snapshot may differ between the two.
    func changes(_ number: Int, after: Int, through: Int) -> Bool {
        interval(of: number, containing: after) != interval(of: number, containing: through)
    }

    /// Every breakpoint of every pair, by day: where a pair's snapshot may
    /// change.
    var breakpointEvents: [(day: Int, pair: Int)] {
        timelines.indices.flatMap { number in timelines[number].breakpoints.map { (day: $0, pair: number) } }
            .sorted { ($0.day, $0.pair) < ($1.day, $1.pair) }
    }

    /// The edges of pairs `numbers` themselves (not the mergers of their
    /// factions with others) as of `date`, in (from, to, type) order, with
    /// the factions they connect: part of the corpus's snapshot.
    mutating func snapshot(of numbers: [Int], asOf date: PartialDate) -> Snapshot {
        var edges: [SnapshotEdge] = []
        var factions: [FactionID: Faction] = [:]
        for number in numbers {
            guard let snapshot = snapshot(of: number, asOfDay: date.endDay) else { continue }
            let pair = timelines[number].pair
            var ends = Set<FactionID>()
            for edge in snapshot.edges where edge.pair == pair {
                edges.append(edge)
                ends.insert(edge.from)
                ends.insert(edge.to)
            }
            for faction in snapshot.factions where ends.contains(faction.id) { factions[faction.id] = faction }
        }
        edges.sort { ($0.from, $0.to, $0.type) < ($1.from, $1.to, $1.type) }
        return Snapshot(asOf: date, factions: factions.keys.sorted().map { factions[$0]! }, edges: edges, articles: articles)
    }
}
