/// Options for a diagram's DOT text.
public struct DiagramOptions: Sendable {
    /// The caption at the top; `nil` for the default "Faction relations as of …".
    public var title: String?
    /// Whether to draw the legend.
    public var legend: Bool
    /// The Graphviz layout engine to name in the graph (`layout=...`), so the
    /// DOT file renders the same way in other Graphviz tools.
    public var layout: String?

    public init(title: String? = nil, legend: Bool = true, layout: String? = nil) {
        self.title = title
        self.legend = legend
        self.layout = layout
    }
}

/// Writes a snapshot as DOT: one node per faction (shape and colour by
/// kind), one edge per snapshot edge (look by type), tooltips with the
/// evidence, links to the articles, and a legend.
public enum SnapshotDiagram {
    /// The DOT text of `snapshot`. Deterministic: factions by id, edges by
    /// (from, to, type).
    public static func dot(_ snapshot: Snapshot, options: DiagramOptions = DiagramOptions()) -> String {
        var graph = DOTGraph(name: "factiongraph")
        let empty = snapshot.edges.isEmpty ? ": none" : ""
        graph.graphAttributes = graphAttributes(
            title: options.title ?? "Faction relations as of \(snapshot.asOf)\(empty)", layout: options.layout)
        let names = snapshot.names
        let links = ArticleLinks(snapshot.articles)
        graph.nodes.reserveCapacity(snapshot.factions.count + 1)
        for index in snapshot.factions.indices {
            graph.nodes.append((snapshot.factions[index].id, nodeAttributes(snapshot.factions[index])))
        }
        graph.edges.reserveCapacity(snapshot.edges.count)
        for index in snapshot.edges.indices {
            let edge = snapshot.edges[index]
            graph.edges.append((edge.from, edge.to, edgeAttributes(edge, names: names, articles: snapshot.articles, links: links)))
        }
        if options.legend && !snapshot.edges.isEmpty {
            graph.nodes.append((Legend.nodeID, Legend.attributes(for: snapshot)))
        }
        return graph.text
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

    /// An edge: its type's look, casualties at each end of a combat, marks
    /// for contested and alleged, a tooltip with every quote, a link to the
    /// first report's article.
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
        if !marks.isEmpty {
            attributes["label"] = marks.joined(separator: ", ")
            attributes["fontcolor"] = edge.contested ? DiagramStyle.contestedColor : DiagramStyle.allegedColor
            attributes["fontsize"] = "9"
            attributes["fontname"] = DiagramStyle.font
        }
        let casualties = edge.casualties
        if let count = casualties[edge.from] { attributes["taillabel"] = "\(count) killed" }
        if let count = casualties[edge.to] { attributes["headlabel"] = "\(count) killed" }
        if !casualties.isEmpty {
            attributes["labelfontcolor"] = look.color
            attributes["labelfontsize"] = "9"
            attributes["labelfontname"] = DiagramStyle.font
        }
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
        let from = names[edge.from] ?? edge.from
        let to = names[edge.to] ?? edge.to
        var head = "\(edge.type.name): \(from) \(edge.type.connector) \(to), since \(edge.date)"
        if let until = edge.until { head += " until \(until)" }
        var lines = [head]
        if edge.contested { lines.append("(contested: another stance is reported for the same date)") }
        let casualties = edge.casualties.sorted { $0.key < $1.key }
        if !casualties.isEmpty {
            lines.append("casualties: " + casualties.map { "\(names[$0.key] ?? $0.key) \($0.value)" }.joined(separator: ", "))
        }
        if let fatalities = edge.fatalities {
            lines.append("fatalities, all sides: \(fatalities.description)")
        }
        for report in edge.reports {
            let article = articles[report.articleIndex]
            let confidence = report.confidence == .reported ? "" : " [\(report.confidence.rawValue)]"
            for quote in report.evidence {
                lines.append("“\(quote.quote)” — \(article.title) (\(article.published))\(confidence)")
            }
        }
        return lines.joined(separator: "\n")
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
