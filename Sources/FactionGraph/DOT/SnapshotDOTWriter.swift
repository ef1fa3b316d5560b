/// Writes a snapshot's diagram straight to DOT bytes: the text of
/// `SnapshotDiagram.graph(...).bytes`, byte for byte, for labels free or
/// omitted.
///
/// Why by hand: the general form builds a `DOTAttributes` list of strings
/// per edge (two more, and a label node's, for a labelled edge), a tooltip
/// string, and then escapes and writes them all. On the latest snapshot of
/// the 10,000-article benchmark corpus (22,992 edges, 23 MB of DOT) that ran
/// at 58-68 MB/s of CPU time. This writes each statement as it goes: each
/// relation type's values escaped once, each tooltip escaped once for the up
/// to three statements that carry it (an edge, or a label node and the two
/// halves of its edge), each article's link once: 150 MB/s of CPU time
/// (`factiongraph-bench`, see BENCHMARKS.md). The order of attributes
/// is the general form's, including where a restyled stale edge's `color`
/// and `class` move to; a test compares whole documents with the general
/// form's on corpora with every kind of edge. The general form remains for
/// pinned labels and the diff and path diagrams.
struct SnapshotDOTWriter {
    /// One relation type's values, escaped once.
    private struct TypeLook {
        var name: [UInt8]
        var color: [UInt8]
        var faded: [UInt8]
        var style: [UInt8]
        var penwidth: [UInt8]
        var dir: [UInt8]
        var arrowhead: [UInt8]
        var connector: StaticString
        var isDirected: Bool

        init(_ type: RelationType) {
            let look = DiagramStyle.look(type)
            func escaped(_ text: String) -> [UInt8] {
                var writer = DOTWriter()
                writer.escaped(text)
                return writer.bytes
            }
            name = escaped(type.name)
            color = escaped(look.color)
            faded = escaped(DiagramStyle.faded(look.color))
            style = escaped(look.style)
            penwidth = escaped(look.penwidth)
            dir = escaped(look.dir)
            arrowhead = escaped(look.arrowhead)
            connector = type.isDirected ? "->" : "--"
            isDirected = type.isDirected
        }
    }

    /// Which statement of an edge is being written: the whole edge, or the
    /// half to its label's node (`first`) or from it (`second`), as
    /// `DOTGraph.add` splits a labelled edge.
    private enum Part { case whole, first, second }

    /// The header and the nodes (factions, labels, legend).
    private var out = DOTWriter()
    /// The edge statements, written after every node: the two parts are
    /// joined once, at the end.
    private var edgeLines = DOTWriter()
    /// Scratch, per edge: the escaped id, tooltip and label text.
    private var edgeID = DOTWriter()
    private var tooltip = DOTWriter()
    private var label = DOTWriter()
    /// The last edge's `from`, and its name escaped.
    private var fromID: FactionID?
    private var fromName = DOTWriter()
    /// The types met so far (a corpus has a few): searched in order.
    private var looks: [(type: ObjectIdentifier, look: TypeLook)] = []
    /// Each article's link, quoted as `DOTText.quotedRaw` quotes it, made
    /// when first asked for (`nil` inside: no link).
    private var links: [[UInt8]??]
    private let names: [FactionID: String]
    private let shortNames: [FactionID: String]
    private let articles: [Article]
    private let staleBefore: Int?
    private let omitsLabels: Bool

    /// The DOT bytes of `snapshot`'s diagram; with `omitsLabels`, every edge
    /// drawn whole without its text (`LabelLayout.omitted`).
    static func bytes(_ snapshot: Snapshot, options: DiagramOptions, omitsLabels: Bool) -> [UInt8] {
        var writer = SnapshotDOTWriter(snapshot, options: options, omitsLabels: omitsLabels)
        return writer.write(snapshot, options: options)
    }

    private init(_ snapshot: Snapshot, options: DiagramOptions, omitsLabels: Bool) {
        // As `SnapshotDiagram.EdgeContext`, but each article's link made
        // only when an edge links to it.
        names = snapshot.names
        shortNames = ShortNames.of(snapshot.factions)
        articles = snapshot.articles
        staleBefore = options.staleAfter.map { $0.cutoffDay(before: snapshot.asOf) }
        links = Array(repeating: nil, count: snapshot.articles.count)
        self.omitsLabels = omitsLabels
    }

