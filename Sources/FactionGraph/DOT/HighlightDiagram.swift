/// A snapshot drawn with some factions and edges emphasised and the rest
/// faded: the diagram of path queries.
public enum HighlightDiagram {
    public static let fadedColor = "#cbd5e0"
    public static let fadedText = "#a0aec0"
    public static let fadedFill = "#f7fafc"

    /// `snapshot` with `edges` (by `SnapshotEdge.key`) and `factions`
    /// emphasised.
    public static func dot(_ snapshot: Snapshot, highlighting edges: Set<SnapshotEdge.Key>,
                           factions: Set<FactionID>, title: String, layout: String?) -> String {
        var graph = DOTGraph(name: "factiongraph")
        graph.graphAttributes = SnapshotDiagram.graphAttributes(title: title, layout: layout)
        let names = snapshot.names
        for faction in snapshot.factions {
            var attributes = SnapshotDiagram.nodeAttributes(faction)
            if factions.contains(faction.id) {
                attributes["penwidth"] = "2.5"
            } else {
                fade(&attributes)
                attributes["fillcolor"] = fadedFill
            }
            graph.nodes.append((faction.id, attributes))
        }
        for edge in snapshot.edges {
            var attributes = SnapshotDiagram.edgeAttributes(edge, names: names, articles: snapshot.articles)
            if edges.contains(edge.key) {
                let width = Double(attributes["penwidth"] ?? "1") ?? 1
                attributes["penwidth"] = String(width * 2)
            } else {
                fade(&attributes)
                attributes["labelfontcolor"] = attributes["labelfontcolor"].map { _ in fadedText }
            }
            graph.edges.append((edge.from, edge.to, attributes))
        }
        return graph.text
    }

    private static func fade(_ attributes: inout DOTAttributes) {
        attributes["color"] = fadedColor
        attributes["fontcolor"] = fadedText
    }
}

extension SnapshotEdge {
    /// What identifies an edge within one snapshot.
    public struct Key: Sendable, Hashable {
        public var type: RelationType
        public var from: FactionID
        public var to: FactionID
    }

    public var key: Key { Key(type: type, from: from, to: to) }
}
