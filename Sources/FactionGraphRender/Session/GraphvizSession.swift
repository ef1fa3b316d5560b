import CGraphviz

/// The Graphviz steps, available only while holding the Graphviz lock.
///
/// `GraphvizLock.withSession` hands one out; it is explicitly not
/// `Sendable`, so it cannot be sent to another task. Each step resets
/// Graphviz's error level before its call and checks after it, so a failure
/// is reported by the step that caused it.
struct GraphvizSession {
    private let lock: GraphvizLock

    init(lock: GraphvizLock) {
        self.lock = lock
    }

    /// Everything Graphviz said since the last call, now forgotten.
    func takeMessages() -> [GraphvizMessage] {
        lock.takeMessagesWhileLocked()
    }

    /// Parses DOT text into a graph, which the caller must `close`.
    func parse(_ dot: String) throws(GraphvizError) -> UnsafeMutablePointer<Agraph_t> {
        // A NUL would silently end the C string, and Graphviz would render
        // a truncated graph as if it were the whole one.
        if dot.utf8.contains(0) {
            throw GraphvizError(message: "Graphviz could not parse the DOT: it contains a NUL character")
        }
        _ = try context()
        _ = agreseterrors()
        let graph = agmemread(dot)
        let failed = agerrors() > 0
        discardLeftoverInput()
        guard let graph else {
            throw .failed("parse the DOT", messages: takeMessages().orNoGraph)
        }
        if failed {
            close(graph)
            throw .failed("parse the DOT", messages: takeMessages())
        }
        return graph
    }

    /// Empties the DOT scanner of text that followed the first graph.
    ///
    /// `agmemread` stops after one graph, but its scanner keeps what it had
    /// already buffered (the rest of that line) and the next `agmemread`,
    /// for other text, parses that first: after rendering
    /// `digraph A { a } digraph B { b }`, rendering `digraph C { c }` gave
    /// graph B. Reading empty text until no graph comes back drains it.
    /// Anything in it is ignored, as later lines are, so its messages too.
    private func discardLeftoverInput() {
        lock.discardingMessagesWhileLocked {
            while let leftover = agmemread("") {
                close(leftover)
            }
        }
    }

    /// Lays `graph` out; the caller must `freeLayout` it afterwards, even
    /// when this throws.
    func layout(_ graph: UnsafeMutablePointer<Agraph_t>, with engine: LayoutEngine) throws(GraphvizError) {
        let context = try context()
        // Layouts with a random start (sfdp, fdp; neato and others when asked
        // for `start=random`) draw from the C generators: seed them so the
        // same input gives the same picture, whatever ran before.
        fg_seed_layout_random()
        _ = agreseterrors()
        let status = gvLayout(context, graph, engine.rawValue)
        if status != 0 || agerrors() > 0 {
            throw .failed("lay out the graph with \(engine.rawValue)", messages: takeMessages())
        }
    }

    /// Renders a laid-out graph to bytes.
    func render(_ graph: UnsafeMutablePointer<Agraph_t>, as format: ImageFormat) throws(GraphvizError) -> [UInt8] {
        let context = try context()
        _ = agreseterrors()
        var data: UnsafeMutablePointer<CChar>?
        let status = renderData(gvRenderData, context, graph, format.rawValue, &data)
        defer { gvFreeRenderData(data) }
        if status.code != 0 || agerrors() > 0 {
            throw .failed("render \(format.rawValue)", messages: takeMessages())
        }
        guard let data else {
            throw .failed("render \(format.rawValue)", messages: takeMessages())
        }
        return data.withMemoryRebound(to: UInt8.self, capacity: status.length) { bytes in
            Array(UnsafeBufferPointer(start: bytes, count: status.length))
        }
    }

    /// The centre of every node of a laid-out graph, by node name.
    func positions(of graph: UnsafeMutablePointer<Agraph_t>) throws(GraphvizError) -> [String: NodePosition] {
        var positions: [String: NodePosition] = [:]
        var node = agfstnode(graph)
        while let current = node {
            var x = 0.0
            var y = 0.0
            guard fg_node_position(current, &x, &y) != 0, let name = agnameof(current) else {
                throw GraphvizError(message: "Graphviz laid out the graph but left a node without a position")
            }
            var width = 0.0
            var height = 0.0
            fg_node_size(current, &width, &height)
            positions[String(cString: name)] = NodePosition(x: x, y: y, width: width, height: height)
            node = agnxtnode(graph, current)
        }
        return positions
    }

    /// Frees what `layout` attached to `graph`.
    func freeLayout(_ graph: UnsafeMutablePointer<Agraph_t>) {
        guard let context = try? context() else { return }
        _ = gvFreeLayout(context, graph)
    }

    /// Frees a parsed graph.
    func close(_ graph: UnsafeMutablePointer<Agraph_t>) {
        _ = agclose(graph)
    }

    private func context() throws(GraphvizError) -> OpaquePointer {
        guard let context = lock.contextWhileLocked() else {
            throw .failed("start (gvContext failed)", messages: takeMessages())
        }
        return context
    }
}

// A session is only valid inside `withSession`, on the thread holding the lock.
@available(*, unavailable)
extension GraphvizSession: Sendable {}

/// Calls `gvRenderData` with whatever length type this Graphviz declares:
/// `unsigned int *` up to Graphviz 12, `size_t *` from 13. Taking the
/// function as an argument lets Swift infer `Length` from its signature.
private func renderData<Length: BinaryInteger>(
    _ gvRenderData: (
        OpaquePointer?, UnsafeMutablePointer<Agraph_t>?, UnsafePointer<CChar>?,
        UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, UnsafeMutablePointer<Length>?
    ) -> Int32,
    _ context: OpaquePointer,
    _ graph: UnsafeMutablePointer<Agraph_t>,
    _ format: String,
    _ data: inout UnsafeMutablePointer<CChar>?
) -> (code: Int32, length: Int) {
    var length: Length = 0
    let code = gvRenderData(context, graph, format, &data, &length)
    return (code, Int(length))
}

private extension Array where Element == GraphvizMessage {
    /// Graphviz returns no graph and says nothing for input without one
    /// (empty or only comments): name the reason.
    var orNoGraph: [GraphvizMessage] {
        contains { $0.severity == .error }
            ? self
            : self + [GraphvizMessage(severity: .error, text: "no graph in the input")]
    }
}
