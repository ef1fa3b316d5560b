/// A path between two factions: a sequence of snapshot edges, each walked
/// along or against its arrow.
public struct FactionPath: Sendable, Hashable {
    /// The factions visited, first to last.
    public var factions: [FactionID]
    /// The hops, one per edge walked.
    public var hops: [Hop]

    public struct Hop: Sendable, Hashable {
        public var edge: SnapshotEdge
        /// True when walked along the edge's arrow (always for undirected types).
        public var forward: Bool
    }

    public var length: Int { hops.count }

    /// The product of the hops' polarities, as the vocabulary gives them:
    /// allegiance, alliance, truce and merger are friendly (+), combat and
    /// rivalry hostile (-); a split makes the sign unknown (?), since
    /// breaking away is not necessarily hostility.
    public var sign: Sign {
        hops.reduce(Sign.positive) { $0 * $1.edge.type.polarity }
    }

    /// The number of hostile (-) hops.
    public var hostileCount: Int { hops.count { $0.edge.type.polarity == .negative } }
}

/// Finds paths between factions over a snapshot.
public enum PathSearch {
    /// Every shortest path from `source` to `target`. Two paths through the
    /// same factions over different relations are two paths.
    ///
    /// Paths are in a stable order: by the faction ids along the way, then
    /// the relation types.
    /// - Complexity: O(factions + edges) for the search, plus the size of
    ///   the output (which can grow exponentially in dense graphs).
    public static func shortestPaths(in graph: SnapshotGraph, from source: FactionID, to target: FactionID) -> [FactionPath] {
        guard let start = graph.numbers[source], let goal = graph.numbers[target], start != goal else { return [] }
        // Walk from the start, taking only steps that bring the goal one hop
        // closer.
        let distance = graph.isSymmetric ? graph.distances(from: goal) : reverseDistances(graph, to: goal)
        guard distance[start] > 0 else { return [] }
        var paths: [FactionPath] = []
        var trail: [SnapshotGraph.Step] = []
        func extend(_ node: Int) {
            if node == goal {
                paths.append(path(graph, start: start, trail: trail))
                return
            }
            for step in graph.steps[node] where distance[step.to] == distance[node] - 1 {
                trail.append(step)
                extend(step.to)
                trail.removeLast()
            }
        }
        extend(start)
        return paths
    }

    /// Every simple path (no faction twice) from `source` to `target` of at
    /// most `maxHops` hops, shortest first, then in the stable order of
    /// `shortestPaths`.
    public static func simplePaths(in graph: SnapshotGraph, from source: FactionID, to target: FactionID,
                                   maxHops: Int) -> [FactionPath] {
        guard let start = graph.numbers[source], let goal = graph.numbers[target], start != goal, maxHops > 0 else {
            return []
        }
        // Prune: a faction farther from the goal than the hops left cannot help.
        let distance = graph.isSymmetric ? graph.distances(from: goal) : reverseDistances(graph, to: goal)
        var paths: [FactionPath] = []
        var trail: [SnapshotGraph.Step] = []
        var visited = [Bool](repeating: false, count: graph.ids.count)
        visited[start] = true
        func extend(_ node: Int) {
            if node == goal {
                paths.append(path(graph, start: start, trail: trail))
                return
            }
            let left = maxHops - trail.count
            for step in graph.steps[node] where !visited[step.to] {
                let remaining = distance[step.to]
                guard remaining >= 0, remaining <= left - 1 else { continue }
                visited[step.to] = true
                trail.append(step)
                extend(step.to)
                trail.removeLast()
                visited[step.to] = false
            }
        }
        extend(start)
        return paths.enumerated().sorted { ($0.element.length, $0.offset) < ($1.element.length, $1.offset) }.map(\.element)
    }

    private static func path(_ graph: SnapshotGraph, start: Int, trail: [SnapshotGraph.Step]) -> FactionPath {
        FactionPath(factions: [graph.ids[start]] + trail.map { graph.ids[$0.to] },
                    hops: trail.map { FactionPath.Hop(edge: graph.snapshot.edges[$0.edge], forward: $0.forward) })
    }

    /// Hops from each faction to `goal` following the steps as given (for
    /// directed walks, where steps are not symmetric).
    static func reverseDistances(_ graph: SnapshotGraph, to goal: Int) -> [Int] {
        var incoming = [[Int]](repeating: [], count: graph.ids.count)
        for (node, steps) in graph.steps.enumerated() {
            for step in steps { incoming[step.to].append(node) }
        }
        return SnapshotGraph.breadthFirst(from: goal, count: graph.ids.count) { incoming[$0] }
    }
}
