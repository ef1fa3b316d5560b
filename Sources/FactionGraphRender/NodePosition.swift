/// A laid-out node's centre, in points (1/72 inch).
///
/// The coordinates are Graphviz's own, as in its `pos` attribute: the origin
/// is at the bottom left of the layout and `y` grows upwards. Feeding them
/// back as `pos="x,y!"` with `neato -n` reproduces the placement.
public struct NodePosition: Sendable, Equatable, Hashable {
    /// Horizontal position in points.
    public var x: Double
    /// Vertical position in points, growing upwards.
    public var y: Double
    /// The node's width and height in points (its bounding box).
    public var width: Double
    public var height: Double

    /// Creates a position in points.
    public init(x: Double, y: Double, width: Double = 0, height: Double = 0) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }
}
