/// DOT for a timeline: the union of all frames, laid out once, and each
/// frame drawn on those positions.
///
/// A frame pins every faction of the union at its union position
/// (`pos="x,y!"`, read by neato with `inputscale=72`, `notranslate=true`
/// and `mode=KK`, the settings under which pinned positions come back
/// exactly); factions not in the frame are there but invisible, and two
/// invisible points pin the canvas's corners, so every frame has the same
/// size and every faction the same place.
public enum TimelineDiagram {
    /// The frames' padding around the canvas, in inches (as Graphviz's `pad`).
    public static let pad = 0.2
    /// The node ids of the canvas's corners (not faction ids: those cannot
    /// start with `_`).
    public static let canvasCorners = (min: "_canvas_min", max: "_canvas_max")

    /// One graph of every faction and edge of every frame, with no legend
    /// or title, for `Graphviz.layoutPositions`. Nodes are labelled with
    /// each faction's longest name, so they get room for every name.
    public static func unionDOT(_ union: TimelineUnion, layout: String) -> String {
        var graph = DOTGraph(name: "factiongraph")
        graph.graphAttributes = SnapshotDiagram.graphAttributes(title: "", layout: layout)
        for faction in union.factions {
            var widest = faction
            widest.name = union.widestNames[faction.id] ?? faction.name
            graph.nodes.append((faction.id, SnapshotDiagram.nodeAttributes(widest)))
        }
        for key in union.edges {
            var attributes = DOTAttributes()
            attributes["dir"] = DiagramStyle.look(key.type).dir
            graph.edges.append((key.from, key.to, attributes))
        }
        return graph.text
    }

    /// The DOT of `frame`, with every faction of `union` pinned at
    /// `positions` and the canvas's corners at `canvas`; lay it out with
    /// neato.
    ///
    /// Drawn as a snapshot diagram, with this step's changes marked: new
    /// relations thicker and labelled `new`, changed stances thicker and
    /// labelled `truce -> combat` in orange, ended relations as faded red
    /// dashed lines labelled `ended`, new factions with a thick green
    /// border, renamed ones orange, and factions gone in this step as
    /// dashed ghosts (so that their ended relations have both ends).
    public static func dot(_ frame: TimelineFrame, union: TimelineUnion,
                           positions: [FactionID: TimelinePoint], canvas: TimelineCanvas) -> String {
        var graph = DOTGraph(name: "factiongraph")
        graph.graphAttributes = graphAttributes()
        let diff = frame.diff
        let present = Dictionary(uniqueKeysWithValues: frame.snapshot.factions.map { ($0.id, $0) })
        let gone = Dictionary(uniqueKeysWithValues: diff.removedFactions.map { ($0.id, $0) })
        let added = Set(diff.addedFactions.map(\.id))
        let renamed = Set(diff.renamedFactions.map(\.new.id))
        for faction in union.factions {
            var attributes: DOTAttributes
            if let current = present[faction.id] {
                attributes = SnapshotDiagram.nodeAttributes(current)
                if added.contains(faction.id) { emphasise(&attributes, color: DiffDiagram.addedColor, mark: "new") }
                if renamed.contains(faction.id) { emphasise(&attributes, color: DiffDiagram.changedColor, mark: "renamed") }
            } else if let ghost = gone[faction.id] {
                attributes = SnapshotDiagram.nodeAttributes(ghost)
                attributes["color"] = DiffDiagram.removedColor
                attributes["style"] = (attributes["style"] ?? "") + ",dashed"
                attributes["fontcolor"] = HighlightDiagram.fadedText
                attributes["fillcolor"] = HighlightDiagram.fadedFill
                attributes["class"] = (attributes["class"] ?? "") + " ended"
            } else {
                attributes = DOTAttributes()
                attributes["label"] = union.widestNames[faction.id] ?? faction.name
                attributes["shape"] = DiagramStyle.look(faction.kind).shape
                attributes["style"] = "invis"
            }
            if let point = positions[faction.id] { attributes["pos"] = pinned(point) }
            graph.nodes.append((faction.id, attributes))
        }
        for (id, x, y) in [(canvasCorners.min, canvas.minX, canvas.minY), (canvasCorners.max, canvas.maxX, canvas.maxY)] {
            var attributes = DOTAttributes()
            attributes["shape"] = "point"
            attributes["width"] = "0.01"
            attributes["style"] = "invis"
            attributes["pos"] = pinned(TimelinePoint(x: x, y: y))
            graph.nodes.append((id, attributes))
        }
        addEdges(of: frame, to: &graph)
        return graph.text
    }

