/// Structural balance of a signed snapshot: in a balanced triangle the
/// friend of a friend is a friend and the enemy of an enemy is a friend;
/// an unbalanced one (two friends of a group fighting each other, a group at
/// truce with both sides of a fight, three groups all fighting each other)
/// is a tension point.
///
/// Each relation counts with its type's polarity: allegiance, alliance,
/// truce and merger are friendly (+), combat and rivalry hostile (-);
/// types without a sign (split) are left out. A pair with both a friendly
/// and a hostile relation (a contested stance) counts once with each sign.
public enum StructuralBalance {
    /// One side of a triangle: a pair and the relations of one sign between it.
    public struct Link: Sendable, Hashable {
        public var pair: FactionPair
        public var positive: Bool
        public var edges: [SnapshotEdge]
    }

    /// Three factions and one link between each two of them.
    public struct Triangle: Sendable, Hashable {
        /// The factions in id order.
        public var factions: [FactionID]
        /// The links: first-second, first-third, second-third.
        public var links: [Link]

        public var isBalanced: Bool { links.count(where: { !$0.positive }) % 2 == 0 }
        public var sign: PathSign { isBalanced ? .positive : .negative }
    }

    public struct Report: Sendable {
        public var asOf: PartialDate
        public var triangleCount: Int
        public var balancedCount: Int
        /// The unbalanced triangles, in faction-id order.
        public var unbalanced: [Triangle]
        /// Balanced triangles over all triangles; `nil` without triangles.
        public var ratio: Double? {
            triangleCount == 0 ? nil : Double(balancedCount) / Double(triangleCount)
        }
    }

    /// - Complexity: O(edges × the largest number of neighbours).
    public static func analyse(_ snapshot: Snapshot) -> Report {
        var links: [FactionPair: [Link]] = [:]
        var neighbours: [FactionID: Set<FactionID>] = [:]
        for (pair, edges) in Dictionary(grouping: snapshot.edges.filter { $0.type.polarity != .unknown },
                                        by: { FactionPair($0.from, $0.to) }) {
            for positive in [true, false] {
                let signed = edges.filter { ($0.type.polarity == .positive) == positive }
                if !signed.isEmpty { links[pair, default: []].append(Link(pair: pair, positive: positive, edges: signed)) }
            }
            neighbours[pair.first, default: []].insert(pair.second)
            neighbours[pair.second, default: []].insert(pair.first)
        }
        var count = 0
        var balanced = 0
        var unbalanced: [Triangle] = []
        for pair in links.keys.sorted() {
            let common = (neighbours[pair.first] ?? []).intersection(neighbours[pair.second] ?? [])
            // Each triangle once: its two smallest ids are `pair`.
            for third in common.sorted() where third > pair.second {
                for ab in links[pair]! {
                    for ac in links[FactionPair(pair.first, third)]! {
                        for bc in links[FactionPair(pair.second, third)]! {
                            let triangle = Triangle(factions: [pair.first, pair.second, third], links: [ab, ac, bc])
                            count += 1
                            if triangle.isBalanced { balanced += 1 } else { unbalanced.append(triangle) }
                        }
                    }
                }
            }
        }
        return Report(asOf: snapshot.asOf, triangleCount: count, balancedCount: balanced, unbalanced: unbalanced)
    }

    /// Why a triangle is unbalanced, in words, from the types' wording:
    /// "A and B fight each other, while C is allied with A and at truce
    /// with B".
    public static func reading(_ triangle: Triangle, names: [FactionID: String]) -> String {
        func name(_ id: FactionID) -> String { names[id] ?? id }
        /// The friendliest phrase of a link (alliance before allegiance
        /// before truce).
        func stance(_ link: Link) -> String {
            link.edges.map(\.type.wording).min { $0.rank < $1.rank }?.friendly ?? "linked with"
        }
        /// How the two ends of a hostile link relate: combat if any.
        func hostility(_ link: Link) -> String {
            link.edges.map(\.type).sorted().first.map(\.wording.hostile) ?? "are hostile"
        }
        let hostile = triangle.links.filter { !$0.positive }
        if hostile.count == 3 {
            let who = "\(name(triangle.factions[0])), \(name(triangle.factions[1])) and \(name(triangle.factions[2]))"
            let phrases = Set(hostile.map(hostility))
            guard phrases.count == 1, let phrase = phrases.first else { return who + " are all hostile to each other" }
            // "all fight each other", "are all rivals"
            return phrase.hasPrefix("are ") ? who + " are all " + phrase.dropFirst(4) : who + " all " + phrase
        }
        // One hostile link: its two ends are both friends of the third.
        let fight = hostile[0]
        let third = triangle.factions.first { $0 != fight.pair.first && $0 != fight.pair.second }!
        let friendly = triangle.links.filter(\.positive)
        let withFirst = friendly.first { $0.pair.first == fight.pair.first || $0.pair.second == fight.pair.first }!
        let withSecond = friendly.first { $0.pair.first == fight.pair.second || $0.pair.second == fight.pair.second }!
        return "\(name(fight.pair.first)) and \(name(fight.pair.second)) \(hostility(fight)), while \(name(third)) is "
            + "\(stance(withFirst)) \(name(fight.pair.first)) and \(stance(withSecond)) \(name(fight.pair.second))"
    }
}