    private mutating func write(_ snapshot: Snapshot, options: DiagramOptions) -> [UInt8] {
        out.raw("digraph \"factiongraph\" {\n")
        let graphAttributes = SnapshotDiagram.graphAttributes(snapshot, options: options, names: names)
        if !graphAttributes.pairs.isEmpty || !graphAttributes.rawPairs.isEmpty {
            out.raw("  graph")
            out.attributes(graphAttributes)
            out.raw(";\n")
        }
        for faction in snapshot.factions {
            out.raw("  ")
            out.quoted(faction.id)
            out.attributes(SnapshotDiagram.nodeAttributes(faction))
            out.raw(";\n")
        }
        // Room for it all (pages not written are never touched): growing
        // by doubling copied the text over and over.
        let capacity = Self.estimatedSize(snapshot)
        out.reserve(capacity)
        edgeLines.reserve(capacity)
        for index in snapshot.edges.indices {
            write(snapshot.edges[index], marker: options.sources ? index + 1 : nil)
        }
        if options.legend && !snapshot.edges.isEmpty {
            out.raw("  ")
            out.quoted(Legend.nodeID)
            out.attributes(Legend.attributes(for: snapshot, options: options))
            out.raw(";\n")
        }
        edgeLines.raw("}\n")
        return DOTWriter.joined(out, edgeLines)
    }

    /// One edge: its statement, or its label's node and its two halves.
    private mutating func write(_ edge: borrowing SnapshotEdge, marker: Int?) {
        let look = self.look(of: edge.type)
        let alleged = edge.confidence == .alleged
        let stale = staleBefore.map { edge.lastReported.endDay < $0 } ?? false
        edgeID.reset()
        edgeID.raw("relation-")
        edgeID.raw(look.name)
        edgeID.raw("-")
        edgeID.escaped(edge.from)
        edgeID.raw("-")
        edgeID.escaped(edge.to)
        writeTooltip(edge, look: look)
        let link = self.link(of: edge)
        guard !omitsLabels, writeLabel(edge, marker: marker, stale: stale) else {
            edgeLines.raw("  \"")
            edgeLines.escaped(edge.from)
            edgeLines.raw("\" -> \"")
            edgeLines.escaped(edge.to)
            edgeLines.raw("\"")
            writeAttributes(edge, look: look, part: .whole, stale: stale, link: link)
            edgeLines.raw(";\n")
            return
        }
        let textColor = edge.contested ? Self.contestedColor : alleged || stale ? Self.allegedColor : look.color
        out.raw("  \"_label_")
        out.raw(edgeID)
        out.raw("\"")
        out.attribute("label", escaped: label)
        // Constant attributes, after the label (never empty), as one piece.
        out.raw(", shape=\"box\", style=\"rounded,filled\", fillcolor=\"white\"")
        out.attribute("color", escaped: textColor)
        out.attribute("penwidth", "0.8")
        out.attribute("fontname", escaped: Self.font)
        out.attribute("fontsize", "9")
        out.attribute("fontcolor", escaped: textColor)
        out.raw(", margin=\"0.05,0.02\", width=\"0\", height=\"0\"")
        out.attribute("tooltip", escaped: tooltip)
        out.openAttribute("id")
        out.raw("label-")
        out.raw(edgeID)
        out.closeAttribute()
        out.openAttribute("class")
        out.raw("edge-label ")
        Self.writeClass(edge, look: look, stale: stale, into: &out)
        out.closeAttribute()
        out.closeAttributes()
        out.raw(";\n")

        edgeLines.raw("  \"")
        edgeLines.escaped(edge.from)
        edgeLines.raw("\" -> \"_label_")
        edgeLines.raw(edgeID)
        edgeLines.raw("\"")
        writeAttributes(edge, look: look, part: .first, stale: stale, link: link)
        edgeLines.raw(";\n  \"_label_")
        edgeLines.raw(edgeID)
        edgeLines.raw("\" -> \"")
        edgeLines.escaped(edge.to)
        edgeLines.raw("\"")
        writeAttributes(edge, look: look, part: .second, stale: stale, link: link)
        edgeLines.raw(";\n")
    }

