/// How a diagram's edge labels are laid out.
///
/// dot places nodes in ranks and routes edges around them, so a label node
/// left to it sits well on its edge. The other engines place label nodes
/// like any node, out on the rings of twopi and circo or wherever the
/// springs of neato and sfdp pull them, with their edges bent far out to
/// reach them. For those the layout is done in two passes: the engine lays
/// out the factions (labels omitted), then each label is put on its edge
/// here, clear of every node and other label, and everything is drawn
/// pinned in place.
public enum LabelLayout: Sendable {
    /// Labels as nodes that the engine places (for dot).
    case free
    /// No labels: the first pass.
    case omitted
    /// Every node pinned at the engine's position; labels placed on their
    /// edges. Draw with neato, which keeps pinned positions.
    case pinned([String: NodeBox])
}

/// A laid-out node: its centre and size, in points, `y` upwards (as
/// Graphviz's `pos`).
public struct NodeBox: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    var minX: Double { x - width / 2 }
    var maxX: Double { x + width / 2 }
    var minY: Double { y - height / 2 }
    var maxY: Double { y + height / 2 }

    /// True when the boxes, each grown by `margin`, overlap.
    func overlaps(_ other: NodeBox, margin: Double) -> Bool {
        abs(x - other.x) * 2 < width + other.width + 2 * margin && abs(y - other.y) * 2 < height + other.height + 2 * margin
    }

    /// True when the segment from `a` to `b` passes through the box.
    func isCrossed(from a: (x: Double, y: Double), to b: (x: Double, y: Double)) -> Bool {
        // Liang-Barsky clipping of the segment against the box.
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - minX), (dx, maxX - a.x), (-dy, a.y - minY), (dy, maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let r = q / p
                if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
                if t0 > t1 { return false }
            }
        }
        return true
    }
}
