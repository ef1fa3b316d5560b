import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The geometry of a Graphviz SVG: every node's box, every edge's path and
/// every label, in the drawing's own coordinates. For checking that labels
/// cannot be read as belonging to another edge.
public struct SVGGeometry {
    public struct Box: CustomStringConvertible {
        public var minX, minY, maxX, maxY: Double
        public var centre: (x: Double, y: Double) { ((minX + maxX) / 2, (minY + maxY) / 2) }

        public func overlaps(_ other: Box, tolerance: Double = 0.5) -> Bool {
            minX + tolerance < other.maxX && other.minX + tolerance < maxX
                && minY + tolerance < other.maxY && other.minY + tolerance < maxY
        }

        public var description: String { "(\(Int(minX)),\(Int(minY)))-(\(Int(maxX)),\(Int(maxY)))" }
    }

    public struct Node {
        public var id: String
        public var classes: [String]
        public var box: Box
    }

    /// A text drawn inside an edge's group (a label Graphviz placed itself).
    public struct EdgeText {
        public var text: String
        public var box: Box
    }

    public struct Edge {
        public var id: String
        public var classes: [String]
        /// Points along the edge's path, closely spaced.
        public var points: [(x: Double, y: Double)]
        public var texts: [EdgeText]
    }

    public var nodes: [Node] = []
    public var edges: [Edge] = []

    /// A label: its text, box, and the ids of the edges it belongs to.
    public struct Label {
        public var text: String
        public var box: Box
        public var owners: Set<String>
    }

    /// Every label: label nodes (class `edge-label`, id `label-E`, owned by
    /// edges `E` and `E-2`) and texts inside edge groups.
    public var labels: [Label] {
        var result: [Label] = []
        for node in nodes where node.classes.contains("edge-label") {
            let edgeID = String(node.id.dropFirst("label-".count))
            result.append(Label(text: node.id, box: node.box, owners: [edgeID, edgeID + "-2"]))
        }
        for edge in edges {
            for text in edge.texts { result.append(Label(text: text.text, box: text.box, owners: [edge.id])) }
        }
        return result
    }

    /// The problems of the labels: a label overlapping another label or a
    /// node (other than itself), or nearer another edge than its own.
    public func labelProblems() -> [String] {
        var problems: [String] = []
        let labels = self.labels
        let obstacles = nodes.filter { !$0.classes.contains("edge-label") }
        for (index, label) in labels.enumerated() {
            for other in labels[(index + 1)...] where label.box.overlaps(other.box) {
                problems.append("label \(label.text) \(label.box) overlaps label \(other.text) \(other.box)")
            }
            for node in obstacles where label.box.overlaps(node.box) {
                problems.append("label \(label.text) \(label.box) overlaps node \(node.id) \(node.box)")
            }
            let centre = label.box.centre
            var own = Double.infinity
            var nearestOther = (distance: Double.infinity, id: "")
            for edge in edges {
                let distance = Self.distance(from: centre, to: edge.points)
                if label.owners.contains(edge.id) {
                    own = min(own, distance)
                } else if distance < nearestOther.distance {
                    nearestOther = (distance, edge.id)
                }
            }
            if own > nearestOther.distance + 0.01 {
                problems.append("label \(label.text) is \(Int(own)) from its edge but \(Int(nearestOther.distance)) from \(nearestOther.id)")
            }
        }
        return problems
    }

