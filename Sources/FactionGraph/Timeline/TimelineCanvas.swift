/// A point of a layout, in points (1/72 inch), `y` growing upwards: as
/// Graphviz gives a node's centre.
public struct TimelinePoint: Sendable, Hashable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// The area every frame of a timeline is drawn on, in layout points.
///
/// Graphviz sizes a drawing to what it contains and places it by that box,
/// so a frame with fewer factions or a label reaching further out would be
/// drawn shifted or scaled. Each frame therefore pins two invisible points
/// at the canvas's corners: as long as the canvas holds everything of every
/// frame, all frames get this same box, and a faction the same place on
/// screen.
public struct TimelineCanvas: Sendable, Hashable {
    public var minX: Double
    public var minY: Double
    public var maxX: Double
    public var maxY: Double

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// The smallest canvas holding both.
    public func union(_ other: TimelineCanvas) -> TimelineCanvas {
        TimelineCanvas(minX: min(minX, other.minX), minY: min(minY, other.minY),
                       maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }

    /// A canvas around node centres `positions`, wide enough for their
    /// labels (estimated from `names`) and for edge labels near them.
    ///
    /// An estimate: font metrics live in Graphviz. A renderer can check the
    /// drawn boxes and widen the canvas to their union (see the CLI's
    /// timeline rendering).
    public static func around(_ positions: [FactionID: TimelinePoint], names: [FactionID: String]) -> TimelineCanvas {
        guard !positions.isEmpty else { return TimelineCanvas(minX: 0, minY: 0, maxX: 0, maxY: 0) }
        // 11-point DejaVu Sans averages under 7 points a character; shapes
        // add up to about 40 points of border; casualty and change labels
        // reach about 40 points beyond a node.
        let labelRoom = 40.0
        var canvas = TimelineCanvas(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)
        for (id, point) in positions {
            let halfWidth = (Double(names[id]?.count ?? 10) * 7 + 40) / 2 + labelRoom
            let halfHeight = 20 + labelRoom
            canvas = canvas.union(TimelineCanvas(minX: point.x - halfWidth, minY: point.y - halfHeight,
                                                 maxX: point.x + halfWidth, maxY: point.y + halfHeight))
        }
        return canvas
    }
}
