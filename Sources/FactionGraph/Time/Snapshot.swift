/// One edge of a snapshot: the relation of one type between one pair that
/// holds as of the snapshot's date, with every report supporting it.
public struct SnapshotEdge: Sendable, Hashable {
    public var type: RelationType
    /// The actor of a directed type; the smaller id of an undirected pair.
    public var from: FactionID
    public var to: FactionID
    /// The reports that make up this edge, oldest first (reading order among
    /// equal dates).
    public var reports: [Relation]
    /// True when another stance for this pair has the same latest date.
    public var contested: Bool

    public var isDirected: Bool { type.isDirected }

    /// Since when the edge holds: the earliest date of its reports.
    public var date: PartialDate { reports.map(\.date).min()! }

    /// When the edge ends, if every report gives an end: the latest `until`.
    public var until: PartialDate? {
        let ends = reports.map(\.until)
        guard !ends.contains(where: { $0 == nil }) else { return nil }
        return ends.compactMap { $0 }.max()
    }

    /// The strongest confidence among the reports (confirmed, then
    /// reported, then alleged).
    public var confidence: Confidence { reports.map(\.confidence).max()! }

    /// Casualties per faction, summed over the reports that give them; empty
    /// when no report does.
    public var casualties: [FactionID: Int] {
        reports.reduce(into: [:]) { totals, report in
            for (id, count) in report.casualties { totals[id, default: 0] += count }
        }
    }

    /// The places named by the reports, without repeats.
    public var places: [String] { unique(reports.compactMap(\.place)) }
}

/// The faction graph as of a date: the factions with at least one relation
/// that holds then, and those relations merged into edges.
public struct Snapshot: Sendable {
    public var asOf: PartialDate
    /// Factions in id order.
    public var factions: [Faction]
    /// Edges in (from, to, type) order.
    public var edges: [SnapshotEdge]
    /// The corpus's articles, for the evidence of the edges.
    public var articles: [Article]

    /// Display names by id: each faction's name as of the snapshot's date.
    public var names: [FactionID: String] {
        Dictionary(uniqueKeysWithValues: factions.map { ($0.id, $0.name) })
    }
}
