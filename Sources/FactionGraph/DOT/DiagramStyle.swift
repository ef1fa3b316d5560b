/// The visual language of diagrams: one look per relation type (from the
/// vocabulary) and per faction kind, chosen so a reader needs no key for
/// the common case, and a legend for the rest.
public enum DiagramStyle {
    public static let font = "DejaVu Sans"

    /// How one relation type is drawn.
    public struct EdgeLook: Sendable {
        public var color: String
        public var style: String
        public var penwidth: String
        /// `forward` for directed types, `none` otherwise: arrows only where
        /// direction means something.
        public var dir: String
        public var arrowhead: String
        /// A sample stroke for the legend.
        public var sample: String
        public var meaning: String
    }

    /// How `type` is drawn, as its vocabulary says.
    public static func look(_ type: RelationType) -> EdgeLook {
        let look = type.look
        return EdgeLook(color: look.color, style: look.style, penwidth: look.penwidth,
                        dir: type.isDirected ? "forward" : "none", arrowhead: type.isDirected ? look.arrowhead : "none",
                        sample: look.sample, meaning: look.legend)
    }

    /// How one faction kind is drawn.
    public struct NodeLook: Sendable {
        public var shape: String
        public var style: String
        public var fill: String
        public var border: String
        public var label: String
    }

    public static func look(_ kind: FactionKind) -> NodeLook {
        switch kind {
        case .armedGroup: return NodeLook(shape: "box", style: "rounded,filled", fill: "#fdf2d8", border: "#b7791f", label: "armed group")
        case .coalition: return NodeLook(shape: "hexagon", style: "filled", fill: "#ede4fb", border: "#6b46c1", label: "coalition")
        case .state: return NodeLook(shape: "box3d", style: "filled", fill: "#dde8f3", border: "#2c5282", label: "state")
        case .movement: return NodeLook(shape: "parallelogram", style: "filled", fill: "#dcf2e4", border: "#276749", label: "movement")
        case .person: return NodeLook(shape: "ellipse", style: "filled", fill: "#fbe0ea", border: "#97266d", label: "person")
        case .other: return NodeLook(shape: "octagon", style: "filled", fill: "#edf2f7", border: "#4a5568", label: "other")
        }
    }

    /// Colour of the "contested" and "alleged" marks.
    public static let contestedColor = "#d69e2e"
    public static let allegedColor = "#718096"

    /// `color` made translucent, for alleged relations.
    public static func faded(_ color: String) -> String { color + "80" }
}
