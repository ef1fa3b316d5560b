import Foundation

/// The legend: an HTML-like table, drawn as one node so every layout
/// engine places it (sfdp ignores clusters). It lists only what the diagram
/// shows: the relation types, faction kinds and marks present.
enum Legend {
    /// Not a valid faction id (ids cannot start with `_`), so it never
    /// collides with a faction's node.
    static let nodeID = "_legend"

    static func attributes(for snapshot: Snapshot, options: DiagramOptions = DiagramOptions()) -> DOTAttributes {
        let types = Set(snapshot.edges.map(\.type)).sorted()
        let kinds = FactionKind.allCases.filter { kind in snapshot.factions.contains { $0.kind == kind } }
        var marks: [(String, String)] = []
        if snapshot.edges.contains(where: \.contested) {
            marks.append(("contested", "two stances reported for the same date"))
        }
        if snapshot.edges.contains(where: { $0.confidence == .alleged }) {
            marks.append(("alleged", "faded: an unconfirmed claim"))
        }
        if let side = snapshot.edges.first(where: { !$0.casualties.isEmpty }) {
            let example = snapshot.factions.filter { side.casualties[$0.id] != nil }.map(ShortNames.shortName)
                .min { ($0.count, $0) < ($1.count, $1) }!
            marks.append(("\(example) N killed", "one side's losses, summed over the reports"))
        }
        if snapshot.edges.contains(where: { $0.fatalities != nil }) {
            marks.append(("N killed in all", "deaths on all sides of the reported events"))
        }
        if let stale = options.staleAfter,
           snapshot.edges.contains(where: { $0.lastReported.endDay < stale.cutoffDay(before: snapshot.asOf) }) {
            marks.append(("last reported D", "faded: not reported in the \(stale.words) before \(snapshot.asOf)"))
        }
        if options.sources {
            marks.append(("[N]", "the relation's sources, listed below"))
        }
        return attributes(types: types, kinds: kinds, marks: marks)
    }

    static func attributes(types: [RelationType], kinds: [FactionKind], marks: [(String, String)]) -> DOTAttributes {
        var rows: [String] = []
        for type in types {
            let look = DiagramStyle.look(type)
            rows.append("<TR><TD><FONT COLOR=\"\(look.color)\">\(look.sample)</FONT></TD>"
                        + "<TD ALIGN=\"LEFT\">\(html(look.meaning))</TD></TR>")
        }
        for kind in kinds {
            let look = DiagramStyle.look(kind)
            rows.append("<TR><TD BGCOLOR=\"\(look.fill)\" BORDER=\"1\" COLOR=\"\(look.border)\"> </TD>"
                        + "<TD ALIGN=\"LEFT\">\(html(look.label))</TD></TR>")
        }
        for (mark, meaning) in marks {
            rows.append("<TR><TD><FONT POINT-SIZE=\"9\">\(html(mark))</FONT></TD>"
                        + "<TD ALIGN=\"LEFT\">\(html(meaning))</TD></TR>")
        }
        return node(title: "Legend", rows: rows)
    }

    /// The legend node: a titled table of `rows` (`<TR>...</TR>` each).
    static func node(title: String, rows: [String]) -> DOTAttributes {
        let table = "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\" "
            + "COLOR=\"#a0aec0\" BGCOLOR=\"white\"><TR><TD COLSPAN=\"2\"><B>\(html(title))</B></TD></TR>"
            + rows.joined() + "</TABLE>"
        var attributes = DOTAttributes()
        attributes["shape"] = "plain"
        attributes["fontname"] = DiagramStyle.font
        attributes["fontsize"] = "10"
        attributes["tooltip"] = "Legend"
        attributes["id"] = "legend"
        attributes.setRaw("label", "<" + table + ">")
        return attributes
    }

    /// Text escaped for an HTML-like label.
    static func html(_ text: String) -> String { SourcesTable.html(text) }
}
