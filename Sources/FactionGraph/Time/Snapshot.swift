/// One edge of a snapshot: the relation of one type between one pair that
/// holds as of the snapshot's date, with every report supporting it.
public struct SnapshotEdge: Sendable, Hashable {
    public let type: RelationType
    /// The actor of a directed type; the smaller id of an undirected pair.
    public let from: FactionID
    public let to: FactionID
    /// The reports that make up this edge, oldest first (reading order among
    /// equal dates).
    public let reports: [Relation]
    /// True when another stance for this pair has the same latest date.
    public let contested: Bool

    /// Since when the edge holds: the earliest date of its reports.
    public let date: PartialDate
    /// The latest date of any of its reports: how fresh the news of it is.
    public let lastReported: PartialDate
    /// When the edge ends, if every report gives an end: the latest `until`.
    public let until: PartialDate?
    /// The strongest confidence among the reports (confirmed, then
    /// reported, then alleged).
    public let confidence: Confidence
    /// Casualties per faction, summed over the reports that give them; empty
    /// when no report does.
    public let casualties: [FactionID: Int]
    /// The places named by the reports, without repeats.
    public let places: [String]
    /// The events' deaths, all sides together, summed over the reports that
    /// give them; `nil` when none does.
    public let fatalities: Fatalities?

    /// An edge of `reports` (at least one, all of `type` between `from` and
    /// `to`); the summaries are computed once, here.
    public init(type: RelationType, from: FactionID, to: FactionID, reports: [Relation], contested: Bool) {
        precondition(!reports.isEmpty, "an edge has at least one report")
        self.type = type
        self.from = from
        self.to = to
        self.reports = reports
        self.contested = contested
        var earliest = reports[0].date
        var latest = reports[0].date
        var latestEnd: PartialDate? = reports[0].until
        var everyReportEnds = true
        var strongest = reports[0].confidence
        var totals: [FactionID: Int] = [:]
        var places: [String] = []
        for index in reports.indices {
            let date = reports[index].date
            if date < earliest { earliest = date }
            if latest < date { latest = date }
            if let until = reports[index].until {
                if latestEnd.map({ until > $0 }) ?? true { latestEnd = until }
            } else {
                everyReportEnds = false
            }
            if reports[index].confidence > strongest { strongest = reports[index].confidence }
            // Saturating: each figure is bounded when read, so only a hostile
            // number of reports could reach Int.max; it must not trap.
            for (id, count) in reports[index].casualties {
                let (sum, overflow) = totals[id, default: 0].addingReportingOverflow(count)
                totals[id] = overflow ? Int.max : sum
            }
            if let place = reports[index].place, !places.contains(place) { places.append(place) }
        }
        self.date = earliest
        lastReported = latest
        self.until = everyReportEnds ? latestEnd : nil
        self.confidence = strongest
        self.casualties = totals
        self.places = places
        let events = reports.compactMap(\.fatalities)
        fatalities = events.isEmpty ? nil : Fatalities.sum(events)
    }

    public var isDirected: Bool { type.isDirected }
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
