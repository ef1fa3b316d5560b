/// GEXF 1.3 documents, for Gephi: a snapshot as a static graph, or the
/// whole corpus as a dynamic one. They validate against the official
/// schema (`http://gexf.net/1.3`), and NetworkX reads them.
///
/// Choices, explained in docs/exports.md:
/// - Every edge is written directed (`defaultedgetype="directed"`), from
///   `from` to `to` as in the snapshot JSON, with a boolean `directed`
///   attribute: NetworkX refuses a graph that mixes directed and undirected
///   edges, and Gephi rejects the `mutual` edge type.
/// - An edge's `kind` is its type's name, so Gephi keeps the edges of two
///   types between one pair (a contested alliance and truce) apart instead
///   of merging them.
/// - Colours are `<color>` elements in the GEXF namespace, which is where
///   the official 1.3 schema declares them (its `viz.xsd` has no namespace of
///   its own); Gephi matches them by local name. Relations take their
///   type's colour from the vocabulary, factions their kind's border colour.
/// - No `lastmodifieddate`: the same corpus always gives the same bytes.
public enum GEXFDocument {
    /// The snapshot as a static graph.
    public static func snapshot(_ snapshot: Snapshot) -> String {
        var writer = start(description: "Faction relations as of \(snapshot.asOf)")
        writer.open("graph", [("mode", "static"), ("defaultedgetype", "directed"), ("idtype", "string")])
        declare(ExportSchema.faction.map { ($0.name, $0.type) }, class: "node", mode: "static", in: &writer)
        declare(ExportSchema.relation.map { ($0.name, $0.type) }, class: "edge", mode: "static", in: &writer)
        writer.open("nodes", [("count", String(snapshot.factions.count))])
        for faction in snapshot.factions {
            writer.open("node", [("id", faction.id), ("label", faction.name)])
            attributeValues(staticValues(ExportSchema.faction, of: faction), in: &writer)
            color(DiagramStyle.look(faction.kind).border, in: &writer)
            writer.close()
        }
        writer.close()
        writer.open("edges", [("count", String(snapshot.edges.count))])
        for edge in snapshot.edges {
            writer.open("edge", edgeAttributes(type: edge.type, from: edge.from, to: edge.to))
            attributeValues(staticValues(ExportSchema.relation, of: edge), in: &writer)
            color(edge.type.look.color, in: &writer)
            writer.close()
        }
        return writer.document
    }

    /// The corpus over time as a dynamic graph: each faction and each edge
    /// with the spells in which it is in the snapshots (day precision, the
    /// end being the last day; no end while it holds), and the attributes
    /// that change over time as dynamic attribute values.
    public static func dynamic(_ graph: DynamicGraph) -> String {
        var writer = start(description: "Faction relations over time")
        writer.open("graph", [("mode", "dynamic"), ("defaultedgetype", "directed"), ("timeformat", "date"),
                              ("timerepresentation", "interval"), ("idtype", "string")])
        declare(ExportSchema.factionDescription.map { ($0.name, $0.type) }, class: "node", mode: "static", in: &writer)
        declare([("name", .string)], class: "node", mode: "dynamic", in: &writer)
        declare(ExportSchema.relationType.map { ($0.name, $0.type) }, class: "edge", mode: "static", in: &writer)
        declare(ExportSchema.relationState.map { ($0.name, $0.type) }, class: "edge", mode: "dynamic", in: &writer)
        writer.open("nodes", [("count", String(graph.factions.count))])
        for track in graph.factions {
            let faction = track.faction
            writer.open("node", [("id", faction.id), ("label", faction.name)])
            let names: [Value] = FactionNames.periods(faction).map { name in
                ("name", .string(name.name), name.start.map { PartialDate(dayNumber: $0).description },
                 name.end.map { PartialDate(dayNumber: $0).description })
            }
            attributeValues(staticValues(ExportSchema.factionDescription, of: faction) + names, in: &writer)
            spells(track.spells, in: &writer)
            color(DiagramStyle.look(faction.kind).border, in: &writer)
            writer.close()
        }
        writer.close()
        writer.open("edges", [("count", String(graph.edges.count))])
        for track in graph.edges {
            guard let first = track.states.first?.edge else { continue }
            writer.open("edge", edgeAttributes(type: track.type, from: track.from, to: track.to))
            let changing: [Value] = ExportSchema.relationState.flatMap { attribute in
                valuePeriods(track.states.map { ($0.period, attribute.value($0.edge)) }).map { run in
                    (attribute.name, run.value, run.period.startDate.description, run.period.endDate?.description)
                }
            }
            attributeValues(staticValues(ExportSchema.relationType, of: first) + changing, in: &writer)
            spells(track.spells, in: &writer)
            color(track.type.look.color, in: &writer)
            writer.close()
        }
        return writer.document
    }

