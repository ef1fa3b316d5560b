/// Builds the snapshot of a corpus as of a date, as the format's "Meaning
/// over time" says, following each relation type's class in the corpus's
/// vocabulary:
///
/// - a relation is in play once its `date` has begun by the end of T, and
///   until the end of its `until` (or of either faction's `dissolved`);
///   `denied` relations never are;
/// - stances (alliance, truce, combat, rivalry, ...) are one per unordered
///   pair: the stance with the latest date holds (two different ones on
///   that date are both shown, contested); if it has ended, the pair has
///   no stance;
/// - a tie (allegiance, ...) holds until its `until`, or until a later
///   relation of a type that ends it (split) between the same pair;
/// - lineage (split, merger) stays;
/// - a merger `A -> B` that has begun ends A's ties and stances, as if A
///   had dissolved, while lineage stays;
/// - reports of one type between one pair are one edge with all their
///   evidence.
///
/// Works on the corpus's `RelationIndex` (faction, type and day numbers)
/// so that grouping and comparing never hash or compare strings.
public enum SnapshotBuilder {
    /// The snapshot of `corpus` as of `asOf` (default: the corpus's
    /// `defaultDate`, the state after its last recorded change).
    /// - Complexity: O(relations), plus sorting the begun relations.
    ///
    /// With `threads` above 1, the edges are made in two halves side by
    /// side; the snapshot is the same.
    public static func snapshot(of corpus: Corpus, asOf: PartialDate? = nil, threads: Int = 1) -> Snapshot {
        let date = asOf ?? corpus.defaultDate ?? PartialDate(year: 1970)!
        let index = corpus.index
        let types = index.types
        let end = date.endDay
        let factionCount = index.ids.count
        func pairKey(_ relation: Int) -> Int { Int(index.from[relation]) * factionCount + Int(index.to[relation]) }
        func unorderedKey(_ relation: Int) -> Int {
            let (a, b) = (Int(index.from[relation]), Int(index.to[relation]))
            return min(a, b) * factionCount + max(a, b)
        }
        func isOngoing(_ relation: Int) -> Bool {
            index.untilEndDay[relation] >= end
                && index.dissolvedEndDay[Int(index.from[relation])] >= end
                && index.dissolvedEndDay[Int(index.to[relation])] >= end
        }

        // Begun, not denied relations, by pair, and in each pair grouped
        // by stance (all stance types together: they replace each other)
        // or by type: sorted, then taken run by run (cheaper than a
        // dictionary of arrays); reading order within a run. Mergers mark
        // their source as absorbed on the way.
        let isStance = types.map { $0.relationClass == .stance }
        let absorbs = types.map(\.absorbsSource)
        var absorbed = [Bool](repeating: false, count: factionCount)
        var entries: [Entry] = []
        entries.reserveCapacity(corpus.relations.count)
        for number in corpus.relations.indices
        where index.startDay[number] <= end && corpus.relations[number].confidence != .denied {
            let code = Int(index.type[number])
            if absorbs[code] { absorbed[Int(index.from[number])] = true }
            entries.append(Entry(key: pairKey(number), group: isStance[code] ? 0 : 1 + code, number: number))
        }
        sortEntries(&entries, keys: factionCount * factionCount, groups: types.count + 1, numbers: corpus.relations.count)
        /// Ties and stances end with an absorbed faction; lineage does not.
        func isLive(_ relation: Int) -> Bool {
            isOngoing(relation) && !absorbed[Int(index.from[relation])] && !absorbed[Int(index.to[relation])]
        }
        let tieEnds = TieEnds(entries.lazy.map(\.number), index: index, pairKey: pairKey, unorderedKey: unorderedKey)

        /// The edges of the pairs of `entries` in `range` (which starts and
        /// ends between two pairs), in the snapshot's order: by pair, then
        /// by type, into `edges`; returns per edge the number of one of its
        /// relations.
        func edges(_ range: Range<Int>, into edges: inout HalfWriter<SnapshotEdge>) -> [Int] {
            /// Per edge, its type's number (type numbers follow the types'
            /// order).
            var edgeTypes: [Int32] = []
            var firsts: [Int] = []
            var pairStart = 0
            func add(_ reports: [Int], contested: Bool) {
                add(reports.map { corpus.relations[$0] }, first: reports[0], contested: contested)
            }
            func add(_ relations: [Relation], first: Int, contested: Bool) {
                edges.append(edge(relations[0].type, relations, index: index, contested: contested))
                edgeTypes.append(index.type[first])
                firsts.append(first)
            }
            var start = range.lowerBound
            while start < range.upperBound {
                let key = entries[start].key
                if start == range.lowerBound || key != entries[start - 1].key {
                    // A new pair: the last one's edges by type.
                    Self.sortPairByType(&edges, &edgeTypes, from: pairStart)
                    pairStart = edges.count
                }
                var stop = start + 1
                while stop < range.upperBound, entries[stop].group == entries[start].group, entries[stop].key == key {
                    stop += 1
                }
                let first = entries[start].number
                let relationClass = entries[start].group == 0 ? .stance : types[Int(index.type[first])].relationClass
                // A relation that ends a tie, dated later, ends it.
                func latestTieEnd() -> Int { tieEnds.latestStart(ending: Int(index.type[first]), relation: first) }
                guard stop - start > 1 else {
                    // Most pairs have one report of a kind: it holds or not,
                    // without the runs and lists below (half the time of a
                    // snapshot of the 10k corpus went to them).
                    let holds = switch relationClass {
                    case .stance: isLive(first)
                    case .tie: isLive(first) && index.startDay[first] >= latestTieEnd()
                    case .lineage: isOngoing(first)
                    }
                    // Its one relation straight into the edge's list (a
                    // list of its number first was one allocation more
                    // for most edges).
                    if holds { add([corpus.relations[first]], first: first, contested: false) }
                    start = stop
                    continue
                }
                let reports = entries[start..<stop].map(\.number)
                switch relationClass {
                case .stance:
                    for run in stanceRuns(reports, index: index, isOngoing: isLive) {
                        add(run.reports, contested: run.contested)
                    }
                case .tie:
                    let latestEnd = latestTieEnd()
                    let held = reports.filter { isLive($0) && index.startDay[$0] >= latestEnd }
                    if !held.isEmpty { add(held, contested: false) }
                case .lineage:
                    let ongoing = reports.filter(isOngoing)
                    if !ongoing.isEmpty { add(ongoing, contested: false) }
                }
                start = stop
            }
            Self.sortPairByType(&edges, &edgeTypes, from: pairStart)
            return firsts
        }
        // Two halves side by side, split between two pairs; the halves
        // joined are the edges of the whole, in the same order.
        var middle = entries.count / 2
        while middle > 0, middle < entries.count, entries[middle].key == entries[middle - 1].key {
            middle += 1
        }
        // An edge takes at least one entry of its half.
        let (edges, lowFirsts, highFirsts) = Parallel.halves(
            threads: entries.count < 4_096 ? 1 : threads, firstCapacity: middle, secondCapacity: entries.count - middle,
            { edges(0..<middle, into: &$0) }, { edges(middle..<entries.count, into: &$0) })

        var present = [Bool](repeating: false, count: factionCount)
        for relation in lowFirsts + highFirsts {
            present[Int(index.from[relation])] = true
            present[Int(index.to[relation])] = true
        }
        // Each faction under the name it had as of the snapshot's date.
        let factions = index.ids.indices.filter { present[$0] }.compactMap { number in
            corpus.factions[index.ids[number]].map { faction in
                var named = faction
                named.name = faction.name(asOf: date)
                return named
            }
        }
        return Snapshot(asOf: date, factions: factions, edges: edges, articles: corpus.articles)
    }

