/// Renders DOT text with libgraphviz, in this process.
///
/// Every call is serialised behind one process-wide lock (libgraphviz is not
/// thread-safe), so calls from many tasks are safe but do not run in
/// parallel. Nothing Graphviz says reaches stderr: warnings come back with
/// the result, errors as a thrown `GraphvizError`.
///
/// The same input gives the same bytes, for every format and every engine
/// but `fdp` (see `LayoutEngine.fdp`): layouts are seeded before they run,
/// and the PDF creation date is fixed.
///
/// ```swift
/// let image = try Graphviz.render(dot: "digraph G { a -> b }", format: .svg, layout: .dot)
/// ```
public enum Graphviz {
    /// Parses DOT text, lays it out with `layout`, renders `format`. Serialised behind one process-wide lock.
    ///
    /// Only the first graph in `dot` is rendered; text after it is ignored.
    /// Name the graph (`digraph G { ... }`): Graphviz titles an unnamed graph
    /// in SVG with a process-wide counter (`%3`, `%5`, ...), so its SVG
    /// changes from render to render.
    ///
    /// The calling thread waits while another render holds the lock; from
    /// async code with many renders, consider a dedicated thread.
    ///
    /// - Throws: `GraphvizError` when Graphviz reports an error while
    ///   parsing, laying out or rendering, with its messages.
    /// - Complexity: that of the layout engine; `dot` with labelled edges
    ///   grows steeply beyond about a hundred nodes.
    public static func render(dot: String, format: ImageFormat, layout: LayoutEngine) throws(GraphvizError) -> RenderedImage {
        try GraphvizLock.shared.withSession { session throws(GraphvizError) in
            _ = session.takeMessages()
            let graph = try session.parse(dot)
            defer { session.close(graph) }
            defer { session.freeLayout(graph) }
            try session.layout(graph, with: layout)
            var bytes = try session.render(graph, as: format)
            if format == .pdf {
                PDFCreationDate.fix(&bytes)
            }
            return RenderedImage(bytes: bytes, warnings: session.takeMessages())
        }
    }

    /// Parses DOT text and lays it out, returning node positions in points (node name -> (x, y)), for later fixed-position frames. Serialised behind the same lock.
    ///
    /// Positions are node centres in Graphviz's coordinates (origin at the
    /// bottom left, `y` upwards), as `NodePosition` describes. Warnings are
    /// dropped; errors throw as for `render(dot:format:layout:)`.
    public static func layoutPositions(dot: String, layout: LayoutEngine) throws(GraphvizError) -> [String: NodePosition] {
        try GraphvizLock.shared.withSession { session throws(GraphvizError) in
            _ = session.takeMessages()
            let graph = try session.parse(dot)
            defer { session.close(graph) }
            defer { session.freeLayout(graph) }
            try session.layout(graph, with: layout)
            return try session.positions(of: graph)
        }
    }
}
