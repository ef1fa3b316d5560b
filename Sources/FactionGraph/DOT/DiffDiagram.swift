/// One diagram of both snapshots of a diff: added in green, removed in red
/// and dashed, changed stances in orange labelled `truce -> combat`,
/// unchanged in grey; a legend.
public enum DiffDiagram {
    public static let addedColor = "#2f9e44"
    public static let removedColor = "#e03131"
    public static let changedColor = "#f08c00"
    public static let unchangedColor = "#adb5bd"

    public static func dot(_ diff: SnapshotDiff, title: String, layout: String?) -> String {
        var graph = DOTGraph(name: "factiongraph")
        graph.graphAttributes = SnapshotDiagram.graphAttributes(title: title, layout: layout)
        let added = Set(diff.addedFactions.map(\.id))
        let removed = Set(diff.removedFactions.map(\.id))
        var factions = Dictionary(uniqueKeysWithValues: diff.old.factions.map { ($0.id, $0) })
        for faction in diff.new.factions { factions[faction.id] = faction }
        for id in factions.keys.sorted() {
            var attributes = SnapshotDiagram.nodeAttributes(factions[id]!)
            if added.contains(id) { attributes["color"] = addedColor; attributes["penwidth"] = "2.5" }
            if removed.contains(id) { attributes["color"] = removedColor; attributes["style"] = (attributes["style"] ?? "") + ",dashed"; attributes["penwidth"] = "2" }
            graph.nodes.append((id, attributes))
        }
        var names = diff.old.names
        names.merge(diff.new.names) { _, new in new }
        func edge(_ edge: SnapshotEdge, articles: [Article], color: String, label: String?, dashed: Bool) {
            var attributes = SnapshotDiagram.edgeAttributes(edge, names: names, articles: articles)
            attributes["color"] = color
            attributes["labelfontcolor"] = attributes["labelfontcolor"].map { _ in color }
            if dashed { attributes["style"] = "dashed" }
            if let label {
                attributes["label"] = label
                attributes["fontcolor"] = color
                attributes["fontsize"] = "10"
                attributes["fontname"] = DiagramStyle.font
            }
            graph.edges.append((edge.from, edge.to, attributes))
        }
        for unchanged in diff.unchanged { edge(unchanged, articles: diff.new.articles, color: unchangedColor, label: nil, dashed: false) }
        for gone in diff.removed { edge(gone, articles: diff.old.articles, color: removedColor, label: nil, dashed: true) }
        for came in diff.added { edge(came, articles: diff.new.articles, color: addedColor, label: nil, dashed: false) }
        for change in diff.changed {
            edge(change.to, articles: diff.new.articles, color: changedColor,
                 label: "\(change.from.type.name) -> \(change.to.type.name)", dashed: false)
        }
        graph.nodes.append((Legend.nodeID, legend()))
        return graph.text
    }

    static func legend() -> DOTAttributes {
        let rows = [(addedColor, "━━━━", "added"), (removedColor, "╍╍╍╍", "removed"),
                    (changedColor, "━━━━", "stance changed (old -> new)"), (unchangedColor, "━━━━", "unchanged")]
        return Legend.node(title: "Changes", rows: rows.map { color, sample, meaning in
            "<TR><TD><FONT COLOR=\"\(color)\">\(sample)</FONT></TD><TD ALIGN=\"LEFT\">\(Legend.html(meaning))</TD></TR>"
        })
    }
}