    /// An edge statement's attributes, in the order the general form leaves
    /// them: `SnapshotDiagram.edgeAttributes`, then a stale edge's `color`
    /// and `class` set again (so moved last), then `DOTGraph.add`'s changes
    /// for each half (an attribute set again moves last; one removed is
    /// gone). The link is a raw attribute, written after the others.
    private mutating func writeAttributes(_ edge: borrowing SnapshotEdge, look: TypeLook, part: Part, stale: Bool, link: [UInt8]?) {
        let alleged = edge.confidence == .alleged
        let restyled = stale && !alleged
        if !restyled { edgeLines.attribute("color", escaped: alleged ? look.faded : look.color) }
        edgeLines.attribute("style", escaped: look.style)
        edgeLines.attribute("penwidth", escaped: look.penwidth)
        if part != .first {
            edgeLines.attribute("dir", escaped: look.dir)
            if look.isDirected { edgeLines.attribute("arrowhead", escaped: look.arrowhead) }
        }
        edgeLines.attribute("tooltip", escaped: tooltip)
        if link != nil { edgeLines.attribute("target", "_blank") }
        if part != .second { edgeLines.attribute("id", escaped: edgeID) }
        if restyled { edgeLines.attribute("color", escaped: look.faded) }
        edgeLines.openAttribute("class")
        Self.writeClass(edge, look: look, stale: stale, into: &edgeLines)
        edgeLines.closeAttribute()
        switch part {
        case .whole: break
        // After `class`, so the list is open: constants as one piece each.
        case .first:
            edgeLines.raw(", len=\"0.5\", dir=\"none\", headclip=\"false\"")
        case .second:
            edgeLines.raw(", len=\"0.5\", tailclip=\"false\"")
            edgeLines.openAttribute("id")
            edgeLines.raw(edgeID)
            edgeLines.raw("-2")
            edgeLines.closeAttribute()
        }
        if let link { edgeLines.rawAttribute("URL", link) }
        edgeLines.closeAttributes()
    }

    /// `relation TYPE`, its marks, and `stale` for a restyled stale edge.
    private static func writeClass(_ edge: borrowing SnapshotEdge, look: TypeLook, stale: Bool, into writer: inout DOTWriter) {
        writer.raw("relation ")
        writer.raw(look.name)
        if edge.contested { writer.raw(" contested") }
        if edge.confidence == .alleged { writer.raw(" alleged") }
        else if stale { writer.raw(" stale") }
    }

    /// `SnapshotDiagram.edgeTooltip`, escaped, into `tooltip`.
    private mutating func writeTooltip(_ edge: borrowing SnapshotEdge, look: TypeLook) {
        tooltip.reset()
        tooltip.raw(look.name)
        tooltip.raw(": ")
        // Edges come by `from`: its name is escaped once for its run.
        if edge.from != fromID {
            fromID = edge.from
            fromName.reset()
            fromName.escaped(names[edge.from] ?? edge.from)
        }
        tooltip.raw(fromName)
        tooltip.raw(" ")
        tooltip.raw(look.connector)
        tooltip.raw(" ")
        tooltip.escaped(names[edge.to] ?? edge.to)
        tooltip.raw(", since ")
        tooltip.date(edge.date)
        if let until = edge.until {
            tooltip.raw(" until ")
            tooltip.date(until)
        }
        if edge.lastReported != edge.date {
            tooltip.raw(", last reported ")
            tooltip.date(edge.lastReported)
        }
        if edge.contested { tooltip.raw("\\n(contested: another stance is reported for the same date)") }
        if !edge.casualties.isEmpty {
            tooltip.raw("\\ncasualties: ")
            for (number, side) in edge.casualties.sorted(by: { $0.key < $1.key }).enumerated() {
                if number > 0 { tooltip.raw(", ") }
                tooltip.escaped(names[side.key] ?? side.key)
                tooltip.raw(" ")
                tooltip.int(side.value)
            }
        }
        if let fatalities = edge.fatalities {
            tooltip.raw("\\nfatalities, all sides: ")
            tooltip.escaped(fatalities.description)
        }
        // By index, not by copies of relations and articles (a retain and a
        // release for each of their strings).
        for reportIndex in edge.reports.indices {
            let articleIndex = edge.reports[reportIndex].articleIndex
            let confidence = edge.reports[reportIndex].confidence
            for quoteIndex in edge.reports[reportIndex].evidence.indices {
                tooltip.raw("\\n“")
                tooltip.escaped(edge.reports[reportIndex].evidence[quoteIndex].quote)
                tooltip.raw("” — ")
                tooltip.escaped(articles[articleIndex].title)
                tooltip.raw(" (")
                tooltip.date(articles[articleIndex].published)
                tooltip.raw(")")
                if confidence != .reported {
                    tooltip.raw(" [")
                    tooltip.escaped(confidence.rawValue)
                    tooltip.raw("]")
                }
            }
        }
    }

