/// One diagram of both snapshots of a diff. Each relation keeps its type's
/// line style and arrow; its colour says what happened: added green (and
/// thicker), removed red (faded), a changed stance orange and labelled
/// `truce -> combat`, unchanged grey. A renamed faction shows both names
/// (`Jabhat Fatah al-Sham → Hayat Tahrir al-Sham`) with an orange border.
public enum DiffDiagram {
    public static let addedColor = "#2f9e44"
    public static let removedColor = "#e03131"
    public static let changedColor = "#f08c00"
    public static let unchangedColor = "#adb5bd"

    public static func dot(_ diff: SnapshotDiff, title: String, layout: String?, labels: LabelLayout = .free) -> String {
        var graph = DOTGraph(name: "factiongraph")
        if case .omitted = labels { graph.omitsLabels = true }
        graph.graphAttributes = SnapshotDiagram.graphAttributes(title: title, layout: layout)
        let added = Set(diff.addedFactions.map(\.id))
        let removed = Set(diff.removedFactions.map(\.id))
        let renamed = Dictionary(uniqueKeysWithValues: diff.renamedFactions.map { ($0.new.id, $0.old.name) })
        var factions = Dictionary(uniqueKeysWithValues: diff.old.factions.map { ($0.id, $0) })
        for faction in diff.new.factions { factions[faction.id] = faction }
        for id in factions.keys.sorted() {
            var attributes = SnapshotDiagram.nodeAttributes(factions[id]!)
            if added.contains(id) { attributes["color"] = addedColor; attributes["penwidth"] = "2.5" }
            if removed.contains(id) { attributes["color"] = removedColor; attributes["style"] = (attributes["style"] ?? "") + ",dashed"; attributes["penwidth"] = "2" }
            if let old = renamed[id] {
                attributes["label"] = "\(old) →\n\(factions[id]!.name)"
                attributes["color"] = changedColor
                attributes["penwidth"] = "2.5"
            }
            graph.nodes.append((id, attributes))
        }
        let oldContext = SnapshotDiagram.EdgeContext(diff.old)
        let newContext = SnapshotDiagram.EdgeContext(diff.new)
        func edge(_ edge: SnapshotEdge, context: SnapshotDiagram.EdgeContext, color: String, label: String? = nil, widen: Bool = false) {
            var drawn = SnapshotDiagram.labelledEdge(edge, context: context)
            drawn.attributes["color"] = color
            drawn.textColor = color
            if widen {
                let width = Double(drawn.attributes["penwidth"] ?? "1") ?? 1
                drawn.attributes["penwidth"] = DOTText.number(width * 1.6)
            }
            if let label { drawn.lines.insert(label, at: 0) }
            graph.add(drawn)
        }
        for unchanged in diff.unchanged { edge(unchanged, context: newContext, color: unchangedColor) }
        for gone in diff.removed { edge(gone, context: oldContext, color: DiagramStyle.faded(removedColor)) }
        for came in diff.added { edge(came, context: newContext, color: addedColor, widen: true) }
        // A pair whose two contested stances became one gives two changes
        // to one edge: one edge, both old stances in its label.
        var changes: [SnapshotEdge.Key: (to: SnapshotEdge, from: [RelationType])] = [:]
        for change in diff.changed { changes[change.to.key, default: (change.to, [])].from.append(change.from.type) }
        for (_, change) in changes.sorted(by: { ($0.key.from, $0.key.to, $0.key.type) < ($1.key.from, $1.key.to, $1.key.type) }) {
            let old = change.from.sorted().map(\.name).joined(separator: ", ")
            edge(change.to, context: newContext, color: changedColor, label: "\(old) -> \(change.to.type.name)", widen: true)
        }
        graph.nodes.append((Legend.nodeID, legend()))
        if case .pinned(let boxes) = labels { graph.pin(boxes) }
        return graph.text
    }

    static func legend() -> DOTAttributes {
        let rows = [(addedColor, "━━━━", "added (thicker)"), (removedColor, "────", "removed (faded)"),
                    (changedColor, "━━━━", "stance changed (old -> new)"), (unchangedColor, "────", "unchanged"),
                    (changedColor, "▭", "renamed faction (old → new name)")]
        return Legend.node(title: "Changes", rows: rows.map { color, sample, meaning in
            "<TR><TD><FONT COLOR=\"\(color)\">\(sample)</FONT></TD><TD ALIGN=\"LEFT\">\(Legend.html(meaning))</TD></TR>"
        })
    }
}
