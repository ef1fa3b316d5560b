extension Snapshot {
    /// The part of the snapshot within `depth` hops of `center` (relations
    /// walked in either direction): those factions and the edges among them.
    /// - Complexity: O(factions + edges).
    public func neighbourhood(of center: FactionID, depth: Int) -> Snapshot {
        let graph = SnapshotGraph(self)
        guard let start = graph.numbers[center] else {
            return Snapshot(asOf: asOf, factions: [], edges: [], articles: articles)
        }
        let distance = graph.distances(from: start, maxHops: depth)
        let kept = Set(graph.ids.indices.filter { distance[$0] >= 0 }.map { graph.ids[$0] })
        return Snapshot(asOf: asOf,
                        factions: factions.filter { kept.contains($0.id) },
                        edges: edges.filter { kept.contains($0.from) && kept.contains($0.to) },
                        articles: articles)
    }
}

extension Snapshot {
    /// The snapshot with only relations of `types`, and the factions they
    /// involve.
    public func keeping(_ types: Set<RelationType>) -> Snapshot {
        let kept = edges.filter { types.contains($0.type) }
        let ids = Set(kept.flatMap { [$0.from, $0.to] })
        return Snapshot(asOf: asOf, factions: factions.filter { ids.contains($0.id) }, edges: kept, articles: articles)
    }
}
