/// Options for a diagram's DOT text.
public struct DiagramOptions: Sendable {
    /// The caption at the top; `nil` for the default "Faction relations as of …".
    public var title: String?
    /// Whether to draw the legend.
    public var legend: Bool
    /// The Graphviz layout engine to name in the graph (`layout=...`), so the
    /// DOT file renders the same way in other Graphviz tools.
    public var layout: String?
    /// Whether to number each relation on its edge and list its quotes in a
    /// sources table below the drawing, so a printed diagram can be cited
    /// on its own.
    public var sources: Bool
    /// Relations not reported within this span before the snapshot's date
    /// are drawn faded and labelled with their last report.
    public var staleAfter: CalendarDuration?

    public init(title: String? = nil, legend: Bool = true, layout: String? = nil, sources: Bool = false,
                staleAfter: CalendarDuration? = nil) {
        self.title = title
        self.legend = legend
        self.layout = layout
        self.sources = sources
        self.staleAfter = staleAfter
    }
}

/// Writes a snapshot as DOT: one node per faction (shape and colour by
/// kind), one edge per snapshot edge (look by type), tooltips with the
/// evidence, links to the articles, and a legend.
public enum SnapshotDiagram {
    /// The DOT text of `snapshot`. Deterministic: factions by id, edges by
    /// (from, to, type). `labels` says how edge labels are laid out (see
    /// `LabelLayout`).
    public static func dot(_ snapshot: Snapshot, options: DiagramOptions = DiagramOptions(),
                           labels: LabelLayout = .free) -> String {
        String(decoding: dotBytes(snapshot, options: options, labels: labels), as: UTF8.self)
    }

    /// The DOT text of `snapshot` as UTF-8 bytes: `graph(...).bytes`,
    /// written straight to bytes (`SnapshotDOTWriter`) unless labels are
    /// pinned.
    public static func dotBytes(_ snapshot: Snapshot, options: DiagramOptions = DiagramOptions(),
                                labels: LabelLayout = .free) -> [UInt8] {
        switch labels {
        case .free: return SnapshotDOTWriter.bytes(snapshot, options: options, omitsLabels: false)
        case .omitted: return SnapshotDOTWriter.bytes(snapshot, options: options, omitsLabels: true)
        case .pinned: return graph(snapshot, options: options, labels: labels).bytes
        }
    }

    /// The diagram as a `DOTGraph` of attribute lists: the general form,
    /// which pinning labels needs, and which `SnapshotDOTWriter` writes
    /// byte for byte.
    public static func graph(_ snapshot: Snapshot, options: DiagramOptions = DiagramOptions(),
                             labels: LabelLayout = .free) -> DOTGraph {
        var graph = DOTGraph(name: "factiongraph")
        if case .omitted = labels { graph.omitsLabels = true }
        let context = EdgeContext(snapshot, options: options)
        graph.graphAttributes = graphAttributes(snapshot, options: options, names: context.names)
        graph.nodes.reserveCapacity(snapshot.factions.count + 1)
        for index in snapshot.factions.indices {
            graph.nodes.append((snapshot.factions[index].id, nodeAttributes(snapshot.factions[index])))
        }
        graph.edges.reserveCapacity(snapshot.edges.count)
        for index in snapshot.edges.indices {
            graph.add(labelledEdge(snapshot.edges[index], context: context, marker: options.sources ? index + 1 : nil))
        }
        if options.legend && !snapshot.edges.isEmpty {
            graph.nodes.append((Legend.nodeID, Legend.attributes(for: snapshot, options: options)))
        }
        if case .pinned(let boxes) = labels { graph.pin(boxes) }
        return graph
    }

    /// What drawing an edge needs from its snapshot, computed once.
    public struct EdgeContext: Sendable {
        public var names: [FactionID: String]
        /// Short names for labels: `HTS` for Hayat Tahrir al-Sham.
        public var shortNames: [FactionID: String]
        public var articles: [Article]
        public var links: ArticleLinks
        /// Relations last reported before this day are stale.
        public var staleBefore: Int?