    /// The edge's id (`combat/foreigners/hts`), ends, label and kind.
    private static func edgeAttributes(type: RelationType, from: FactionID, to: FactionID) -> [XMLWriter.Attribute] {
        [("id", "\(type.name)/\(from)/\(to)"), ("source", from), ("target", to), ("label", type.name),
         ("kind", type.name)]
    }

    private static func start(description: String) -> XMLWriter {
        var writer = XMLWriter()
        writer.open("gexf", [("xmlns", "http://gexf.net/1.3"),
                             ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                             ("xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"),
                             ("version", "1.3")])
        writer.open("meta")
        writer.element("creator", content: "factiongraph")
        writer.element("description", content: description)
        writer.close()
        return writer
    }

    private static func declare(_ attributes: [(String, ExportValueType)], class kind: String, mode: String,
                                in writer: inout XMLWriter) {
        writer.open("attributes", [("class", kind), ("mode", mode)])
        for (name, type) in attributes {
            writer.empty("attribute", [("id", name), ("title", name), ("type", type.gexf)])
        }
        writer.close()
    }

    /// A value of an attribute, for its whole life (static) or from a
    /// first through a last day (dynamic; either may be open).
    private typealias Value = (name: String, value: ExportValue?, start: String?, end: String?)

    private static func staticValues<Subject>(_ attributes: [ExportAttribute<Subject>], of subject: Subject) -> [Value] {
        attributes.map { ($0.name, $0.value(subject), nil, nil) }
    }

    /// `<attvalues>` of the values present.
    private static func attributeValues(_ values: [Value], in writer: inout XMLWriter) {
        let present = values.filter { $0.value != nil }
        guard !present.isEmpty else { return }
        writer.open("attvalues")
        for value in present {
            writer.empty("attvalue", [("for", value.name), ("value", value.value?.text), ("start", value.start),
                                      ("end", value.end)])
        }
        writer.close()
    }

    private static func spells(_ periods: [DayPeriod], in writer: inout XMLWriter) {
        guard !periods.isEmpty else { return }
        writer.open("spells")
        for period in periods {
            writer.empty("spell", [("start", period.startDate.description), ("end", period.endDate?.description)])
        }
        writer.close()
    }

    /// `<color r g b/>` of a `#rrggbb` colour.
    private static func color(_ hex: String, in writer: inout XMLWriter) {
        let digits = Array(hex.utf8.dropFirst())
        guard hex.hasPrefix("#"), digits.count == 6,
              let value = Int(String(decoding: digits, as: UTF8.self), radix: 16) else { return }
        writer.empty("color", [("r", String(value >> 16)), ("g", String((value >> 8) & 0xFF)), ("b", String(value & 0xFF))])
    }

    /// The runs of equal values over touching periods; periods without a
    /// value are left out.
    static func valuePeriods(_ states: [(period: DayPeriod, value: ExportValue?)]) -> [(value: ExportValue, period: DayPeriod)] {
        var runs: [(value: ExportValue, period: DayPeriod)] = []
        for (period, value) in states {
            guard let value else { continue }
            if let last = runs.last, last.value == value, let end = last.period.end, end + 1 == period.start {
                runs[runs.count - 1].period.end = period.end
            } else {
                runs.append((value, period))
            }
        }
        return runs
    }
}
