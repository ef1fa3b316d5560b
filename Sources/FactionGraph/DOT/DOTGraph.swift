/// A DOT digraph being written: named (an unnamed graph gets a counter in
/// its SVG title), nodes and edges in the order given.
public struct DOTGraph: Sendable {
    public var name: String
    public var graphAttributes = DOTAttributes()
    public var nodes: [(id: String, attributes: DOTAttributes)] = []
    public var edges: [(from: String, to: String, attributes: DOTAttributes)] = []

    public init(name: String) { self.name = name }

    /// The DOT text.
    public var text: String {
        var out = "digraph \(DOTText.quoted(name)) {\n"
        if !graphAttributes.pairs.isEmpty || !graphAttributes.rawPairs.isEmpty {
            out += "  graph\(graphAttributes.text);\n"
        }
        for node in nodes {
            out += "  \(DOTText.quoted(node.id))\(node.attributes.text);\n"
        }
        for edge in edges {
            out += "  \(DOTText.quoted(edge.from)) -> \(DOTText.quoted(edge.to))\(edge.attributes.text);\n"
        }
        return out + "}\n"
    }
}