        public init(_ snapshot: Snapshot, options: DiagramOptions = DiagramOptions()) {
            names = snapshot.names
            shortNames = ShortNames.of(snapshot.factions)
            articles = snapshot.articles
            links = ArticleLinks(snapshot.articles)
            staleBefore = options.staleAfter.map { $0.cutoffDay(before: snapshot.asOf) }
        }

        func isStale(_ edge: SnapshotEdge) -> Bool {
            staleBefore.map { edge.lastReported.endDay < $0 } ?? false
        }
    }

    /// An edge with its label: the marker of its sources (`[3]`), its marks
    /// (contested, alleged), each side's casualties named (`HTS 13
    /// killed`), the event totals (`40 killed in all`) and, when stale,
    /// its last report.
    public static func labelledEdge(_ edge: SnapshotEdge, context: EdgeContext, marker: Int? = nil) -> LabelledEdge {
        let stale = context.isStale(edge)
        var attributes = edgeAttributes(edge, names: context.names, articles: context.articles, links: context.links)
        if stale, !(edge.confidence == .alleged) {
            attributes["color"] = DiagramStyle.faded(edge.type.look.color)
            attributes["class"] = (attributes["class"] ?? "relation") + " stale"
        }
        var head: [String] = marker.map { ["[\($0)]"] } ?? []
        if edge.contested { head.append("contested") }
        if edge.confidence == .alleged { head.append("alleged") }
        var lines = head.isEmpty ? [] : [head.joined(separator: " ")]
        for id in [edge.from, edge.to] {
            if let count = edge.casualties[id] { lines.append("\(context.shortNames[id] ?? id) \(count) killed") }
        }
        if let fatalities = edge.fatalities { lines.append("\(fatalities.description) killed in all") }
        if stale { lines.append("last reported \(edge.lastReported)") }
        let color = edge.contested ? DiagramStyle.contestedColor
            : edge.confidence == .alleged || stale ? DiagramStyle.allegedColor : edge.type.look.color
        return LabelledEdge(from: edge.from, to: edge.to, attributes: attributes, lines: lines, textColor: color)
    }

    /// The graph's attributes: its title, and the sources table when asked.
    static func graphAttributes(_ snapshot: Snapshot, options: DiagramOptions, names: [FactionID: String]) -> DOTAttributes {
        let empty = snapshot.edges.isEmpty ? ": none" : ""
        let title = options.title ?? "Faction relations as of \(snapshot.asOf)\(empty)"
        var attributes = graphAttributes(title: title, layout: options.layout)
        if options.sources && !snapshot.edges.isEmpty {
            SourcesTable.caption(title: title, snapshot: snapshot, names: names, into: &attributes)
        }
        return attributes
    }

    /// Graph-wide attributes that work for every layout engine.
    public static func graphAttributes(title: String, layout: String?) -> DOTAttributes {
        var attributes = DOTAttributes()
        attributes["charset"] = "UTF-8"
        attributes["label"] = title
        attributes["labelloc"] = "t"
        attributes["fontname"] = DiagramStyle.font
        attributes["fontsize"] = "16"
        attributes["bgcolor"] = "white"
        attributes["pad"] = "0.3"
        attributes["overlap"] = "false"
        attributes["outputorder"] = "edgesfirst"
        attributes["layout"] = layout
        // The force-directed and circular engines draw straight lines
        // through whatever is in the way, labels included: route edges
        // around nodes instead. (dot routes its own; for sfdp, meant for
        // large graphs, routing would take too long.)
        if let layout, ["neato", "fdp", "circo", "twopi"].contains(layout) { attributes["splines"] = "true" }
        return attributes
    }

    /// A faction's node: its name, its kind's look, a tooltip with its other
    /// names and dates.
    public static func nodeAttributes(_ faction: Faction) -> DOTAttributes {
        let look = DiagramStyle.look(faction.kind)
        var attributes = DOTAttributes()
        attributes["label"] = faction.name
        attributes["shape"] = look.shape
        attributes["style"] = look.style
        attributes["fillcolor"] = look.fill
        attributes["color"] = look.border
        attributes["fontname"] = DiagramStyle.font
        attributes["fontsize"] = "11"
        attributes["tooltip"] = nodeTooltip(faction)
        attributes["id"] = "faction-\(faction.id)"
        attributes["class"] = "faction \(faction.kind.rawValue)"
        return attributes
    }

