import Foundation

/// A timeline page as the tests read it: each frame's template attributes
/// and its inlined SVG.
struct TimelinePageReader {
    struct Frame {
        var label: String
        var date: String
        /// The factions the page expects drawn (`data-visible`).
        var visible: [String]
        var svg: String
    }

    var frames: [Frame] = []

    init(_ page: String) {
        for chunk in page.components(separatedBy: "<template class=\"frame\"").dropFirst() {
            guard let end = chunk.range(of: "</template>") else { continue }
            let template = String(chunk[..<end.lowerBound])
            guard let svgStart = template.range(of: "<svg"), let svgEnd = template.range(of: "</svg>") else { continue }
            frames.append(Frame(label: Self.attribute("data-label", in: template) ?? "",
                                date: Self.attribute("data-date", in: template) ?? "",
                                visible: (Self.attribute("data-visible", in: template) ?? "").split(separator: " ").map(String.init),
                                svg: String(template[svgStart.lowerBound..<svgEnd.upperBound])))
        }
    }

    static func attribute(_ name: String, in text: String) -> String? {
        guard let start = text.range(of: " \(name)=\""), let end = text[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return String(text[start.upperBound..<end])
    }
}

/// One frame's SVG as Graphviz drew it: the box it is drawn in, and the
/// centre of each faction node's shape (`<g id="faction&#45;ID" class="node ...">`
/// followed by its first polygon, ellipse or path).
struct FrameDrawing {
    var viewBox: String
    var transform: String
    var centres: [String: (x: Double, y: Double)] = [:]

    init?(svg: String) {
        guard let viewBox = TimelinePageReader.attribute("viewBox", in: svg),
              let transform = TimelinePageReader.attribute("transform", in: svg) else { return nil }
        self.viewBox = viewBox
        self.transform = transform
        // Graphviz writes `-` in ids as `&#45;`. A node's shape is the first
        // one after its group opens (inside its tooltip's link group).
        var rest = svg[...]
        while let open = rest.range(of: "<g id=\"") {
            rest = rest[open.upperBound...]
            let raw = rest.prefix { $0 != "\"" }
            let id = Self.decoded(String(raw))
            guard id.hasPrefix("faction-"), rest.dropFirst(raw.count).hasPrefix("\" class=\"node") else { continue }
            guard let centre = Self.shapeCentre(in: rest) else { return nil }
            centres[String(id.dropFirst("faction-".count))] = centre
        }
    }

    /// The XML character references Graphviz writes in ids, decoded.
    static func decoded(_ text: String) -> String {
        text.replacingOccurrences(of: "&#45;", with: "-").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The centre of the bounding box of the first shape's coordinates.
    static func shapeCentre(in group: Substring) -> (x: Double, y: Double)? {
        let shapes = ["<polygon", "<ellipse", "<path"].compactMap { tag in group.range(of: tag).map { (tag, $0) } }
        guard let (tag, range) = shapes.min(by: { $0.1.lowerBound < $1.1.lowerBound }),
              let close = group[range.upperBound...].firstIndex(of: ">") else { return nil }
        let element = String(group[range.lowerBound..<close])
        if tag == "<ellipse" {
            guard let x = TimelinePageReader.attribute("cx", in: element).flatMap(Double.init),
                  let y = TimelinePageReader.attribute("cy", in: element).flatMap(Double.init) else { return nil }
            return (x, y)
        }
        guard let coordinates = TimelinePageReader.attribute(tag == "<path" ? "d" : "points", in: element) else { return nil }
        let numbers = coordinates.split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) }
        guard numbers.count >= 4, numbers.count % 2 == 0 else { return nil }
        let xs = stride(from: 0, to: numbers.count, by: 2).map { numbers[$0] }
        let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
        return ((xs.min()! + xs.max()!) / 2, (ys.min()! + ys.max()!) / 2)
    }
}
