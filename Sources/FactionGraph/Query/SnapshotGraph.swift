/// A snapshot as an adjacency structure for queries: factions numbered
/// densely, each with the edges that touch it.
///
/// Built once per query from a snapshot; lookups are array reads, so a
/// breadth-first search over 50,000 relations takes milliseconds.
/// (SwiftGraph, measured on 50,000 vertices, finds vertices by linear
/// search and stores undirected edges twice: 50-70 ms per BFS against 3 ms
/// for this layout.)
public struct SnapshotGraph: Sendable {
    /// One way an edge can be walked from a faction.
    public struct Step: Sendable, Hashable {
        /// The faction reached.
        public var to: Int
        /// The index of the edge in `snapshot.edges`.
        public var edge: Int
        /// True when the walk goes along the edge's arrow (always true for
        /// undirected types).
        public var forward: Bool
    }

    public let snapshot: Snapshot
    /// Faction ids by number, in id order.
    public let ids: [FactionID]
    /// Faction numbers by id.
    public let numbers: [FactionID: Int]
    /// The steps out of each faction, ordered by (neighbour id, type).
    public let steps: [[Step]]
    /// True when every step can be walked back (walks are undirected), so
    /// distances from a faction are also distances to it.
    public let isSymmetric: Bool

    /// Which edges a walk may use.
    public struct Options: Sendable {
        /// Only these types (all when `nil`).
        public var types: Set<RelationType>?
        /// Follow directed types (allegiance, split, merger, ...) only along
        /// their arrows.
        public var directed: Bool

        public init(types: Set<RelationType>? = nil, directed: Bool = false) {
            self.types = types
            self.directed = directed
        }
    }

    public init(_ snapshot: Snapshot, options: Options = Options()) {
        self.snapshot = snapshot
        isSymmetric = !options.directed
        ids = snapshot.factions.map(\.id)
        numbers = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        var steps = [[Step]](repeating: [], count: ids.count)
        let edges = snapshot.edges
        // By index, not `for edge in edges`, which copies every edge (a
        // retain of each of its dozen fields). Edges come in `from` order,
        // so a run of them shares one lookup of `from`: together, a third
        // of the graph's time on the 10k corpus.
        var lastFrom: (id: FactionID, number: Int?)?
        for index in edges.indices {
            if let types = options.types, !types.contains(edges[index].type) { continue }
            let fromID = edges[index].from
            if lastFrom?.id != fromID { lastFrom = (fromID, numbers[fromID]) }
            guard let from = lastFrom?.number, let to = numbers[edges[index].to] else { continue }
            let isDirected = edges[index].isDirected
            steps[from].append(Step(to: to, edge: index, forward: true))
            if !(options.directed && isDirected) {
                steps[to].append(Step(to: from, edge: index, forward: !isDirected))
            }
        }
        self.steps = steps.map { list in
            list.sorted { ($0.to, edges[$0.edge].type, $0.forward ? 0 : 1) < ($1.to, edges[$1.edge].type, $1.forward ? 0 : 1) }
        }
    }

    /// Breadth-first distances (in hops) from `source`; -1 where unreachable.
    /// - Complexity: O(factions + edges).
    public func distances(from source: Int, maxHops: Int = .max) -> [Int] {
        Self.breadthFirst(from: source, count: ids.count, maxHops: maxHops) { node in steps[node].lazy.map(\.to) }
    }

    /// Hops from `source` over `neighbours`, -1 where unreachable, not going
    /// beyond `maxHops`.
    static func breadthFirst<Neighbours: Sequence<Int>>(from source: Int, count: Int, maxHops: Int = .max,
                                                       neighbours: (Int) -> Neighbours) -> [Int] {
        var distance = [Int](repeating: -1, count: count)
        distance[source] = 0
        var queue = [source]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            guard distance[node] < maxHops else { continue }
            for next in neighbours(node) where distance[next] < 0 {
                distance[next] = distance[node] + 1
                queue.append(next)
            }
        }
        return distance
    }
}
