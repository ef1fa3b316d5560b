/// Everything any frame of a timeline shows: laid out once, so that every
/// frame can put each faction in the same place.
public struct TimelineUnion: Sendable {
    /// Every faction of every frame, in id order, as first seen.
    public var factions: [Faction]
    /// For each faction, its longest name across the frames: the union
    /// layout sizes nodes by it, so a renamed faction never needs more room
    /// than it was given.
    public var widestNames: [FactionID: String]
    /// Every edge of every frame, in (from, to, type) order.
    public var edges: [SnapshotEdge.Key]

    /// The union of `frames`' snapshots.
    public init(_ frames: [TimelineFrame]) {
        var factions: [FactionID: Faction] = [:]
        var widest: [FactionID: String] = [:]
        var edges = Set<SnapshotEdge.Key>()
        for frame in frames {
            for faction in frame.snapshot.factions {
                if factions[faction.id] == nil { factions[faction.id] = faction }
                // Characters, not bytes: a rough but script-neutral width.
                if faction.name.count > (widest[faction.id]?.count ?? -1) { widest[faction.id] = faction.name }
            }
            edges.formUnion(frame.snapshot.edges.map(\.key))
        }
        self.factions = factions.keys.sorted().map { factions[$0]! }
        self.widestNames = widest
        self.edges = edges.sorted { ($0.from, $0.to, $0.type) < ($1.from, $1.to, $1.type) }
    }
}
