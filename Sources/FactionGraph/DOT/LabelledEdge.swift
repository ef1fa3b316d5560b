/// An edge of a diagram, with the text to draw on it.
///
/// Graphviz places edge labels (`label`, `headlabel`, `taillabel`) with no
/// regard for other edges in every engine but dot, and head and tail labels
/// in none: a casualty figure could sit on another fight's line. So a
/// labelled edge is drawn as two halves meeting at a small node that holds
/// the text. Every engine places nodes without overlaps, and both halves
/// run to the label's centre (`headclip`/`tailclip` off, the label drawn
/// over them), so a label sits on its own edge and nowhere else.
public struct LabelledEdge: Sendable {
    public var from: String
    public var to: String
    public var attributes: DOTAttributes
    /// The label's lines, top to bottom; none for an edge without text.
    public var lines: [String]
    /// The colour of the label's text and border.
    public var textColor: String

    public init(from: String, to: String, attributes: DOTAttributes, lines: [String] = [], textColor: String = "#4a5568") {
        self.from = from
        self.to = to
        self.attributes = attributes
        self.lines = lines
        self.textColor = textColor
    }

    /// The id of a label's node: not a faction id (those cannot start with
    /// `_`), unique per edge.
    static func labelNodeID(edgeID: String) -> String { "_label_" + edgeID }
}

extension DOTGraph {
    /// Adds `edge`: one DOT edge, or, with text, the label's node and the
    /// edge's two halves (the arrowhead, if any, on the second).
    public mutating func add(_ edge: LabelledEdge) {
        guard !edge.lines.isEmpty, !omitsLabels else {
            edges.append((edge.from, edge.to, edge.attributes))
            return
        }
        let edgeID = edge.attributes["id"] ?? "edge-\(edges.count)"
        let labelID = LabelledEdge.labelNodeID(edgeID: edgeID)
        var label = DOTAttributes()
        label["label"] = edge.lines.joined(separator: "\n")
        label["shape"] = "box"
        label["style"] = "rounded,filled"
        label["fillcolor"] = "white"
        label["color"] = edge.textColor
        label["penwidth"] = "0.8"
        label["fontname"] = DiagramStyle.font
        label["fontsize"] = "9"
        label["fontcolor"] = edge.textColor
        label["margin"] = "0.05,0.02"
        label["width"] = "0"
        label["height"] = "0"
        label["tooltip"] = edge.attributes["tooltip"]
        label["id"] = "label-" + edgeID
        label["class"] = "edge-label " + (edge.attributes["class"] ?? "")
        nodes.append((labelID, label))
        labelNodes.append((labelID, edge.from, edge.to, edge.lines))

        // Half the usual length (neato and fdp read `len`), so a label sits
        // about halfway between its factions.
        var first = edge.attributes
        first["len"] = "0.5"
        first["dir"] = "none"
        first["arrowhead"] = nil
        first["headclip"] = "false"
        var second = edge.attributes
        second["len"] = "0.5"
        second["tailclip"] = "false"
        second["id"] = edgeID + "-2"
        edges.append((edge.from, labelID, first))
        edges.append((labelID, edge.to, second))
    }
}

extension DOTGraph {
    /// Pins every node at its box from a first layout (`boxes`, by node id)
    /// and each label node on its edge (`LabelPlacement`), for neato to
    /// draw as it is: `LabelLayout.pinned`.
    public mutating func pin(_ boxes: [String: NodeBox]) {
        var segments: [(a: (x: Double, y: Double), b: (x: Double, y: Double))] = []
        var segmentOfLabel: [String: Int] = [:]
        let labelled = Set(labelNodes.map(\.node))
        for edge in edges where !labelled.contains(edge.to) && !labelled.contains(edge.from) {
            if let a = boxes[edge.from], let b = boxes[edge.to] { segments.append(((a.x, a.y), (b.x, b.y))) }
        }
        for label in labelNodes {
            guard let a = boxes[label.from], let b = boxes[label.to] else { continue }
            segmentOfLabel[label.node] = segments.count
            segments.append(((a.x, a.y), (b.x, b.y)))
        }
        var placement = LabelPlacement(nodes: nodes.compactMap { boxes[$0.id] }, segments: segments)
        var placed: [String: NodeBox] = [:]
        for label in labelNodes {
            guard let a = boxes[label.from], let b = boxes[label.to], let segment = segmentOfLabel[label.node] else { continue }
            placed[label.node] = placement.place(size: LabelPlacement.size(of: label.lines), from: a, to: b, segment: segment)
        }
        for index in nodes.indices {
            guard let box = boxes[nodes[index].id] ?? placed[nodes[index].id] else { continue }
            nodes[index].attributes["pos"] = "\(Self.points(box.x)),\(Self.points(box.y))!"
        }
        // Pinned positions come back exactly only with all three (see
        // `TimelineDiagram`); with every node pinned, overlap removal and
        // spline routing have nothing left to do but move things.
        graphAttributes["layout"] = "neato"
        graphAttributes["inputscale"] = "72"
        graphAttributes["notranslate"] = "true"
        graphAttributes["mode"] = "KK"
        graphAttributes["overlap"] = nil
        graphAttributes["splines"] = nil
    }

    /// A coordinate with two decimals: enough for points, and stable text.
    static func points(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        return "\(sign)\(magnitude / 100).\(magnitude % 100 < 10 ? "0" : "")\(magnitude % 100)"
    }
}