    /// A begun relation as the snapshot groups it: the key of its pair,
    /// its group (0 for stances, 1 + its type's number otherwise) and its
    /// number.
    struct Entry: Equatable {
        var key: Int
        var group: Int
        var number: Int
    }

    /// Sorts `entries` by key, group and number: each packed into one
    /// word where they fit (`keys`, `groups` and `numbers` bound them), as
    /// they do for any corpus below about a million factions. The words
    /// sort in a third of the instructions the tuples took through a
    /// closure (17 million on the 10k corpus), on one thread before the
    /// halves.
    static func sortEntries(_ entries: inout [Entry], keys: Int, groups: Int, numbers: Int) {
        let numberBits = Int.bitWidth - numbers.leadingZeroBitCount
        let groupBits = Int.bitWidth - groups.leadingZeroBitCount
        let keyBits = Int.bitWidth - keys.leadingZeroBitCount
        guard numberBits + groupBits + keyBits <= 64 else {
            entries.sort { ($0.key, $0.group, $0.number) < ($1.key, $1.group, $1.number) }
            return
        }
        let groupShift = UInt64(numberBits)
        let keyShift = UInt64(numberBits + groupBits)
        var words = entries.map { UInt64($0.key) << keyShift | UInt64($0.group) << groupShift | UInt64($0.number) }
        words.sort()
        let numberMask: UInt64 = (1 << groupShift) - 1
        let groupMask: UInt64 = (1 << UInt64(groupBits)) - 1
        entries = words.map {
            Entry(key: Int($0 >> keyShift), group: Int(($0 >> groupShift) & groupMask), number: Int($0 & numberMask))
        }
    }

