/// The attributes every export writes, in this order, for factions and for
/// relations (snapshot edges). docs/exports.md describes each.
public enum ExportSchema {
    /// A faction: its name (as of the snapshot's date), kind, aliases,
    /// dates, note, and every name it had (`names`: the declared name, then
    /// `DATE: NAME` for each rename).
    public static let faction: [ExportAttribute<Faction>] = [
        ExportAttribute("name", .string) { .string($0.name) },
    ] + factionDescription

    /// What describes a faction whatever the date: all but `name`.
    public static let factionDescription: [ExportAttribute<Faction>] = [
        ExportAttribute("kind", .string) { .string($0.kind.rawValue) },
        ExportAttribute("aliases", .list) { .nonEmpty($0.aliases) },
        ExportAttribute("founded", .string) { .optional($0.founded?.description) },
        ExportAttribute("dissolved", .string) { .optional($0.dissolved?.description) },
        ExportAttribute("note", .string) { .optional($0.note) },
        ExportAttribute("names", .list) { .nonEmpty(namesOverTime($0)) },
    ]

    /// A relation: its type's properties, then its state (`relationState`).
    public static let relation: [ExportAttribute<SnapshotEdge>] = relationType + relationState

    /// What the relation's type says; the same for every period of an edge.
    public static let relationType: [ExportAttribute<SnapshotEdge>] = [
        ExportAttribute("type", .string) { .string($0.type.name) },
        ExportAttribute("directed", .boolean) { .boolean($0.type.isDirected) },
        ExportAttribute("class", .string) { .string($0.type.relationClass.rawValue) },
        ExportAttribute("polarity", .string) { .string($0.type.polarity.rawValue) },
    ]

    /// What its reports say, which may change while the edge holds: since
    /// when, until when, its latest report's date, confidence, contested,
    /// casualties (`id:count` per faction, by id, joined by `;`), the
    /// events' fatalities (best estimate, and low and high when known),
    /// places, and how many quotes back it.
    public static let relationState: [ExportAttribute<SnapshotEdge>] = [
        ExportAttribute("date", .string) { .string($0.date.description) },
        ExportAttribute("until", .string) { .optional($0.until?.description) },
        ExportAttribute("last_reported", .string) { .string($0.lastReported.description) },
        ExportAttribute("confidence", .string) { .string($0.confidence.rawValue) },
        ExportAttribute("contested", .boolean) { .boolean($0.contested) },
        ExportAttribute("casualties", .string) { .optional(casualties($0.casualties)) },
        ExportAttribute("fatalities", .integer) { $0.fatalities.map { .integer($0.best) } },
        ExportAttribute("fatalities_low", .integer) { $0.fatalities?.low.map { .integer($0) } },
        ExportAttribute("fatalities_high", .integer) { $0.fatalities?.high.map { .integer($0) } },
        ExportAttribute("where", .list) { .nonEmpty($0.places) },
        ExportAttribute("evidence_count", .integer) { .integer(evidenceCount($0)) },
    ]

    /// Every name of `faction` over time: the declared name, then each
    /// rename as `DATE: NAME`.
    public static func namesOverTime(_ faction: Faction) -> [String] {
        [faction.declaredName] + faction.renames.map { "\($0.date): \($0.name)" }
    }

    /// `foreigners:5;hts:13`: counts by faction id; `nil` without any.
    public static func casualties(_ counts: [FactionID: Int]) -> String? {
        guard !counts.isEmpty else { return nil }
        return counts.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }
            .joined(separator: ExportValue.listSeparator)
    }

    /// The number of quotes behind an edge (the length of its JSON `evidence`).
    public static func evidenceCount(_ edge: SnapshotEdge) -> Int {
        edge.reports.reduce(0) { $0 + $1.evidence.count }
    }
}
