/// A DOT digraph being written: named (an unnamed graph gets a counter in
/// its SVG title), nodes and edges in the order given.
public struct DOTGraph: Sendable {
    public var name: String
    public var graphAttributes = DOTAttributes()
    public var nodes: [(id: String, attributes: DOTAttributes)] = []
    public var edges: [(from: String, to: String, attributes: DOTAttributes)] = []
    /// True to draw labelled edges without their labels (the first pass of
    /// a two-pass layout, `LabelLayout.omitted`).
    public var omitsLabels = false
    /// The label nodes added, with the edges they sit on, for `pin`.
    var labelNodes: [(node: String, from: String, to: String, lines: [String])] = []

    public init(name: String) { self.name = name }

    /// The DOT text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The DOT text as UTF-8 bytes.
    public var bytes: [UInt8] {
        var writer = DOTWriter()
        writer.raw("digraph ")
        writer.quoted(name)
        writer.raw(" {\n")
        if !graphAttributes.pairs.isEmpty || !graphAttributes.rawPairs.isEmpty {
            writer.raw("  graph")
            writer.attributes(graphAttributes)
            writer.raw(";\n")
        }
        for node in nodes {
            writer.raw("  ")
            writer.quoted(node.id)
            writer.attributes(node.attributes)
            writer.raw(";\n")
        }
        for edge in edges {
            writer.raw("  ")
            writer.quoted(edge.from)
            writer.raw(" -> ")
            writer.quoted(edge.to)
            writer.attributes(edge.attributes)
            writer.raw(";\n")
        }
        writer.raw("}\n")
        return writer.bytes
    }
}