    static func distance(from point: (x: Double, y: Double), to points: [(x: Double, y: Double)]) -> Double {
        var best = Double.infinity
        for (a, b) in zip(points, points.dropFirst()) {
            let dx = b.x - a.x, dy = b.y - a.y
            let lengthSquared = dx * dx + dy * dy
            let t = lengthSquared == 0 ? 0 : max(0, min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / lengthSquared))
            let x = a.x + t * dx - point.x, y = a.y + t * dy - point.y
            best = min(best, (x * x + y * y).squareRoot())
        }
        if points.count == 1 { best = ((points[0].x - point.x) * (points[0].x - point.x) + (points[0].y - point.y) * (points[0].y - point.y)).squareRoot() }
        return best
    }

    /// Parses a Graphviz SVG; nil when it is not well-formed.
    public init?(_ bytes: [UInt8]) {
        let collector = Collector()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = collector
        guard parser.parse() else { return nil }
        nodes = collector.nodes
        edges = collector.edges
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var nodes: [Node] = []
        var edges: [Edge] = []
        private var group: (id: String, classes: [String], isEdge: Bool, depth: Int)?
        /// How many `<g>` elements are open: Graphviz nests the anchors of
        /// tooltips and links in groups of their own.
        private var depth = 0
        private var points: [(x: Double, y: Double)] = []
        private var texts: [EdgeText] = []
        private var text: (x: Double, y: Double, size: Double, anchor: String, content: String)?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if name == "g" { depth += 1 }
            if name == "g", let classes = attributes["class"]?.split(separator: " ").map(String.init),
               classes.contains("node") || classes.contains("edge") {
                group = (attributes["id"] ?? "", classes, classes.contains("edge"), depth)
                points = []
                texts = []
                return
            }
            guard group != nil else { return }
            switch name {
            case "polygon", "polyline":
                points += Self.numbers(attributes["points"] ?? "").pairs
            case "path":
                points += Self.pathPoints(attributes["d"] ?? "")
            case "ellipse":
                if let cx = Double(attributes["cx"] ?? ""), let cy = Double(attributes["cy"] ?? ""),
                   let rx = Double(attributes["rx"] ?? ""), let ry = Double(attributes["ry"] ?? "") {
                    points += [(cx - rx, cy - ry), (cx + rx, cy + ry)]
                }
            case "text":
                text = (Double(attributes["x"] ?? "") ?? 0, Double(attributes["y"] ?? "") ?? 0,
                        Double(attributes["font-size"] ?? "") ?? 14, attributes["text-anchor"] ?? "start", "")
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text?.content += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text", let current = text {
                // A text's box, estimated from its font size.
                let width = Double(current.content.count) * current.size * 0.6
                let minX = current.anchor == "middle" ? current.x - width / 2 : current.anchor == "end" ? current.x - width : current.x
                let box = Box(minX: minX, minY: current.y - current.size * 0.8, maxX: minX + width, maxY: current.y + current.size * 0.2)
                if group?.isEdge == true { texts.append(EdgeText(text: current.content, box: box)) }
                text = nil
            }
            guard name == "g" else { return }
            depth -= 1
            guard let current = group, depth < current.depth else { return }
            if current.isEdge {
                edges.append(Edge(id: current.id, classes: current.classes, points: points, texts: texts))
            } else if !points.isEmpty {
                let xs = points.map(\.x), ys = points.map(\.y)
                nodes.append(Node(id: current.id, classes: current.classes,
                                  box: Box(minX: xs.min()!, minY: ys.min()!, maxX: xs.max()!, maxY: ys.max()!)))
            }
            group = nil
        }

        static func numbers(_ text: String) -> [Double] {
            text.split(whereSeparator: { !"0123456789.-e".contains($0) }).compactMap { Double($0) }
        }

        /// Points of an SVG path of `M`, `L` and `C` commands (what Graphviz
        /// writes), each cubic Bézier sampled.
        static func pathPoints(_ d: String) -> [(x: Double, y: Double)] {
            var result: [(x: Double, y: Double)] = []
            var command: Character = "M"
            var pending: [Double] = []
            var current = (x: 0.0, y: 0.0)
            var number = ""
            func flushNumber() {
                if let value = Double(number) { pending.append(value) }
                number = ""
            }
            func consume() {
                switch command {
                case "M", "L":
                    while pending.count >= 2 {
                        current = (pending[0], pending[1])
                        result.append(current)
                        pending.removeFirst(2)
                    }
                case "C":
                    while pending.count >= 6 {
                        let p1 = (pending[0], pending[1]), p2 = (pending[2], pending[3]), p3 = (pending[4], pending[5])
                        for step in 1...8 {
                            let t = Double(step) / 8, u = 1 - t
                            let x = u * u * u * current.x + 3 * u * u * t * p1.0 + 3 * u * t * t * p2.0 + t * t * t * p3.0
                            let y = u * u * u * current.y + 3 * u * u * t * p1.1 + 3 * u * t * t * p2.1 + t * t * t * p3.1
                            result.append((x, y))
                        }
                        current = p3
                        pending.removeFirst(6)
                    }
                default:
                    pending.removeAll()
                }
            }
            for character in d {
                if character.isLetter && character != "e" {
                    flushNumber()
                    consume()
                    command = character
                } else if character == "," || character == " " {
                    flushNumber()
                } else if character == "-", !number.isEmpty, number.last != "e" {
                    flushNumber()
                    number = "-"
                } else {
                    number.append(character)
                }
            }
            flushNumber()
            consume()
            return result
        }
    }
}

private extension Array where Element == Double {
    var pairs: [(x: Double, y: Double)] {
        stride(from: 0, to: count - 1, by: 2).map { (self[$0], self[$0 + 1]) }
    }
}
