/// The frames of a timeline (`TimelineFrames`), each as what changed, worked
/// out pair by pair: a step compares only the pairs of factions whose
/// snapshots changed since the last frame (`PairTimelines`), instead of two
/// snapshots of the whole corpus.
///
/// For the explorer, which needs only each frame's changes: with a step per
/// month over fifteen years of a 10,000-relation corpus, 180 whole
/// snapshots cost seconds, the pairs that changed milliseconds. The frames
/// are the same as `TimelineFrames.forEachFrame`'s, on the same dates, with
/// the same edges added, removed, changed, the same factions added, removed
/// and renamed, and the same reasons (the tests compare the explorer's data
/// built both ways); each diff's snapshots and its `unchanged` list hold
/// only the pairs that changed.
struct PairFrames {
    /// One frame: its date, how the page names it, and what changed since
    /// the previous frame (from nothing for the first).
    struct Frame {
        var date: PartialDate
        var label: String
        var diff: SnapshotDiff
    }

    /// Calls `body` with each frame of `corpus`'s timeline, oldest first.
    static func forEachFrame(of corpus: Corpus, every step: TimelineStep, pairs: inout PairTimelines,
                             _ body: (Frame) -> Void) {
        let candidates = TimelineDates.candidates(in: corpus, every: step)
        guard let first = candidates.first else { return }
        let events = pairs.breakpointEvents
        let renamed = corpus.factions.values.filter { !$0.renames.isEmpty }.map(\.id).sorted()
        // The graph as of the last frame: which pairs have edges there, and
        // each faction drawn (named as of then) with its number of edges.
        var factions: [FactionID: (faction: Faction, edges: Int)] = [:]
        var lastFrame: PartialDate?
        var start = 0 // the first event after the last frame
        for candidate in candidates {
            let day = candidate.date.endDay
            var touched = Set<Int>()
            var end = start
            while end < events.count, events[end].day <= day {
                touched.insert(events[end].pair)
                end += 1
            }
            guard !touched.isEmpty else { continue }
            let pairsTouched = touched.sorted()
            let old = lastFrame.map { pairs.snapshot(of: pairsTouched, asOf: $0) }
                ?? Snapshot(asOf: first.date, factions: [], edges: [], articles: corpus.articles)
            let new = pairs.snapshot(of: pairsTouched, asOf: candidate.date)
            var diff = SnapshotDiffer.diff(old, new)

            // Factions are drawn while any of their pairs has an edge: count
            // the edges gone and come, over the pairs that changed.
            var counts = factions.mapValues(\.edges)
            var named: [FactionID: Faction] = factions.mapValues(\.faction)
            for edge in old.edges { counts[edge.from, default: 0] -= 1; counts[edge.to, default: 0] -= 1 }
            for edge in new.edges { counts[edge.from, default: 0] += 1; counts[edge.to, default: 0] += 1 }
            for faction in new.factions { named[faction.id] = faction }
            let before = Set(factions.keys)
            let after = Set(counts.filter { $0.value > 0 }.keys)
            diff.addedFactions = after.subtracting(before).sorted().map { named[$0]! }
            diff.removedFactions = before.subtracting(after).sorted().map { factions[$0]!.faction }
            diff.renamedFactions = renamed.compactMap { id -> (old: Faction, new: Faction)? in
                guard let was = factions[id]?.faction, after.contains(id) else { return nil }
                var now = was
                now.name = corpus.factions[id]?.name(asOf: candidate.date) ?? was.name
                return now.name == was.name ? nil : (was, now)
            }
            guard !diff.isEmpty else { continue }

            var next: [FactionID: (faction: Faction, edges: Int)] = [:]
            for id in after {
                var faction = named[id]!
                faction.name = corpus.factions[id]?.name(asOf: candidate.date) ?? faction.name
                next[id] = (faction, counts[id]!)
            }
            factions = next
            lastFrame = candidate.date
            start = end
            body(Frame(date: candidate.date, label: candidate.label, diff: diff))
        }
    }
}
