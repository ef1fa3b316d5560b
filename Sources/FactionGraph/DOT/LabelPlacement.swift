import Foundation

/// Puts each edge label on its edge, clear of nodes and other labels (the
/// second pass of `LabelLayout.pinned`).
///
/// Labels are placed one after another, in the diagram's edge order. Each
/// tries points along its edge, nearest the middle first, then points
/// beside it; it takes the first that overlaps no node and no label placed
/// before it, preferring one no other edge crosses. When none is clear
/// (a crowded neighbourhood), it moves out in growing rings around the
/// middle until one is.
struct LabelPlacement {
    /// Space kept between a label and anything else, in points.
    static let margin = 3.0

    private var obstacles: SpatialGrid
    private let segments: [(a: (x: Double, y: Double), b: (x: Double, y: Double))]

    /// `nodes`: every node's box; `segments`: every edge as a straight line
    /// between its ends' centres.
    init(nodes: [NodeBox], segments: [(a: (x: Double, y: Double), b: (x: Double, y: Double))]) {
        obstacles = SpatialGrid(cell: 64)
        for node in nodes { obstacles.insert(node) }
        self.segments = segments
    }

    /// Where to put a label of `size` for the edge from `a` to `b` (segment
    /// number `segment`), and reserves its place.
    mutating func place(size: (width: Double, height: Double), from a: NodeBox, to b: NodeBox, segment: Int) -> NodeBox {
        let dx = b.x - a.x, dy = b.y - a.y
        let length = max((dx * dx + dy * dy).squareRoot(), 1)
        // The unit normal, to look beside the edge.
        let nx = -dy / length, ny = dx / length
        let step = size.height + 2 * Self.margin
        var best: (box: NodeBox, crossings: Int)?
        for offset in [0.0, 1, -1, 2, -2] {
            for t in [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82] {
                let box = NodeBox(x: a.x + dx * t + nx * offset * step, y: a.y + dy * t + ny * offset * step,
                                  width: size.width, height: size.height)
                guard !obstacles.hits(box, margin: Self.margin) else { continue }
                let crossings = crossingCount(box, except: segment)
                if crossings == 0 { return reserve(box) }
                if best.map({ crossings < $0.crossings }) ?? true { best = (box, crossings) }
            }
        }
        if let best { return reserve(best.box) }
        // Crowded: rings around the middle, further and further out.
        let middle = (x: a.x + dx / 2, y: a.y + dy / 2)
        var radius = step
        while radius < 100 * step {
            for k in 0..<16 {
                let angle = Double(k) * .pi / 8
                let box = NodeBox(x: middle.x + radius * cos(angle), y: middle.y + radius * sin(angle),
                                  width: size.width, height: size.height)
                if !obstacles.hits(box, margin: Self.margin) { return reserve(box) }
            }
            radius += step
        }
        return reserve(NodeBox(x: middle.x, y: middle.y, width: size.width, height: size.height))
    }

    private mutating func reserve(_ box: NodeBox) -> NodeBox {
        obstacles.insert(box)
        return box
    }

    /// Edges other than `segment` that pass through `box`. Skipped (0) in
    /// graphs of many edges, where it would cost edges × edges: there only
    /// nodes and labels are kept clear.
    private func crossingCount(_ box: NodeBox, except segment: Int) -> Int {
        guard segments.count <= 3_000 else { return 0 }
        var count = 0
        for (index, line) in segments.enumerated() where index != segment && box.isCrossed(from: line.a, to: line.b) {
            count += 1
        }
        return count
    }

    /// The size Graphviz will give a label node of `lines` in 9-point
    /// DejaVu Sans with the label's margins, rounded up: an estimate on the
    /// large side, so a label never turns out bigger than the room kept for
    /// it.
    static func size(of lines: [String]) -> (width: Double, height: Double) {
        let longest = lines.map(\.count).max() ?? 0
        return (Double(longest) * 6.2 + 12, Double(lines.count) * 11.5 + 6)
    }
}

/// Boxes bucketed by a square grid, so that "does this box hit anything"
/// looks at the few boxes near it, not at all of them.
struct SpatialGrid {
    let cell: Double
    private var buckets: [Key: [NodeBox]] = [:]

    private struct Key: Hashable {
        var x: Int
        var y: Int
    }

    init(cell: Double) { self.cell = cell }

    mutating func insert(_ box: NodeBox) {
        for key in keys(box, margin: 0) { buckets[key, default: []].append(box) }
    }

    func hits(_ box: NodeBox, margin: Double) -> Bool {
        for key in keys(box, margin: margin) {
            if let boxes = buckets[key], boxes.contains(where: { $0.overlaps(box, margin: margin) }) { return true }
        }
        return false
    }

    private func keys(_ box: NodeBox, margin: Double) -> [Key] {
        let x0 = Int(((box.minX - margin) / cell).rounded(.down)), x1 = Int(((box.maxX + margin) / cell).rounded(.down))
        let y0 = Int(((box.minY - margin) / cell).rounded(.down)), y1 = Int(((box.maxY + margin) / cell).rounded(.down))
        var keys: [Key] = []
        for x in x0...x1 { for y in y0...y1 { keys.append(Key(x: x, y: y)) } }
        return keys
    }
}
