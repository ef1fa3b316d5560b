import FactionGraph
import FactionGraphRender

/// Draws a timeline's frames: the union of all frames laid out once, then
/// each frame rendered to SVG in-process with neato on those positions.
enum TimelineRendering {
    /// Every frame's SVG, and Graphviz's warnings (each once).
    ///
    /// The canvas starts as an estimate around the union's positions. When
    /// the frames' drawn boxes still differ (a label reached past it), the
    /// canvas becomes the union of those boxes and the frames are drawn
    /// again: then every frame's box is the canvas, and no faction moves.
    static func svgs(_ frames: [TimelineFrame], union: TimelineUnion,
                     engine: LayoutEngine) throws(GraphvizError) -> (svgs: [String], warnings: [String]) {
        let laidOut = try Graphviz.layoutPositions(dot: TimelineDiagram.unionDOT(union, layout: engine.rawValue), layout: engine)
        var positions: [FactionID: TimelinePoint] = [:]
        for faction in union.factions {
            if let point = laidOut[faction.id] { positions[faction.id] = TimelinePoint(x: point.x, y: point.y) }
        }
        var canvas = TimelineCanvas.around(positions, names: union.widestNames)
        var warnings: [String] = []
        var svgs = try render(frames, union: union, positions: positions, canvas: canvas, warnings: &warnings)
        let boxes = svgs.compactMap(DrawnBox.init(svg:))
        if boxes.count == svgs.count, Set(boxes).count > 1 {
            canvas = boxes.map(\.canvas).reduce(canvas) { $0.union($1) }
            svgs = try render(frames, union: union, positions: positions, canvas: canvas, warnings: &warnings)
        }
        return (svgs, warnings)
    }

    private static func render(_ frames: [TimelineFrame], union: TimelineUnion, positions: [FactionID: TimelinePoint],
                               canvas: TimelineCanvas, warnings: inout [String]) throws(GraphvizError) -> [String] {
        var svgs: [String] = []
        svgs.reserveCapacity(frames.count)
        for frame in frames {
            let dot = TimelineDiagram.dot(frame, union: union, positions: positions, canvas: canvas)
            let image = try Graphviz.render(dot: dot, format: .svg, layout: .neato)
            for warning in image.warnings where !warnings.contains(warning.text) { warnings.append(warning.text) }
            svgs.append(String(decoding: image.bytes, as: UTF8.self))
        }
        return svgs
    }

    /// The box Graphviz drew a frame in, in layout points, read back from
    /// its SVG: `viewBox="0 0 W H"` is the box plus the padding on each
    /// side, and the top group's `translate(tx ty)` maps layout `(x, y)` to
    /// `(x + tx, ty - y)`.
    struct DrawnBox: Hashable {
        var width: String
        var height: String
        var translate: String
        var canvas: TimelineCanvas

        init?(svg: String) {
            guard let viewBox = Self.attribute("viewBox=\"", in: svg)?.split(separator: " "), viewBox.count == 4,
                  let transform = Self.attribute("transform=\"", in: svg),
                  let open = transform.range(of: "translate("),
                  let close = transform[open.upperBound...].firstIndex(of: ")")
            else { return nil }
            let shift = transform[open.upperBound..<close].split(separator: " ").compactMap { Double($0) }
            guard shift.count == 2, let w = Double(viewBox[2]), let h = Double(viewBox[3]) else { return nil }
            (width, height, translate) = (String(viewBox[2]), String(viewBox[3]), String(transform[open.upperBound..<close]))
            let pad = TimelineDiagram.pad * 72
            let minX = pad - shift[0], maxY = shift[1] - pad
            canvas = TimelineCanvas(minX: minX, minY: maxY - (h - 2 * pad), maxX: minX + w - 2 * pad, maxY: maxY)
        }

        /// The value of the first attribute starting with `prefix`.
        private static func attribute(_ prefix: String, in svg: String) -> Substring? {
            guard let start = svg.range(of: prefix),
                  let end = svg[start.upperBound...].firstIndex(of: "\"") else { return nil }
            return svg[start.upperBound..<end]
        }

        static func == (a: DrawnBox, b: DrawnBox) -> Bool {
            (a.width, a.height, a.translate) == (b.width, b.height, b.translate)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(width)
            hasher.combine(height)
            hasher.combine(translate)
        }
    }
}