    static func nodeTooltip(_ faction: Faction) -> String {
        var lines = ["\(faction.name) (\(faction.id)), \(DiagramStyle.look(faction.kind).label)"]
        if !faction.renames.isEmpty {
            let history = [faction.declaredName] + faction.renames.map { "\($0.name) from \($0.date)" }
            lines.append("names: " + history.joined(separator: "; "))
        }
        if !faction.aliases.isEmpty { lines.append("also: " + faction.aliases.joined(separator: ", ")) }
        if let founded = faction.founded { lines.append("founded \(founded)") }
        if let dissolved = faction.dissolved { lines.append("dissolved \(dissolved)") }
        if let note = faction.note { lines.append(note) }
        return lines.joined(separator: "\n")
    }

    /// An edge: its type's look (faded when alleged), a tooltip with every
    /// quote, a link to the first report's article. Its text is drawn by
    /// `labelledEdge`.
    public static func edgeAttributes(_ edge: SnapshotEdge, names: [FactionID: String],
                                      articles: [Article], links: ArticleLinks? = nil) -> DOTAttributes {
        let look = DiagramStyle.look(edge.type)
        let alleged = edge.confidence == .alleged
        var attributes = DOTAttributes()
        attributes["color"] = alleged ? DiagramStyle.faded(look.color) : look.color
        attributes["style"] = look.style
        attributes["penwidth"] = look.penwidth
        attributes["dir"] = look.dir
        if edge.isDirected { attributes["arrowhead"] = look.arrowhead }
        var marks: [String] = []
        if edge.contested { marks.append("contested") }
        if alleged { marks.append("alleged") }
        attributes["tooltip"] = edgeTooltip(edge, names: names, articles: articles)
        let links = links ?? ArticleLinks(articles)
        if let url = edge.reports.lazy.compactMap({ links.url(of: $0.articleIndex) }).first {
            attributes.setRaw("URL", DOTText.quotedRaw(url))
            attributes["target"] = "_blank"
        }
        attributes["id"] = "relation-\(edge.type.name)-\(edge.from)-\(edge.to)"
        attributes["class"] = (["relation", edge.type.name] + marks).joined(separator: " ")
        return attributes
    }

    /// `combat: A -- B, since 2018-11-19`, then each quote with its article
    /// title and date.
    public static func edgeTooltip(_ edge: SnapshotEdge, names: [FactionID: String], articles: [Article]) -> String {
        // One string appended to, not lines joined: this runs once per edge
        // and was a third of the time of writing a large diagram.
        let from = names[edge.from] ?? edge.from
        let to = names[edge.to] ?? edge.to
        var text = ""
        text.reserveCapacity(256)
        text += edge.type.name
        text += ": "
        text += from
        text += " "
        text += edge.type.connector
        text += " "
        text += to
        text += ", since "
        text += edge.date.description
        if let until = edge.until { text += " until \(until)" }
        if edge.lastReported != edge.date { text += ", last reported \(edge.lastReported)" }
        if edge.contested { text += "\n(contested: another stance is reported for the same date)" }
        if !edge.casualties.isEmpty {
            let casualties = edge.casualties.sorted { $0.key < $1.key }
            text += "\ncasualties: " + casualties.map { "\(names[$0.key] ?? $0.key) \($0.value)" }.joined(separator: ", ")
        }
        if let fatalities = edge.fatalities {
            text += "\nfatalities, all sides: \(fatalities.description)"
        }
        for report in edge.reports {
            let article = articles[report.articleIndex]
            var source = "” — "
            source += article.title
            source += " ("
            source += article.published.description
            source += ")"
            if report.confidence != .reported { source += " [\(report.confidence.rawValue)]" }
            for quote in report.evidence {
                text += "\n“"
                text += quote.quote
                text += source
            }
        }
        return text
    }
}

/// Each article's link, made safe once (an edge links to its first report's
/// article, and one article backs many edges).
public struct ArticleLinks: Sendable {
    private let urls: [String?]

    public init(_ articles: [Article]) {
        urls = articles.map { $0.url.flatMap(SafeURL.httpURL) }
    }

    public func url(of articleIndex: Int) -> String? { urls[articleIndex] }
}
