/// The timeline page's look: its CSS, and a legend in HTML (drawn once for
/// the page, so that frames need none and keep one size).
enum TimelinePageStyle {
    static let css = """
        :root { font-family: "DejaVu Sans", "Liberation Sans", system-ui, sans-serif; color: #1a202c; background: #fff; }
        body { margin: 0; height: 100vh; display: flex; flex-direction: column; }
        header { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 24px; padding: 8px 16px; border-bottom: 1px solid #e2e8f0; }
        h1 { font-size: 17px; margin: 0; font-weight: 600; }
        .controls { display: flex; align-items: center; gap: 8px; flex: 1; min-width: 420px; }
        .controls button { font-size: 14px; padding: 2px 10px; cursor: pointer; }
        #slider { flex: 1; }
        #date { font-size: 18px; font-weight: 700; min-width: 7.5em; }
        #counter { color: #4a5568; font-size: 13px; min-width: 5em; }
        main { flex: 1; display: flex; min-height: 0; }
        #stage { flex: 1 1 64%; min-width: 0; padding: 6px; }
        #stage svg { display: block; width: 100%; height: 100%; }
        #panel { flex: 0 0 34%; overflow: auto; border-left: 1px solid #e2e8f0; padding: 4px 16px 16px; font-size: 13px; line-height: 1.4; }
        #panel h2 { font-size: 16px; margin: 8px 0 2px; }
        .summary { color: #4a5568; margin: 0 0 8px; }
        ol.changes { list-style: none; padding: 0; margin: 0; }
        ol.changes > li { margin: 0 0 8px; padding: 2px 0 2px 8px; border-left: 4px solid #cbd5e0; }
        ol.changes > li.added { border-color: #2f9e44; }
        ol.changes > li.removed { border-color: #e03131; }
        ol.changes > li.changed { border-color: #f08c00; }
        .mark { font-family: "DejaVu Sans Mono", monospace; font-weight: 700; }
        li.added > .mark { color: #2f9e44; } li.removed > .mark { color: #e03131; } li.changed > .mark { color: #f08c00; }
        ul.quotes { margin: 3px 0 0; padding-left: 18px; color: #2d3748; font-size: 12px; }
        ul.quotes li { margin: 2px 0; }
        ul.quotes cite { font-style: italic; }
        ul.quotes code { color: #718096; font-size: 11px; }
        .was-now { color: #718096; }
        footer.legend { display: flex; flex-wrap: wrap; gap: 4px 18px; padding: 6px 16px; border-top: 1px solid #e2e8f0; font-size: 12px; color: #2d3748; }
        footer.legend .line { display: inline-block; width: 28px; vertical-align: middle; margin-right: 5px; border-top-width: 3px; }
        footer.legend .node { display: inline-block; width: 18px; height: 10px; vertical-align: middle; margin-right: 5px; border: 3px solid; background: #fdf2d8; }
        #selftest { margin: 0; padding: 4px 16px; font-size: 12px; }

        """

    /// Relation types as drawn (those of `types`), then the marks of a
    /// step's changes.
    static func legend(types: [RelationType]) -> String {
        var items: [String] = []
        for type in types {
            let look = DiagramStyle.look(type)
            let stroke = look.style == "dashed" ? "dashed" : look.style == "dotted" ? "dotted" : "solid"
            items.append(line(color: look.color, stroke: stroke, width: look.penwidth == "2.6" ? 4 : 2, text: look.meaning))
        }
        items.append(line(color: "#4a5568", stroke: "solid", width: 5, text: "new in this step (labelled new)"))
        items.append(line(color: DiffDiagram.changedColor, stroke: "solid", width: 5, text: "stance changed (old -> new)"))
        items.append(line(color: DiffDiagram.removedColor, stroke: "dashed", width: 2, text: "ended in this step"))
        for (color, style, text) in [(DiffDiagram.addedColor, "solid", "new faction"),
                                     (DiffDiagram.changedColor, "solid", "renamed faction"),
                                     (DiffDiagram.removedColor, "dashed", "faction gone")] {
            items.append("<span><i class=\"node\" style=\"border-color: \(color); border-style: \(style)\"></i>\(HTMLText.escaped(text))</span>")
        }
        items.append("<span>← → or the slider: step</span>")
        return "<footer class=\"legend\">" + items.joined() + "</footer>"
    }

    private static func line(color: String, stroke: String, width: Int, text: String) -> String {
        "<span><i class=\"line\" style=\"border-top: \(width)px \(stroke) \(color)\"></i>\(HTMLText.escaped(text))</span>"
    }
}
