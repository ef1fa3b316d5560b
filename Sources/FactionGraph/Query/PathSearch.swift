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

/// The first paths of a search cut at a limit, and how many there are.
public struct PathListing: Sendable {
    /// The paths listed, at most the limit.
    public var paths: [FactionPath]
    /// The paths found: all of them when `isCountComplete`, else at least
    /// this many.
    public var found: Int
    /// False when counting stopped before the search had walked every path.
    public var isCountComplete: Bool

    /// True when paths were found beyond those listed.
    public var isCut: Bool { found > paths.count }
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
    ///
    /// Holds every path in memory: in a dense graph with parallel relations
    /// the number of paths grows combinatorially, so a command should call
    /// `simplePaths(in:from:to:maxHops:limit:countingSteps:)`.
    public static func simplePaths(in graph: SnapshotGraph, from source: FactionID, to target: FactionID,
                                   maxHops: Int) -> [FactionPath] {
        simplePaths(in: graph, from: source, to: target, maxHops: maxHops, limit: .max).paths
    }

    /// The first `limit` simple paths from `source` to `target` of at most
    /// `maxHops` hops, in the order of `simplePaths(in:from:to:maxHops:)`,
    /// and how many paths there are: counted on (without being kept) for at
    /// most `countingSteps` further steps of the search once `limit` paths
    /// are listed (a step is a relation looked at from a faction, taken or
    /// not), so the count is exact or a lower bound.
    ///
    /// The search is deepened one hop at a time (each length is a fresh
    /// depth-first walk), so paths come out shortest first without sorting
    /// them all: memory grows with `limit`, not with the number of paths.
    /// - Complexity: O(maxHops × the steps walked) until `limit` paths are
    ///   found; the count adds at most `countingSteps` steps (10 million:
    ///   about 0.1 s on the 10,000-article corpus).
    public static func simplePaths(in graph: SnapshotGraph, from source: FactionID, to target: FactionID,
                                   maxHops: Int, limit: Int, countingSteps: Int = 10_000_000) -> PathListing {
        var listing = PathListing(paths: [], found: 0, isCountComplete: true)
        guard let start = graph.numbers[source], let goal = graph.numbers[target], start != goal, maxHops > 0,
              limit > 0 else {
            return listing
        }
        // Prune: a faction farther from the goal than the hops left cannot help.
        let distance = graph.isSymmetric ? graph.distances(from: goal) : reverseDistances(graph, to: goal)
        guard distance[start] > 0, distance[start] <= maxHops else { return listing }
        var trail: [SnapshotGraph.Step] = []
        var visited = [Bool](repeating: false, count: graph.ids.count)
        visited[start] = true
        var stepsLeft = countingSteps
        // Walks the paths of exactly `length` hops from `node` in the order
        // of the steps; false once the counting budget is spent.
        func extend(_ node: Int, length: Int) -> Bool {
            if node == goal {
                if listing.paths.count < limit {
                    listing.paths.append(path(graph, start: start, trail: trail))
                }
                listing.found += 1
                return true
            }
            let left = length - trail.count
            for step in graph.steps[node] {
                // Every step looked at counts, taken or not: a hub's
                // thousands of relations are looked at on every visit.
                if listing.paths.count >= limit {
                    stepsLeft -= 1
                    if stepsLeft < 0 { return false }
                }
                let remaining = distance[step.to]
                // The goal ends a path, so it is taken only as the last hop.
                guard !visited[step.to], remaining >= 0, remaining <= left - 1, step.to != goal || left == 1 else {
                    continue
                }
                visited[step.to] = true
                trail.append(step)
                let going = extend(step.to, length: length)
                trail.removeLast()
                visited[step.to] = false
                if !going { return false }
            }
            return true
        }
        for length in distance[start]...maxHops {
            guard extend(start, length: length) else {
                listing.isCountComplete = false
                break
            }
        }
        return listing
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