    /// The factions a frame's drawing shows, in id order: the frame's own,
    /// and those gone in this step (drawn as ghosts). The others are there
    /// but invisible.
    public static func visibleFactions(_ frame: TimelineFrame) -> [FactionID] {
        (frame.snapshot.factions.map(\.id) + frame.diff.removedFactions.map(\.id)).sorted()
    }

    /// `x,y!`: a pinned position in points (with `inputscale=72`).
    static func pinned(_ point: TimelinePoint) -> String { "\(point.x),\(point.y)!" }

    static func graphAttributes() -> DOTAttributes {
        var attributes = SnapshotDiagram.graphAttributes(title: "", layout: "neato")
        attributes["labelloc"] = nil
        attributes["pad"] = "\(pad)"
        // Pinned nodes stay where they are only with all three; and with
        // every node pinned, overlap removal has nothing to do.
        attributes["inputscale"] = "72"
        attributes["notranslate"] = "true"
        attributes["mode"] = "KK"
        attributes["overlap"] = nil
        attributes["splines"] = nil
        return attributes
    }

    static func addEdges(of frame: TimelineFrame, to graph: inout DOTGraph) {
        let diff = frame.diff
        let names = frame.snapshot.names
        let articles = frame.snapshot.articles
        for edge in diff.unchanged {
            graph.edges.append((edge.from, edge.to, SnapshotDiagram.edgeAttributes(edge, names: names, articles: articles)))
        }
        for edge in diff.added {
            var attributes = SnapshotDiagram.edgeAttributes(edge, names: names, articles: articles)
            mark(&attributes, label: "new", color: DiffDiagram.addedColor)
            graph.edges.append((edge.from, edge.to, attributes))
        }
        // A pair whose two contested stances became one gives two changes
        // to the same edge: one edge, both old stances in its label.
        var changes: [SnapshotEdge.Key: (to: SnapshotEdge, from: [RelationType])] = [:]
        for change in diff.changed {
            changes[change.to.key, default: (change.to, [])].from.append(change.from.type)
        }
        for (_, change) in changes.sorted(by: { ($0.key.from, $0.key.to, $0.key.type) < ($1.key.from, $1.key.to, $1.key.type) }) {
            var attributes = SnapshotDiagram.edgeAttributes(change.to, names: names, articles: articles)
            let old = change.from.sorted().map(\.name).joined(separator: ", ")
            mark(&attributes, label: "\(old) -> \(change.to.type.name)", color: DiffDiagram.changedColor)
            graph.edges.append((change.to.from, change.to.to, attributes))
        }
        for edge in diff.removed {
            graph.edges.append((edge.from, edge.to, ghost(edge, diff: diff)))
        }
    }

    /// A relation that ended in this step: faded, dashed, red, `ended`.
    static func ghost(_ edge: SnapshotEdge, diff: SnapshotDiff) -> DOTAttributes {
        var attributes = SnapshotDiagram.edgeAttributes(edge, names: diff.old.names, articles: diff.old.articles)
        attributes["color"] = DiagramStyle.faded(DiffDiagram.removedColor)
        attributes["style"] = "dashed"
        attributes["penwidth"] = "1.5"
        attributes["label"] = "ended"
        attributes["fontcolor"] = DiffDiagram.removedColor
        attributes["fontsize"] = "10"
        attributes["fontname"] = DiagramStyle.font
        for casualties in ["taillabel", "headlabel", "labelfontcolor", "labelfontsize", "labelfontname"] {
            attributes[casualties] = nil
        }
        if let reason = diff.reason(removing: edge) {
            attributes["tooltip"] = (attributes["tooltip"] ?? "") + "\n(\(reason))"
        }
        // Not the id of the live edge: a page may look edges up by id.
        attributes["id"] = "ended-" + (attributes["id"] ?? "")
        attributes["class"] = (attributes["class"] ?? "relation") + " ended"
        return attributes
    }

    /// Thicker, with `label` (before any contested or alleged mark) in `color`.
    static func mark(_ attributes: inout DOTAttributes, label: String, color: String) {
        let width = Double(attributes["penwidth"] ?? "1") ?? 1
        attributes["penwidth"] = DOTText.number(width * 1.8)
        attributes["label"] = [label, attributes["label"]].compactMap { $0 }.joined(separator: ", ")
        attributes["fontcolor"] = color
        attributes["fontsize"] = "10"
        attributes["fontname"] = DiagramStyle.font
        attributes["class"] = (attributes["class"] ?? "relation") + (label == "new" ? " new" : " changed")
    }

    static func emphasise(_ attributes: inout DOTAttributes, color: String, mark: String) {
        attributes["color"] = color
        attributes["penwidth"] = "3"
        attributes["class"] = (attributes["class"] ?? "faction") + " " + mark
    }
}
