/// One frame's changes as HTML, read like `DiffText`: `+` added, `-`
/// removed, `~` changed, each naming both factions, followed by the quotes
/// that make the difference (with their article, date, file and line).
enum TimelineChangeList {
    static func html(_ frame: TimelineFrame, previous: TimelineFrame?) -> String {
        let diff = frame.diff
        let oldNames = diff.old.names
        let newNames = diff.new.names
        var items: [String] = []
        func item(_ kind: String, _ mark: String, _ text: String, quotes: String = "") {
            items.append("<li class=\"\(kind)\"><span class=\"mark\">\(mark)</span> \(HTMLText.escaped(text))\(quotes)</li>")
        }
        for faction in diff.removedFactions { item("removed", "-", "faction \(faction.name) (\(faction.id))") }
        for faction in diff.addedFactions { item("added", "+", "faction \(faction.name) (\(faction.id))") }
        for (before, after) in diff.renamedFactions {
            item("changed", "~", "faction \(after.id) renamed: \(before.name) -> \(after.name)")
        }
        for entry in DiffText.entries(diff) {
            switch entry {
            case .removed(let edge):
                var text = RelationText.headline(edge, names: oldNames)
                if let reason = diff.reason(removing: edge) { text += " (\(reason))" }
                item("removed", "-", text, quotes: quotes([("", edge)], articles: diff.old.articles))
            case .added(let edge):
                item("added", "+", RelationText.headline(edge, names: newNames),
                     quotes: quotes([("", edge)], articles: diff.new.articles))
            case .changed(let from, let to):
                let pair = "\(newNames[to.from] ?? to.from) -- \(newNames[to.to] ?? to.to)"
                item("changed", "~", "\(pair): \(from.type.name) -> \(to.type.name), since \(to.date)",
                     quotes: quotes([("was", from)], articles: diff.old.articles)
                        + quotes([("now", to)], articles: diff.new.articles))
            }
        }
        let count = items.count
        let since = previous.map { "since \($0.label)" } ?? "from nothing"
        return "<h2>\(HTMLText.escaped(frame.label))</h2>\n"
            + "<p class=\"summary\">As of \(HTMLText.escaped(frame.date.description)): \(count) change\(count == 1 ? "" : "s") \(HTMLText.escaped(since)), "
            + "\(frame.snapshot.factions.count) factions, \(frame.snapshot.edges.count) relations.</p>\n"
            + "<ol class=\"changes\">\n" + items.joined(separator: "\n") + "\n</ol>\n"
    }

    /// Each quote of the edges, as `“quote” — Title (date), path:line`,
    /// marked `was:` or `now:` for a changed stance.
    static func quotes(_ edges: [(label: String, edge: SnapshotEdge)], articles: [Article]) -> String {
        var lines: [String] = []
        for (label, edge) in edges {
            for report in edge.reports {
                let article = articles[report.articleIndex]
                for evidence in report.evidence {
                    let prefix = label.isEmpty ? "" : "<span class=\"was-now\">\(label):</span> "
                    lines.append("<li>\(prefix)<q>\(HTMLText.escaped(evidence.quote))</q> — "
                                 + "<cite>\(HTMLText.escaped(article.title))</cite> (\(article.published)), "
                                 + "<code>\(HTMLText.escaped(article.path)):\(evidence.line)</code></li>")
                }
            }
        }
        return lines.isEmpty ? "" : "\n<ul class=\"quotes\">" + lines.joined() + "</ul>"
    }
}
