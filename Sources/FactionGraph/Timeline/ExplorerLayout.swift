/// Where the explorer draws each faction: the union of every step laid out
/// once by a Graphviz engine (a renderer computes it from `dot(_:engine:)`),
/// so that a faction stays in its place at every date.
public struct ExplorerLayout: Sendable {
    /// The engine's name (`dot`, `sfdp`, ...).
    public var engine: String
    /// Each faction's centre and box, in points, `y` upwards, as Graphviz
    /// gives them.
    public var positions: [FactionID: NodeBox]

    public init(engine: String, positions: [FactionID: NodeBox]) {
        self.engine = engine
        self.positions = positions
    }

    /// One graph of every faction and edge of `data`, with no title or
    /// legend, to lay out with `engine`. Each faction is labelled with its
    /// longest name, so it gets room for every name it has.
    public static func dot(_ data: ExplorerData, engine: String) -> String {
        var graph = DOTGraph(name: "factiongraph")
        graph.graphAttributes = SnapshotDiagram.graphAttributes(title: "", layout: engine)
        // Straight lines: the page draws its own; routing would only cost time.
        graph.graphAttributes["splines"] = nil
        for entry in data.factions {
            var widest = entry.faction
            widest.name = entry.faction.allNames.max { $0.count < $1.count } ?? widest.name
            graph.nodes.append((entry.faction.id, SnapshotDiagram.nodeAttributes(widest)))
        }
        for edge in data.edges {
            var attributes = DOTAttributes()
            attributes["dir"] = DiagramStyle.look(edge.type).dir
            graph.edges.append((edge.from, edge.to, attributes))
        }
        return graph.text
    }
}
