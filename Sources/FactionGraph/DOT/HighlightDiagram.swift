/// A snapshot drawn with some factions and edges emphasised and the rest
/// faded: the diagram of path queries.
public enum HighlightDiagram {
    public static let fadedColor = "#cbd5e0"
    public static let fadedText = "#a0aec0"
    public static let fadedFill = "#f7fafc"

    /// `snapshot` with `edges` (by `SnapshotEdge.key`) and `factions`
    /// emphasised.
    public static func dot(_ snapshot: Snapshot, highlighting edges: Set<SnapshotEdge.Key>,
                           factions: Set<FactionID>, title: String, layout: String?, labels: LabelLayout = .free) -> String {
        var graph = DOTGraph(name: "factiongraph")
        if case .omitted = labels { graph.omitsLabels = true }
        graph.graphAttributes = SnapshotDiagram.graphAttributes(title: title, layout: layout)
        let context = SnapshotDiagram.EdgeContext(snapshot)
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
            var drawn = SnapshotDiagram.labelledEdge(edge, context: context)
            if edges.contains(edge.key) {
                let width = Double(drawn.attributes["penwidth"] ?? "1") ?? 1
                drawn.attributes["penwidth"] = DOTText.number(width * 2)
            } else {
                fade(&drawn.attributes)
                drawn.textColor = fadedText
            }
            graph.add(drawn)
        }
        if case .pinned(let boxes) = labels { graph.pin(boxes) }
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