    /// Sorts one pair's edges, `edges[start...]`, by their type numbers
    /// (`types`, one per edge, no two of a pair alike), moving both
    /// together. An insertion sort: a pair has one or two edges, rarely
    /// more; its stances come as one group, before its other types.
    private static func sortPairByType(_ edges: inout HalfWriter<SnapshotEdge>, _ types: inout [Int32], from start: Int) {
        guard edges.count - start > 1 else { return }
        for i in start + 1 ..< edges.count {
            var j = i
            while j > start, types[j - 1] > types[j] {
                types.swapAt(j - 1, j)
                edges.swapAt(j - 1, j)
                j -= 1
            }
        }
    }

    /// When ties end: for each type that ends a tie, the latest start of
    /// its begun relations per pair, both as ordered and as unordered pair
    /// (a directed tie is ended by a directed ending relation of the same
    /// ordered pair, otherwise by any of the same two factions).
    struct TieEnds {
        private struct Key: Hashable {
            var type: Int
            var pair: Int
            var ordered: Bool
        }
        private var latest: [Key: Int] = [:]
        /// Per tie type number: the numbers of the types that end it.
        private let enders: [[Int]]
        private let types: [RelationType]
        private let unorderedKey: (Int) -> Int
        private let pairKey: (Int) -> Int

        init(_ relations: some Sequence<Int>, index: RelationIndex, pairKey: @escaping (Int) -> Int,
             unorderedKey: @escaping (Int) -> Int) {
            let types = index.types
            let numbers = Dictionary(types.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
            enders = types.map { $0.relationClass == .tie ? $0.endedBy.compactMap { numbers[$0] } : [] }
            var isEnder = [Bool](repeating: false, count: types.count)
            for ender in enders.joined() { isEnder[ender] = true }
            self.types = types
            self.pairKey = pairKey
            self.unorderedKey = unorderedKey
            guard isEnder.contains(true) else { return }
            for number in relations {
                let type = Int(index.type[number])
                guard isEnder[type] else { continue }
                let start = index.startDay[number]
                for key in [Key(type: type, pair: pairKey(number), ordered: true),
                            Key(type: type, pair: unorderedKey(number), ordered: false)] {
                    latest[key] = max(latest[key] ?? Int.min, start)
                }
            }
        }

        /// The latest start of a relation ending a tie of type `tie`
        /// between the factions of `relation`; `Int.min` without one.
        func latestStart(ending tie: Int, relation: Int) -> Int {
            var result = Int.min
            for ender in enders[tie] {
                let ordered = types[tie].isDirected && types[ender].isDirected
                let key = Key(type: ender, pair: ordered ? pairKey(relation) : unorderedKey(relation), ordered: ordered)
                result = max(result, latest[key] ?? Int.min)
            }
            return result
        }
    }

    /// The stance edges of one pair: the latest-dated begun reports decide;
    /// an ended latest stance leaves the pair with none. Each stance that
    /// holds carries its run: its ongoing reports since the pair's latest
    /// earlier report of another stance.
    static func stanceRuns(_ reports: [Int], index: RelationIndex, isOngoing: (Int) -> Bool)
        -> [(reports: [Int], contested: Bool)] {
        let start = index.startDay
        guard let latest = reports.map({ start[$0] }).max() else { return [] }
        let holding = reports.filter { start[$0] == latest && isOngoing($0) }
        let kind = index.type
        let types = Set(holding.map { kind[$0] }).sorted()
        return types.map { type in
            let previousOther = reports
                .filter { kind[$0] != type && start[$0] < latest }
                .map { start[$0] }.max() ?? Int.min
            let run = reports.filter { kind[$0] == type && start[$0] > previousOther && isOngoing($0) }
            return (run, types.count > 1)
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
