/// GraphML documents, for yEd, Cytoscape, Gephi, NetworkX and igraph: a
/// snapshot, or the whole corpus over time. Every attribute has a typed
/// `<key>` (`string`, `boolean`, `int`); node keys are `n_NAME`, edge keys
/// `e_NAME`, graph keys `g_NAME`, each with `attr.name` NAME.
///
/// Every edge is directed (`edgedefault="directed"`), from `from` to `to`
/// as in the snapshot JSON, with a boolean `directed` attribute: NetworkX
/// refuses a graph that mixes directed and undirected edges, and igraph
/// takes direction from the graph alone.
public enum GraphMLDocument {
    /// The snapshot: factions and edges with their attributes, and the
    /// graph's `as_of` date.
    public static func snapshot(_ snapshot: Snapshot) -> String {
        var writer = start(graphKeys: ["as_of"], nodeKeys: ExportSchema.faction.map { ($0.name, $0.type) },
                           edgeKeys: ExportSchema.relation.map { ($0.name, $0.type) })
        writer.element("data", [("key", "g_as_of")], content: snapshot.asOf.description)
        for faction in snapshot.factions {
            node(faction.id, ExportSchema.faction.map { ($0.name, $0.value(faction)) }, in: &writer)
        }
        for edge in snapshot.edges {
            self.edge(id: "\(edge.type.name)/\(edge.from)/\(edge.to)", from: edge.from, to: edge.to,
                      ExportSchema.relation.map { ($0.name, $0.value(edge)) }, in: &writer)
        }
        return writer.document
    }

    /// The corpus over time. A faction carries its last name, its first
    /// and last day in the snapshots (`start`, `end`; no `end` while it is
    /// there) and all its `spells` (`2014-01-01/2015-03-31;2016-01-01/..`).
    /// An edge is written once per state: a period in which it holds with
    /// the same attributes (`start`, `end`), with id `TYPE/FROM/TO/START`.
    /// The edges whose period contains a day are the snapshot as of that day.
    public static func dynamic(_ graph: DynamicGraph) -> String {
        let periodKeys: [(String, ExportValueType)] = [("start", .string), ("end", .string)]
        var writer = start(graphKeys: [], nodeKeys: ExportSchema.faction.map { ($0.name, $0.type) } + periodKeys
                           + [("spells", .list)],
                           edgeKeys: ExportSchema.relation.map { ($0.name, $0.type) } + periodKeys)
        for track in graph.factions {
            let spells = track.spells
            let values = ExportSchema.faction.map { ($0.name, $0.value(track.faction)) }
                + periodValues(start: spells.first?.start, end: spells.last?.end)
                + [("spells", ExportValue.nonEmpty(spells.map(\.description)))]
            node(track.faction.id, values, in: &writer)
        }
        for track in graph.edges {
            for state in track.states {
                let id = "\(track.type.name)/\(track.from)/\(track.to)/\(state.period.startDate)"
                let values = ExportSchema.relation.map { ($0.name, $0.value(state.edge)) }
                    + periodValues(start: state.period.start, end: state.period.end)
                edge(id: id, from: track.from, to: track.to, values, in: &writer)
            }
        }
        return writer.document
    }

    private static func periodValues(start: Int?, end: Int?) -> [(String, ExportValue?)] {
        [("start", start.map { .string(PartialDate(dayNumber: $0).description) }),
         ("end", end.map { .string(PartialDate(dayNumber: $0).description) })]
    }

    private static func start(graphKeys: [String], nodeKeys: [(String, ExportValueType)],
                              edgeKeys: [(String, ExportValueType)]) -> XMLWriter {
        var writer = XMLWriter()
        writer.open("graphml", [("xmlns", "http://graphml.graphdrawing.org/xmlns"),
                                ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                                ("xsi:schemaLocation", "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")])
        let keys = graphKeys.map { ("graph", "g", $0, ExportValueType.string) }
            + nodeKeys.map { ("node", "n", $0.0, $0.1) } + edgeKeys.map { ("edge", "e", $0.0, $0.1) }
        for (domain, prefix, name, type) in keys {
            writer.empty("key", [("id", "\(prefix)_\(name)"), ("for", domain), ("attr.name", name),
                                 ("attr.type", type.graphML)])
        }
        writer.open("graph", [("id", "factions"), ("edgedefault", "directed")])
        return writer
    }

    private static func node(_ id: String, _ values: [(String, ExportValue?)], in writer: inout XMLWriter) {
        writer.open("node", [("id", id)])
        data(values, prefix: "n", in: &writer)
        writer.close()
    }

    private static func edge(id: String, from: String, to: String, _ values: [(String, ExportValue?)],
                             in writer: inout XMLWriter) {
        writer.open("edge", [("id", id), ("source", from), ("target", to)])
        data(values, prefix: "e", in: &writer)
        writer.close()
    }

    /// `<data>` of the values present.
    private static func data(_ values: [(String, ExportValue?)], prefix: String, in writer: inout XMLWriter) {
        for (name, value) in values {
            if let value { writer.element("data", [("key", "\(prefix)_\(name)")], content: value.text) }
        }
    }
}
