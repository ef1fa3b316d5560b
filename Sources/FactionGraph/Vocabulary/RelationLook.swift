/// How a relation type is drawn: Graphviz edge attributes, and its line in
/// the legend.
public struct RelationLook: Sendable, Hashable {
    /// `#rrggbb`.
    public var color: String
    /// Graphviz edge style: `solid`, `dashed`, `dotted` or `bold`.
    public var style: String
    /// Line width in points, as Graphviz writes it (`1.6`).
    public var penwidth: String
    /// Graphviz arrow shape at B, for directed types (`normal`, `onormal`,
    /// `diamond`, ...); `none` for undirected types.
    public var arrowhead: String
    /// The legend's text for the type.
    public var legend: String

    /// The line styles a vocabulary may choose.
    public static let styles = ["solid", "dashed", "dotted", "bold"]

    /// A sample stroke for the legend, drawn with box-drawing characters:
    /// thin or heavy, dashed or dotted, with a filled or open arrow for
    /// directed types.
    public var sample: String {
        let stroke: String
        switch style {
        case "dashed": stroke = "╍"
        case "dotted": stroke = (Double(penwidth) ?? 1) >= 2 ? "┉" : "┈"
        case "bold": stroke = "━"
        default: stroke = (Double(penwidth) ?? 1) >= 2 ? "━" : "─"
        }
        guard arrowhead != "none" else { return String(repeating: stroke, count: 4) }
        return String(repeating: stroke, count: 3) + arrowSample
    }

    /// The arrowhead as one character: the shape of its last primitive,
    /// open (`o...`) or filled.
    private var arrowSample: String {
        let open = arrowhead.hasPrefix("o") || ["empty", "invempty", "ediamond", "open", "halfopen", "invodot"].contains(arrowhead)
        let shapes: [(String, String, String)] = [
            ("diamond", "◆", "◇"), ("dot", "●", "○"), ("box", "■", "□"), ("tee", "┤", "┤"), ("crow", "⋲", "⋲"),
        ]
        for (name, filled, hollow) in shapes where arrowhead.hasSuffix(name) { return open ? hollow : filled }
        return open ? "▷" : "▶"
    }

    /// Colours for a corpus's own types when `vocabulary.yaml` gives none:
    /// the Okabe-Ito palette, which stays distinct under the common forms
    /// of colour blindness (its yellow left out: too faint on white).
    public static let colorBlindSafePalette = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000"]

    /// The look of a corpus's own type that sets nothing: the `index`-th
    /// colour of the palette, a line style by class (ties solid, stances
    /// dashed, lineage dotted) so that types differ beyond colour, and an
    /// arrow for directed types (open for lineage).
    static func defaultLook(name: String, isDirected: Bool, relationClass: RelationClass, index: Int) -> RelationLook {
        let palette = colorBlindSafePalette
        let style: String
        switch relationClass {
        case .tie: style = "solid"
        case .stance: style = "dashed"
        case .lineage: style = "dotted"
        }
        return RelationLook(
            color: palette[index % palette.count], style: style, penwidth: "2",
            arrowhead: isDirected ? (relationClass == .lineage ? "onormal" : "normal") : "none",
            legend: isDirected ? "\(name): A -> B" : name)
    }

    /// True for `#rrggbb` (any case).
    static func isColor(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 7 && bytes[0] == UInt8(ascii: "#") && bytes.dropFirst().allSatisfy(\.isHexDigit)
    }

    /// True for a Graphviz arrow shape: an optional `o` (open) and `l`/`r`
    /// (half) before a primitive shape, or one of the older names.
    static func isArrowhead(_ text: String) -> Bool {
        if ["empty", "invempty", "ediamond", "open", "halfopen", "invdot", "invodot"].contains(text) { return true }
        var rest = Substring(text)
        if rest.hasPrefix("o") { rest = rest.dropFirst() }
        if rest.hasPrefix("l") || rest.hasPrefix("r") { rest = rest.dropFirst() }
        return primitiveArrows.contains(String(rest))
    }

    static let primitiveArrows: Set<String> = ["box", "crow", "curve", "icurve", "diamond", "dot", "inv", "none", "normal", "tee", "vee"]
}

private extension UInt8 {
    var isHexDigit: Bool {
        (0x30...0x39).contains(self) || (0x41...0x46).contains(self) || (0x61...0x66).contains(self)
    }
}