    /// The lines `SnapshotDiagram.labelledEdge` draws on `edge`, escaped
    /// and joined, into `label`; false when there are none.
    private mutating func writeLabel(_ edge: borrowing SnapshotEdge, marker: Int?, stale: Bool) -> Bool {
        label.reset()
        var head = false
        if let marker {
            label.raw("[")
            label.int(marker)
            label.raw("]")
            head = true
        }
        if edge.contested {
            label.raw(head ? " contested" : "contested")
            head = true
        }
        if edge.confidence == .alleged {
            label.raw(head ? " alleged" : "alleged")
        }
        for id in [edge.from, edge.to] {
            guard let count = edge.casualties[id] else { continue }
            newLine()
            label.escaped(shortNames[id] ?? id)
            label.raw(" ")
            label.int(count)
            label.raw(" killed")
        }
        if let fatalities = edge.fatalities {
            newLine()
            label.escaped(fatalities.description)
            label.raw(" killed in all")
        }
        if stale {
            newLine()
            label.raw("last reported ")
            label.date(edge.lastReported)
        }
        return !label.isEmpty
    }

    /// The escaped line break between a label's lines.
    private mutating func newLine() {
        if !label.isEmpty { label.raw("\\n") }
    }

    /// More than the text of `snapshot`'s edges needs, unless quotes are
    /// full of characters to escape: each edge's tooltip three times (a
    /// label's node and the two halves of its edge) and its attributes.
    private static func estimatedSize(_ snapshot: Snapshot) -> Int {
        var size = 0
        for edge in snapshot.edges {
            var tooltip = 300
            for report in edge.reports.indices {
                for quote in edge.reports[report].evidence.indices {
                    tooltip += edge.reports[report].evidence[quote].quote.utf8.count + 120
                }
            }
            size += 3 * tooltip + 1_200
        }
        return size
    }

    private mutating func look(of type: RelationType) -> TypeLook {
        let key = ObjectIdentifier(type.definition)
        if let known = looks.first(where: { $0.type == key }) { return known.look }
        let look = TypeLook(type)
        looks.append((key, look))
        return look
    }

    /// The link of the first of `edge`'s reports whose article has one,
    /// quoted as `DOTText.quotedRaw` quotes it.
    private mutating func link(of edge: borrowing SnapshotEdge) -> [UInt8]? {
        for report in edge.reports {
            let index = report.articleIndex
            if links[index] == nil {
                links[index] = .some(articles[index].url.flatMap(SafeURL.httpURL).map { url in
                    var writer = DOTWriter()
                    writer.quotedRaw(url)
                    return writer.bytes
                })
            }
            if case .some(.some(let link)) = links[index] { return link }
        }
        return nil
    }

    private static let contestedColor = escaped(DiagramStyle.contestedColor)
    private static let allegedColor = escaped(DiagramStyle.allegedColor)
    private static let font = escaped(DiagramStyle.font)

    private static func escaped(_ text: String) -> [UInt8] {
        var writer = DOTWriter()
        writer.escaped(text)
        return writer.bytes
    }
}
