/// The timeline as one self-contained HTML5 page: every frame's SVG and
/// list of changes inlined, with its own CSS and script, and nothing
/// fetched from anywhere (a Content-Security-Policy forbids it).
///
/// The page shows one frame at a time: a slider, previous and next buttons
/// and the arrow keys step through them, `#frame=N` (from 0) opens frame N,
/// and `?selftest` steps through every frame itself and writes `ok N frames`
/// or `fail: ...` into `<pre id="selftest">` and the document's title.
public enum TimelinePage {
    /// The page for `frames`, `svgs[i]` being frame i's drawing as Graphviz
    /// wrote it (its XML prolog and DOCTYPE are dropped here).
    public static func document(title: String, frames: [TimelineFrame], svgs: [String]) -> String {
        precondition(frames.count == svgs.count, "one drawing per frame")
        let count = frames.count
        let first = frames.first?.label ?? ""
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escaped(title))</title>
            <style>
            \(TimelinePageStyle.css)</style>
            </head>
            <body data-frames="\(count)">
            <header>
            <h1>\(HTMLText.escaped(title))</h1>
            <div class="controls">
            <button id="previous" type="button" title="Previous (←)" aria-label="Previous frame">◀</button>
            <input id="slider" type="range" min="0" max="\(max(count - 1, 0))" value="0" step="1" aria-label="Frame">
            <button id="next" type="button" title="Next (→)" aria-label="Next frame">▶</button>
            <output id="date">\(HTMLText.escaped(first))</output>
            <span id="counter">1 / \(count)</span>
            </div>
            </header>
            <main>
            <div id="stage" aria-label="The faction graph"></div>
            <aside id="panel" aria-label="What changed"></aside>
            </main>
            \(TimelinePageStyle.legend(types: relationTypes(frames)))
            <pre id="selftest" hidden></pre>

            """
        for (frame, svg) in zip(frames, svgs) {
            let previous = frame.index > 0 ? frames[frame.index - 1] : nil
            out += "<template class=\"frame\" id=\"frame-\(frame.index)\" data-label=\"\(HTMLText.escaped(frame.label))\" "
                + "data-date=\"\(frame.date)\" data-visible=\"\(TimelineDiagram.visibleFactions(frame).joined(separator: " "))\">\n"
                + "<div class=\"drawing\">\n" + inlineSVG(svg) + "</div>\n"
                + "<div class=\"changes\">\n" + TimelineChangeList.html(frame, previous: previous) + "</div>\n"
                + "</template>\n"
        }
        out += "<script>\n" + TimelinePageScript.javaScript + "</script>\n</body>\n</html>\n"
        return out
    }

    /// Graphviz's SVG from its `<svg` element on: the XML prolog, DOCTYPE
    /// and comments before it mean nothing inside HTML. Drawn at the top of
    /// its area rather than centred in it, so that the page does not open
    /// on blank space.
    static func inlineSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return svg }
        var inline = "<svg preserveAspectRatio=\"xMidYMin meet\"" + svg[start.upperBound...]
        if !inline.hasSuffix("\n") { inline += "\n" }
        return inline
    }

    /// The relation types drawn in any frame, in vocabulary order.
    static func relationTypes(_ frames: [TimelineFrame]) -> [RelationType] {
        var types = Set<RelationType>()
        for frame in frames {
            types.formUnion(frame.snapshot.edges.lazy.map(\.type))
            types.formUnion(frame.diff.removed.lazy.map(\.type))
        }
        return types.sorted()
    }
}
